import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../helpers.js';

const run = promisify(execFile);
export const BIN = path.join(repoRoot, 'packages/cli/bin/arbejdsevne.js');

/** Runs the real `arbejdsevne` binary in a child process, as a user would. */
export async function cli(args: string[], cwd = repoRoot, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
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
