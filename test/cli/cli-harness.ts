import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../helpers.js';

const run = promisify(execFile);
export const BIN = path.join(repoRoot, 'packages/cli/bin/arbejdsevne.js');

export interface CliResult { code: number; stdout: string; stderr: string }

/**
 * Runs `arbejdsevne` in this process: the same `main` the binary runs, its output collected line by
 * line as the binary prints it. Starting a process per test was almost half of the suite's time;
 * `cliProcess` keeps the real binary for what only a process shows (exit codes, the packed CLI).
 * Threads (PDF, `tjek` workers) run the built bundle, as the binary's own do.
 */
export async function cli(args: string[], cwd = repoRoot, env: Record<string, string> = {}): Promise<CliResult> {
    const [{ main }, { setWorkerEntry }] = await Promise.all([
        import('../../packages/cli/out/main.js') as Promise<{ main: (argv: string[], out: (t: string) => void, err: (t: string) => void) => Promise<number> }>,
        import('../../packages/cli/out/check-workers.js') as Promise<{ setWorkerEntry: (file: string) => void }>,
    ]);
    setWorkerEntry(path.join(repoRoot, 'packages/cli/dist/bin.js'));
    const saved = { cwd: process.cwd(), env: Object.fromEntries(Object.keys(env).map(k => [k, process.env[k]])) };
    let stdout = '';
    let stderr = '';
    try {
        process.chdir(cwd);
        Object.assign(process.env, env);
        const code = await main(['node', 'arbejdsevne', ...args], text => { stdout += `${text}\n`; }, text => { stderr += `${text}\n`; });
        return { code, stdout, stderr };
    } finally {
        process.chdir(saved.cwd);
        for (const [k, v] of Object.entries(saved.env)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
}

/** Runs the real `arbejdsevne` binary in a child process, as a user would. */
export async function cliProcess(args: string[], cwd = repoRoot, env: Record<string, string> = {}): Promise<CliResult> {
    try {
        const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
        return { code: 0, stdout, stderr };
    } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
}

const created: string[] = [];
afterAll(() => {
    for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder, removed after the test file. */
export function tempDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-test-'));
    created.push(dir);
    return dir;
}
