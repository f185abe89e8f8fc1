import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHECKED_IN_BACKGROUND, DIAGNOSTICS_LIMIT, INPUT_LIMIT_BYTES, MORE_FINDINGS, TOO_LARGE } from '@arbejdsevne/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { cli, tempDir } from '../cli/cli-harness.js';
import { canonical } from '../helpers.js';
import { useLspClient } from './lsp-client.js';

/**
 * Hostile input over stdio: the server answers every time, with limits instead of crashes. The
 * sizes here are small and proportional (twice the findings limit); the stress sizes (200,000
 * duplicates, 64,000 broken lines, a 5 MB text) are measured by bench/limits-bench.mjs.
 */

const DUPLICATES = 2 * DIAGNOSTICS_LIMIT + 1;
/** The canonical case with resources all named `a`: one GEN-04 finding per copy after the first, and nothing else. */
const duplicateIds = canonical.replace('socialt {\n', `socialt {\n${'ressource a:"y"\n'.repeat(DUPLICATES)}`);
const brokenLines = `${canonical}\n${'ressource ) ( : ; ]\n'.repeat(2_000)}`;
/** Over BACKGROUND_BYTES: checked on a worker thread, with a note first. */
const LARGE_TEXT = 1100 * 1024;

const server = useLspClient();

/** A text over 1 MB is checked in the background (background.test.ts), with a note first; the findings follow it. */
function findingsOf(diagnostics: Diagnostic[]): Diagnostic[] {
    return diagnostics[0]?.code === CHECKED_IN_BACKGROUND ? diagnostics.slice(1) : diagnostics;
}

async function hoverAnswers(uri: string): Promise<void> {
    // `borger` on line 3 of the canonical example: the server still answers.
    const hover = await server().request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 2 } });
    expect(hover === null || typeof hover === 'object').toBe(true);
}

describe('limits over stdio (arbejdsevne lsp)', () => {
    test('a file just over the size limit gets one clear finding, and hover still answers', async () => {
        const uri = 'file:///tmp/for-stor.aev';
        const text = `${canonical}\n// ${'x'.repeat(INPUT_LIMIT_BYTES - canonical.length)}\n`;
        const diagnostics = await server().open(uri, text);
        expect(diagnostics.map(d => d.code)).toEqual([TOO_LARGE]);
        expect(diagnostics[0].message).toMatch(/^Filen er for stor til at blive tjekket \(5 MB; grænsen er 5 MB\)/);
        await hoverAnswers(uri);
    }, 60_000);

    test('one long text token, checked in the background, is parsed (no stack overflow), and hover answers', async () => {
        const uri = 'file:///tmp/lang-tekst.aev';
        const text = canonical.replace('"Egen læge efter konsultation"', `"${'Lang tekst uden ende. '.repeat(Math.floor(LARGE_TEXT / 22))}"`);
        const all = await server().open(uri, text);
        expect(all[0].code).toBe(CHECKED_IN_BACKGROUND);
        const diagnostics = findingsOf(all);
        expect(diagnostics.filter(d => d.code === 'SYNTAX')).toEqual([]);
        await hoverAnswers(uri);
    }, 60_000);

    test(`${DUPLICATES.toLocaleString('da-DK')} duplicate ids: ${DIAGNOSTICS_LIMIT} findings and one "… og N flere fund" with the right N`, async () => {
        const uri = 'file:///tmp/dubletter.aev';
        const diagnostics = findingsOf(await server().open(uri, duplicateIds));
        expect(diagnostics).toHaveLength(DIAGNOSTICS_LIMIT + 1);
        expect(diagnostics.slice(0, DIAGNOSTICS_LIMIT).every(d => d.code === 'GEN-04')).toBe(true);
        const more = diagnostics.at(-1)!;
        expect(more.code).toBe(MORE_FINDINGS);
        expect(more.severity).toBe(1);
        expect((more.data as { total: number }).total).toBe(DUPLICATES - 1);
        expect(more.message).toContain(`… og ${(DUPLICATES - 1 - DIAGNOSTICS_LIMIT).toLocaleString('da-DK')} flere fund`);
        await hoverAnswers(uri);
    }, 120_000);

    test('2,000 broken lines: capped syntax errors, and hover answers', async () => {
        const uri = 'file:///tmp/oedelagt.aev';
        const diagnostics = findingsOf(await server().open(uri, brokenLines));
        expect(diagnostics.length).toBe(DIAGNOSTICS_LIMIT + 1);
        expect(diagnostics.at(-1)!.code).toBe(MORE_FINDINGS);
        await hoverAnswers(uri);
    }, 60_000);
});

describe('limits in the CLI', () => {
    test('tjek on the duplicate-id file exits 1 and reports the full count', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'dubletter.aev'), duplicateIds);
        const { code, stdout } = await cli(['tjek', path.join(dir, 'dubletter.aev')]);
        expect(code).toBe(1);
        expect(stdout.trim().split('\n').at(-1)).toBe(`1 fil tjekket: 1000 fejl, 0 advarsler, 0 info vist; ${(DUPLICATES - 1).toLocaleString('da-DK')} fund i alt (${(DUPLICATES - 1 - DIAGNOSTICS_LIMIT).toLocaleString('da-DK')} er ikke vist).`);
    }, 60_000);

    test('a file over the limit, a FIFO and a device are refused with a Danish message', async () => {
        const dir = tempDir();
        const big = path.join(dir, 'stor.aev');
        writeFileSync(big, 'x'.repeat(INPUT_LIMIT_BYTES + 1));
        const tooBig = await cli(['tjek', big]);
        expect(tooBig.code).toBe(2);
        expect(tooBig.stderr).toContain('Filen er for stor til at blive tjekket');
        const device = await cli(['tjek', '/dev/zero']);
        expect(device.code).toBe(2);
        expect(device.stderr).toBe('arbejdsevne: /dev/zero er ikke en almindelig fil (men fx en enhed eller en navngiven pipe) og læses ikke.\n');
    }, 60_000);
});
