import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { canonical } from '../helpers.js';
import { LspClient } from './lsp-client.js';

/** What another editor meets when it starts `arbejdsevne lsp`: its settings count from the start, and only the checker's files are watched. */
describe('an editor starting the server', () => {
    const client = new LspClient({ arbejdsevne: { profil: 'gældende_ret', regler: { 'FD-09': 'fra' } } });
    afterAll(() => client.close());
    const withoutCv = canonical.replace(/    cv: """[\s\S]*?"""\n/, '');

    test('the settings pulled at start apply to the first findings, without a change notification', async () => {
        await client.initialize();
        expect(withoutCv).not.toBe(canonical);
        const diagnostics = await client.open('file:///tmp/start/uden-cv.aev', withoutCv);
        expect(diagnostics.map(d => d.code)).not.toContain('FD-09');
    }, 30_000);

    test('only .aev files and arbejdsevne.json are watched', () => {
        const watchers = client.registrations.filter(r => r.method === 'workspace/didChangeWatchedFiles')
            .flatMap(r => (r.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map(w => w.globPattern));
        expect(watchers.sort()).toEqual(['**/*.aev', '**/arbejdsevne.json']);
    });

    test('a changed arbejdsevne.json checks the open documents again', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-json-'));
        const uri = pathToFileURL(path.join(dir, 'sag.aev')).toString();
        const text = canonical.replace('    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', '');
        writeFileSync(path.join(dir, 'sag.aev'), text);
        const severities = (d: Array<{ code?: unknown; severity?: number }>) => d.map(x => `${String(x.code)} ${x.severity}`);
        expect(severities(await client.open(uri, text))).toEqual(['FD-05 1']);
        const next = new Promise<string[]>(resolve => client.onDiagnostics((u, d) => { if (u === uri) resolve(severities(d)); }));
        writeFileSync(path.join(dir, 'arbejdsevne.json'), JSON.stringify({ regler: { 'FD-05': 'advarsel' } }));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'arbejdsevne.json')).toString(), type: 1 }] });
        expect(await next).toEqual(['FD-05 2']);
    }, 30_000);
});
