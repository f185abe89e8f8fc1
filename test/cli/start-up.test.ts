import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';
import { BIN, tempDir } from './cli-harness.js';

/** The bundle's files a command ran code from, read from a CPU profile of the real bin. */
function filesRun(args: string[]): string[] {
    const dir = tempDir();
    try {
        execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, BIN, ...args], { stdio: 'ignore' });
    } catch (error) {
        if ((error as { status?: number }).status !== 1) throw error; // 1: findings, a completed check
    }
    const [profile] = readdirSync(dir).filter(f => f.endsWith('.cpuprofile'));
    const nodes = (JSON.parse(readFileSync(path.join(dir, profile), 'utf8')) as { nodes: Array<{ callFrame: { url: string } }> }).nodes;
    return [...new Set(nodes.map(n => n.callFrame.url).filter(u => u.includes('/packages/cli/dist/')))].map(u => new URL(u).pathname);
}

const contains = (files: string[], marker: string) => files.filter(f => readFileSync(f, 'utf8').includes(marker)).map(f => path.basename(f));

// Every `tjek` pays for what it loads: not the language server's protocol, not the PDF and Word libraries.
describe('what tjek loads', () => {
    test('the checker only: no LSP protocol (Langium core reads its five names from vscode-jsonrpc), no pdfkit, no docx', () => {
        const files = filesRun(['tjek', path.join(repoRoot, 'examples', 'fie-hansen.aev')]);
        expect(files.length).toBeGreaterThan(2);
        expect(contains(files, 'textDocument/semanticTokens')).toEqual([]);
        expect(contains(files, 'PDFDocument')).toEqual([]);
        expect(contains(files, 'w:document')).toEqual([]);
        // The markers are real: the language server does load the protocol.
        const all = readdirSync(path.join(repoRoot, 'packages/cli/dist/chunks')).filter(f => f.endsWith('.js')).map(f => path.join(repoRoot, 'packages/cli/dist/chunks', f));
        expect(contains(all, 'textDocument/semanticTokens').length).toBeGreaterThan(0);
        expect(contains(all, 'PDFDocument').length).toBeGreaterThan(0);
        expect(contains(all, 'w:document').length).toBeGreaterThan(0);
    });
});
