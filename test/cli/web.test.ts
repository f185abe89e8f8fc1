import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { NETWORK_WARNING, startWebServer } from '../../packages/cli/out/commands/web.js';
import { repoRoot } from '../helpers.js';
import { BIN, cli } from './cli-harness.js';

const dist = path.join(repoRoot, 'packages/web/dist');

describe('arbejdsevne web', () => {
    test('a port that is not a port is refused in Danish', async () => {
        const result = await cli(['web', '--port', 'otte']);
        expect(result.code).toBe(2);
        expect(result.stderr.trim()).toBe('arbejdsevne: --port skal være et tal fra 0 til 65535, ikke "otte".');
    });

    test('a port given and taken is an error that names it; the server listens on 127.0.0.1 only', async () => {
        const taken = createServer();
        await new Promise<void>(resolve => taken.listen(0, '127.0.0.1', resolve));
        const port = (taken.address() as { port: number }).port;
        try {
            const result = await cli(['web', '--port', String(port)]);
            expect(result.code).toBe(2);
            expect(result.stderr).toContain(`Øvelsesrummet kunne ikke starte på port ${port}`);
        } finally {
            taken.close();
        }
        const web = await startWebServer(dist, 0);
        try {
            expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
            expect((web.server.address() as { address: string }).address).toBe('127.0.0.1');
        } finally {
            await web.close();
        }
    });

    test('--vært serves a course room\'s network, with a clear Danish warning first', async () => {
        const web = await startWebServer(dist, 0, '0.0.0.0');
        try {
            expect((web.server.address() as { address: string }).address).toBe('0.0.0.0');
            expect(web.url).toMatch(/^http:\/\/<denne computers adresse>:\d+\/$/);
        } finally {
            await web.close();
        }
        // As a teacher runs it: the warning comes before the address (the process is stopped as with Ctrl+C).
        const child = spawn(process.execPath, [BIN, 'web', '--vært', '0.0.0.0', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        await new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no address in 20 s: ${stdout}`)), 20_000);
            child.stdout.on('data', chunk => {
                stdout += String(chunk);
                if (stdout.includes('kører på')) { clearTimeout(timer); resolve(); }
            });
        }).finally(() => child.kill('SIGINT'));
        const lines = stdout.trim().split('\n');
        expect(lines[0]).toBe(NETWORK_WARNING);
        expect(lines[1]).toMatch(/^Øvelsesrummet kører på http:\/\/<denne computers adresse>:\d+\/$/);
    });

    test('every response carries the CSP, and an unknown path is a Danish 404', async () => {
        const web = await startWebServer(dist, 0);
        try {
            const page = await fetch(web.url);
            expect(page.status).toBe(200);
            expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'");
            expect(page.headers.get('referrer-policy')).toBe('no-referrer');
            const missing = await fetch(`${web.url}findes-ikke.js`);
            expect(missing.status).toBe(404);
            expect(missing.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
            expect(await missing.text()).toBe('Ikke fundet.');
            const examples = await (await fetch(`${web.url}eksempler.json`)).json() as { groups: Array<{ label: string; items: Array<{ name: string }> }> };
            // Every exercise and every case, and never the teacher's key.
            expect(examples.groups.map(g => g.label)).toEqual(['Øvelser', 'Sager']);
            expect(examples.groups[0].items).toHaveLength(12);
            expect(examples.groups.flatMap(g => g.items.map(i => i.name)).some(name => name.includes('løsning'))).toBe(false);
        } finally {
            await web.close();
        }
    });
});
