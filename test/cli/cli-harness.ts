import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../helpers.js';

const run = promisify(execFile);
export const BIN = path.join(repoRoot, 'packages/cli/bin/arbejdsevne.js');

/** Runs the real `arbejdsevne` binary in a child process, as a user would. */
export async function cli(args: string[], cwd = repoRoot): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
        const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
        return { code: 0, stdout, stderr };
    } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
}

export function tempDir(): string {
    return mkdtempSync(path.join(tmpdir(), 'arbejdsevne-test-'));
}
