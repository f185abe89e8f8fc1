import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { canonical } from '../helpers.js';
import { LspClient } from './lsp-client.js';

/** Another editor over stdio (arbejdsevne lsp): the settings a user changes never double a finding. */
let client: LspClient;
beforeAll(async () => {
    client = new LspClient();
    await client.initialize();
}, 30_000);
afterAll(async () => client.close());

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${d.code}`;

describe('settings changes', () => {
    test('changing the settings again and again gives the same findings, never doubled', async () => {
        const uri = 'file:///tmp/indstillinger.aev';
        const text = canonical.replace('    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', '').replace('    cv: """', '    cv_mangler: """');
        const before = await client.open(uri, text);
        expect(before.length).toBeGreaterThan(1);
        let last: Diagnostic[] = before;
        client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => { if (p.uri === uri) last = p.diagnostics; });
        for (let i = 0; i < 6; i++) {
            await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { arbejdsevne: { profil: i % 2 ? 'ds_anbefalinger' : 'gældende_ret', regler: {} } } });
        }
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { arbejdsevne: { profil: 'gældende_ret', regler: {} } } });
        await new Promise(resolve => setTimeout(resolve, 1500));
        expect(last.map(key).sort()).toEqual(before.map(key).sort());
        expect(new Set(last.map(key)).size).toBe(last.length);
    }, 30_000);
});
