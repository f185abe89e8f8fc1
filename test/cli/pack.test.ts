import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';
import { tempDir } from './cli-harness.js';

/** The CLI as a user installs it: a tarball with no dependencies, installed into an empty prefix, run outside the repository. */
describe('the packed CLI', () => {
    test('npm pack → npm install -g into an empty prefix → tjek, rapport and web from another folder', async () => {
        const packs = tempDir();
        const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
        npm(['pack', '--pack-destination', packs], path.join(repoRoot, 'packages/cli'));
        const [tarball] = readdirSync(packs).filter(f => f.endsWith('.tgz'));
        expect(tarball).toBe('arbejdsevne-cli-0.2.0.tgz');
        const manifest = JSON.parse(execFileSync('tar', ['-xzOf', path.join(packs, tarball), 'package/package.json'], { encoding: 'utf8' }));
        expect(manifest.dependencies).toBeUndefined();
        expect(manifest.engines).toEqual({ node: '>=20.10' });

        const prefix = tempDir();
        let installLog = '';
        try {
            installLog = execFileSync('npm', ['install', '-g', '--prefix', prefix, path.join(packs, tarball)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        } catch (error) {
            throw new Error(`npm install failed: ${(error as { stderr: string }).stderr}`);
        }
        expect(installLog).not.toMatch(/EBADENGINE/);
        const bin = path.join(prefix, 'bin', 'arbejdsevne');
        expect(existsSync(bin)).toBe(true);
        expect(existsSync(path.join(prefix, 'lib', 'node_modules', '@arbejdsevne', 'cli', 'node_modules'))).toBe(false);

        const work = tempDir();
        copyFileSync(path.join(repoRoot, 'examples/fie-hansen.aev'), path.join(work, 'fie-hansen.aev'));
        const run = (args: string[]) => execFileSync(bin, args, { cwd: work, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
        expect(run(['tjek', 'fie-hansen.aev']).trim().split('\n').at(-1)).toBe('1 fil tjekket: 0 fejl, 0 advarsler, 0 info.');
        expect(run(['rapport', 'fie-hansen.aev']).trim()).toBe('Skrev fie-hansen.pdf');
        expect(readFileSync(path.join(work, 'fie-hansen.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
        expect(run(['--version']).trim()).toBe('0.2.0');

        // The course room: `arbejdsevne web` serves the playground from the installed package, on 127.0.0.1 only.
        const web = spawn(bin, ['web', '--port', '0'], { cwd: work, env: { ...process.env, NODE_PATH: '' } });
        try {
            const url = await new Promise<string>((resolve, reject) => {
                web.stdout.on('data', (chunk: Buffer) => { const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString()); if (found) resolve(found[0]); });
                web.on('exit', code => reject(new Error(`arbejdsevne web stopped (${code})`)));
            });
            const page = await fetch(url);
            expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
            expect(await page.text()).toContain('<title>Arbejdsevne – øvelsesrum</title>');
            expect((await fetch(`${url}worker.js`)).status).toBe(200);
            expect((await fetch(`${url}fonts/DejaVuSans.ttf`)).status).toBe(200);
        } finally {
            web.kill();
        }
    }, 120_000);
});
