import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { writeFileSafely } from '@arbejdsevne/report/safe-write';
import { BIN, tempDir } from '../cli/cli-harness.js';
import { canonical, repoRoot } from '../helpers.js';

const mode = (file: string) => statSync(file).mode & 0o777;
const temporaries = (dir: string) => readdirSync(dir).filter(f => /\.\d+$/.test(f));
const isRoot = process.getuid?.() === 0;

/** Runs a script as an ordinary user (nobody) when the tests run as root: permissions do not bind root. */
function asUser(script: string, cwd: string): { code: number; stdout: string; stderr: string } {
    const [cmd, args] = isRoot ? ['runuser', ['-u', 'nobody', '--', process.execPath, '--input-type=module', '-e', script]] : [process.execPath, ['--input-type=module', '-e', script]];
    try {
        return { code: 0, stdout: execFileSync(cmd, args as string[], { cwd, encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
    } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        return { code: e.status, stdout: e.stdout, stderr: e.stderr };
    }
}

const writer = path.join(repoRoot, 'packages/report/out/safe-write.js');

describe('safe writes', () => {
    test('a new report is 0600 (health data); an existing file keeps its mode', async () => {
        const dir = tempDir();
        await writeFileSafely(path.join(dir, 'ny.pdf'), new Uint8Array([37, 80, 68, 70]));
        expect(mode(path.join(dir, 'ny.pdf'))).toBe(0o600);
        writeFileSync(path.join(dir, 'gammel.pdf'), 'før');
        chmodSync(path.join(dir, 'gammel.pdf'), 0o640);
        await writeFileSafely(path.join(dir, 'gammel.pdf'), 'efter');
        expect(readFileSync(path.join(dir, 'gammel.pdf'), 'utf8')).toBe('efter');
        expect(mode(path.join(dir, 'gammel.pdf'))).toBe(0o640);
        expect(temporaries(dir)).toEqual([]);
    });

    test('a read-only target is refused with a Danish message and left untouched', async () => {
        const dir = tempDir();
        const target = path.join(dir, 'låst.pdf');
        writeFileSync(target, 'original');
        chmodSync(target, 0o444);
        await expect(writeFileSafely(target, 'ny')).rejects.toThrow(/låst\.pdf er skrivebeskyttet og er ikke ændret/);
        expect(readFileSync(target, 'utf8')).toBe('original');
        expect(mode(target)).toBe(0o444);
    });

    test('a read-only folder is refused for an ordinary user, with no errno and no temporary name', async () => {
        const dir = tempDir();
        chmodSync(dir, 0o755);
        // The ordinary user may not read the checkout (a fresh clone can be private): the writer goes along as one file.
        const standalone = path.join(dir, 'writer.mjs');
        await build({
            entryPoints: [writer], outfile: standalone, bundle: true, platform: 'node', format: 'esm', logLevel: 'silent',
            banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url); const __filename = new URL(import.meta.url).pathname;" },
        });
        chmodSync(standalone, 0o644);
        const locked = path.join(dir, 'låst-mappe');
        execFileSync('mkdir', ['-m', '555', locked]);
        const result = asUser(`import { writeFileSafely } from ${JSON.stringify(standalone)};
            try { await writeFileSafely(${JSON.stringify(path.join(locked, 'rapport.pdf'))}, 'x'); console.log('skrevet'); }
            catch (e) { console.log(e.message); }`, dir);
        expect(result.stdout.trim()).toBe('rapport.pdf kan ikke skrives: mappen er skrivebeskyttet. En tidligere fil er ikke ændret.');
        expect(readdirSync(locked)).toEqual([]);
    });

    test('a symlink is written through to the file it points at', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'rigtig.pdf'), 'før');
        symlinkSync('rigtig.pdf', path.join(dir, 'genvej.pdf'));
        await writeFileSafely(path.join(dir, 'genvej.pdf'), 'efter');
        expect(lstatSync(path.join(dir, 'genvej.pdf')).isSymbolicLink()).toBe(true);
        expect(readlinkSync(path.join(dir, 'genvej.pdf'))).toBe('rigtig.pdf');
        expect(readFileSync(path.join(dir, 'rigtig.pdf'), 'utf8')).toBe('efter');
    });

    test('a process killed mid-write leaves the target intact; the next write removes its temporary file', async () => {
        const dir = tempDir();
        const target = path.join(dir, 'rapport.pdf');
        writeFileSync(target, 'den gode rapport');
        let caught = false;
        for (let attempt = 0; attempt < 5 && !caught; attempt++) {
            // 400 MB take long enough to write that the temporary file can be seen and the writer killed.
            const child = spawn(process.execPath, ['--input-type=module', '-e', `import { writeFileSafely } from ${JSON.stringify(writer)};
                await writeFileSafely(${JSON.stringify(target)}, new Uint8Array(400 * 1024 * 1024));`]);
            const started = Date.now();
            while (Date.now() - started < 10_000 && child.exitCode === null) {
                if (temporaries(dir).length) {
                    child.kill('SIGKILL');
                    caught = true;
                    break;
                }
                await new Promise(resolve => setTimeout(resolve, 2));
            }
            await new Promise(resolve => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
        }
        expect(caught).toBe(true);
        expect(readFileSync(target, 'utf8')).toBe('den gode rapport');
        const left = temporaries(dir);
        expect(left.length).toBe(1);
        expect(mode(path.join(dir, left[0]))).toBe(0o600);
        await writeFileSafely(target, 'ny rapport');
        expect(temporaries(dir)).toEqual([]);
        expect(readFileSync(target, 'utf8')).toBe('ny rapport');
    });

    test('the CLI shows the Danish refusal for a read-only report and keeps it', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'sag.aev'), canonical);
        writeFileSync(path.join(dir, 'sag.pdf'), 'original');
        chmodSync(path.join(dir, 'sag.pdf'), 0o444);
        let stderr = '';
        try {
            execFileSync(process.execPath, [BIN, 'rapport', path.join(dir, 'sag.aev')], { stdio: 'pipe', encoding: 'utf8' });
        } catch (error) {
            stderr = (error as { stderr: string }).stderr;
        }
        expect(stderr.trim()).toBe('arbejdsevne: sag.pdf er skrivebeskyttet og er ikke ændret. Fjern skrivebeskyttelsen, eller vælg et andet navn.');
        expect(readFileSync(path.join(dir, 'sag.pdf'), 'utf8')).toBe('original');
        expect(existsSync(path.join(dir, 'sag.pdf'))).toBe(true);
    });
});
