import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, test } from 'vitest';
import { nodeWriterFileSystem, writeFileSafely, type WriterFileSystem } from '@arbejdsevne/report/safe-write';
import { BIN, cliProcess as cli, tempDir } from '../cli/cli-harness.js';
import { canonical, repoRoot } from '../helpers.js';

const mode = (file: string) => statSync(file).mode & 0o777;
const temporaries = (dir: string) => readdirSync(dir).filter(f => f.endsWith('.arbejdsevne-tmp'));
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
        await expect(writeFileSafely(target, 'ny')).rejects.toThrow(`${target} er skrivebeskyttet og er ikke ændret`);
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
        expect(result.stdout.trim()).toBe(`${path.join(locked, 'rapport.pdf')} kan ikke skrives: mappen er skrivebeskyttet. En tidligere fil er ikke ændret.`);
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
        expect(stderr.trim()).toBe(`arbejdsevne: ${path.join(dir, 'sag.pdf')} er skrivebeskyttet og er ikke ændret. Fjern skrivebeskyttelsen, eller vælg et andet navn.`);
        expect(readFileSync(path.join(dir, 'sag.pdf'), 'utf8')).toBe('original');
        expect(existsSync(path.join(dir, 'sag.pdf'))).toBe(true);
    });
});

/** The real file system, with one call made to fail the way a full or failing disk does. */
function failing(fault: 'ENOSPC' | 'EDQUOT' | 'EFBIG' | 'EIO' | 'short' | 'zero', at: 'write' | 'sync' | 'rename' = 'write'): WriterFileSystem {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    return {
        ...nodeWriterFileSystem,
        async open(file, flags, mode) {
            const handle = await nodeWriterFileSystem.open(file, flags, mode);
            return {
                async write(buffer, offset, length, position) {
                    if (at !== 'write') return handle.write(buffer, offset, length, position);
                    if (fault === 'short' || fault === 'zero') {
                        // The kernel's answer on a nearly full disk: part of the bytes, then none.
                        if (offset > 0 || fault === 'zero') return { bytesWritten: 0 };
                        return handle.write(buffer, offset, Math.floor(length / 2), position);
                    }
                    throw errno(fault);
                },
                async sync() {
                    if (at === 'sync') throw errno(fault);
                    return handle.sync();
                },
                stat: () => handle.stat(),
                close: () => handle.close(),
            };
        },
        async rename(from, to) {
            if (at === 'rename') throw errno(fault);
            return nodeWriterFileSystem.rename(from, to);
        },
    };
}

describe('a write is complete or it did not happen', () => {
    const cases = [
        ['short', 'write', 'der er ikke plads på disken'], ['zero', 'write', 'der er ikke plads på disken'],
        ['ENOSPC', 'write', 'der er ikke plads på disken'], ['EDQUOT', 'write', 'der er ikke plads på disken'],
        ['EFBIG', 'write', 'filen er for stor til drevet'], ['EIO', 'write', 'drevet meldte en fejl under skrivningen'],
        ['EIO', 'sync', 'drevet meldte en fejl under skrivningen'], ['ENOSPC', 'rename', 'der er ikke plads på disken'],
    ] as const;
    for (const [fault, at, reason] of cases) {
        test(`${fault} at ${at}: the old report is untouched, no temporary file is left, the message names the path`, async () => {
            const dir = tempDir();
            const target = path.join(dir, 'fie.pdf');
            writeFileSync(target, 'den gode rapport');
            await expect(writeFileSafely(target, new Uint8Array(100_000).fill(65), failing(fault, at)))
                .rejects.toThrow(`${target} kan ikke skrives: ${reason}. En tidligere fil er ikke ændret.`);
            expect(readFileSync(target, 'utf8')).toBe('den gode rapport');
            expect(readdirSync(dir)).toEqual(['fie.pdf']);
        });
    }

    test('a write that returns part of the bytes is continued until every byte is written', async () => {
        const dir = tempDir();
        const target = path.join(dir, 'fie.pdf');
        const piecemeal: WriterFileSystem = {
            ...nodeWriterFileSystem,
            async open(file, flags, mode) {
                const handle = await nodeWriterFileSystem.open(file, flags, mode);
                return { ...handle, write: (b, o, l, p) => handle.write(b, o, Math.min(l, 777), p), sync: () => handle.sync(), stat: () => handle.stat(), close: () => handle.close() };
            },
        };
        const bytes = new Uint8Array(100_000).map((_, i) => i % 251);
        await writeFileSafely(target, bytes, piecemeal);
        expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
        expect(temporaries(dir)).toEqual([]);
    });

    test("the writer removes only its own temporary files: the user's fie.pdf.2 and fie.pdf.20261120 stay", async () => {
        const dir = tempDir();
        for (const name of ['fie.pdf.2', 'fie.pdf.20261120', '.fie.pdf.1-abcdefgh.arbejdsevne-tmp.bak']) writeFileSync(path.join(dir, name), 'brugerens egen');
        // A temporary file of a process that is still running (this one) is another writer's, and stays too.
        const running = `.fie.pdf.${process.pid}-0badc0de.arbejdsevne-tmp`;
        writeFileSync(path.join(dir, running), 'i gang');
        await writeFileSafely(path.join(dir, 'fie.pdf'), 'rapport');
        expect(readdirSync(dir).sort()).toEqual(['.fie.pdf.1-abcdefgh.arbejdsevne-tmp.bak', running, 'fie.pdf', 'fie.pdf.2', 'fie.pdf.20261120'].sort());
    });
});

/** A real, small file system (tmpfs): only root can mount one. */
function smallDisk(bytes: number): string | undefined {
    if (!isRoot) return undefined;
    const dir = tempDir();
    try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' });
    } catch {
        return undefined;
    }
    return dir;
}

describe.skipIf(!isRoot)('on a nearly full disk (tmpfs, as root)', () => {
    const disks: string[] = [];
    const disk = (bytes: number) => {
        const dir = smallDisk(bytes);
        if (!dir) throw new Error('tmpfs could not be mounted');
        disks.push(dir);
        return dir;
    };
    afterAllUnmount(disks);

    test('rapport (PDF, HTML, DOCX) and anonymiser keep the good file, print no "Skrev" and exit 3', async () => {
        const dir = disk(200 * 1024);
        writeFileSync(path.join(dir, 'fie.aev'), canonical);
        const good = await cli(['rapport', path.join(dir, 'fie.aev'), '--pdf', path.join(dir, 'fie.pdf'), '--html', path.join(dir, 'fie.html'), '--docx', path.join(dir, 'fie.docx')]);
        expect(good.code, good.stderr).toBe(0);
        const before = Object.fromEntries(['fie.pdf', 'fie.html', 'fie.docx'].map(f => [f, readFileSync(path.join(dir, f))]));
        // Fill the disk up to a few kilobytes.
        const free = () => Number(execFileSync('df', ['--output=avail', '-B1', dir], { encoding: 'utf8' }).split('\n')[1].trim());
        writeFileSync(path.join(dir, 'fyld'), new Uint8Array(Math.max(0, free() - 8 * 1024)));
        for (const [format, file] of [['--pdf', 'fie.pdf'], ['--html', 'fie.html'], ['--docx', 'fie.docx']] as const) {
            const result = await cli(['rapport', path.join(dir, 'fie.aev'), format, path.join(dir, file), '--bilag']);
            expect(result.code, file).toBe(3);
            expect(result.stdout).not.toContain('Skrev');
            expect(result.stderr.trim()).toBe(`arbejdsevne: ${path.join(dir, file)} kan ikke skrives: der er ikke plads på disken. En tidligere fil er ikke ændret.`);
            expect(readFileSync(path.join(dir, file)), file).toEqual(before[file]);
        }
        writeFileSync(path.join(dir, 'fie-anonymiseret.aev'), 'den gamle kopi');
        // The anonymised copy (about 5 KB) gets less room than it needs.
        execFileSync('truncate', ['-s', '0', path.join(dir, 'fyld')]);
        writeFileSync(path.join(dir, 'fyld'), new Uint8Array(Math.max(0, free() - 2 * 1024)));
        const anonymised = await cli(['anonymiser', path.join(dir, 'fie.aev'), '--overskriv']);
        expect(anonymised.code, anonymised.stderr).toBe(3);
        expect(anonymised.stdout).not.toContain('Skrev');
        expect(readFileSync(path.join(dir, 'fie-anonymiseret.aev'), 'utf8')).toBe('den gamle kopi');
        expect(temporaries(dir)).toEqual([]);
    });
});

function afterAllUnmount(disks: string[]): void {
    afterAll(() => {
        for (const dir of disks) execFileSync('umount', [dir]);
    });
}
