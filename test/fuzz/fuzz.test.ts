import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderReport } from '@arbejdsevne/report';
import { nodeAssets } from '@arbejdsevne/report/node';
import { check, createTestServices, repoRoot } from '../helpers.js';

/**
 * Fuzzing: grammar-aware and byte-level mutations of every example. For each document: no
 * exception, and either a report (HTML always, DOCX and PDF for a sample) or syntax errors with a
 * Danish message and a position. `npm test` runs 1,000 documents with a fixed seed; `npm run fuzz`
 * 10,000 and prints the slowest document and the peak memory. Large shapes (comments, nesting,
 * repetition) run once each, at 125,000 repetitions.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

const examplesDir = path.join(repoRoot, 'examples');
const examples = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.aev')).sort().map(f => readFileSync(path.join(examplesDir, f), 'utf8'));

/** Pieces of the language a caseworker (or a paste) puts in the wrong place. */
const FRAGMENTS = [
    '{', '}', '"', '"""', '@', '@ryg', '@ukendt', ':', ',', 'borger {', 'sag {', 'vurdering {', 'indsats x: mentor "t"', 'barriere b: "t"',
    'ressource r: "t" tema helbred', 'adresserer', 'kilde', 'afprøvet:', 'periode 2026-01-01 til 2025-01-01', 'dato: 2026-02-30', '31.02.2026',
    'LÆ265', 'LÆ 265', 'lov LAB § 116', '§', 'ydelse: kontanthjaelp', 'indstilling: seniorførtidspension', '120384-1234', '01.01.90‑1234',
    '// kommentar', '/* blok', '*/', '\n', '\r\n', '\t', '\uFEFF', '\uFFFE', '\uFFFF', '\u0000', '\uD800', 'å', 'å', 'x'.repeat(3000),
];

/** A grammar-aware mutation: whole lines and fragments moved, dropped, doubled or inserted. */
const lineMutation = fc.tuple(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...FRAGMENTS), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) => {
        const lines = text.split('\n');
        for (const [a, b, fragment, kind] of edits) {
            if (lines.length === 0) lines.push('');
            const i = a % lines.length;
            const j = b % lines.length;
            if (kind === 0) lines.splice(i, 1);
            else if (kind === 1) lines.splice(i, 0, lines[j]);
            else if (kind === 2) [lines[i], lines[j]] = [lines[j], lines[i]];
            else if (kind === 3) lines[i] = `${lines[i].slice(0, b % (lines[i].length + 1))}${fragment}${lines[i].slice(b % (lines[i].length + 1))}`;
            else lines.length = Math.max(1, i);
        }
        return lines.join('\n');
    });

/** A byte-level mutation: characters replaced, inserted or removed anywhere. */
const byteMutation = fc.tuple(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 0xffff }), fc.boolean()), { minLength: 1, maxLength: 12 }))
    .map(([text, edits]) => {
        let out = text;
        for (const [at, code, insert] of edits) {
            const i = at % (out.length + 1);
            out = insert ? out.slice(0, i) + String.fromCharCode(code) + out.slice(i) : out.slice(0, i) + out.slice(i + 1);
        }
        return out;
    });

/**
 * Large shapes under the size limits, where recursion or argument spreading overflows the stack:
 * comment-heavy files, deep nesting, long repetition of entries, of mentions and of syntax errors.
 */
const canonicalText = examples.find(t => t.includes('Fie Hansen'))!;
const SHAPES = ['comments', 'blockComments', 'nested', 'entries', 'mentions', 'errors'] as const;
function largeShape(shape: typeof SHAPES[number], n: number): string {
    const at = canonicalText.indexOf('sag {');
    const insert = (piece: string) => canonicalText.slice(0, at) + piece + canonicalText.slice(at);
    switch (shape) {
        case 'comments': return insert('// x\n'.repeat(n));
        case 'blockComments': return insert('/* x */\n'.repeat(n));
        case 'nested': return insert('{'.repeat(n / 4) + '}'.repeat(n / 4));
        case 'entries': return canonicalText.replace('helbred {', `helbred {\n${Array.from({ length: n / 5 }, (_, i) => `    ressource r${i}: "x"`).join('\n')}`);
        // A barrier whose own text mentions it 125,000 times: every mention renders once, not 125,000 times over.
        case 'mentions': return canonicalText.replace('"Kroniske lændesmerter;', `"${'@ryg '.repeat(n)}`);
        case 'errors': return insert('}\nmål: "x"\n'.repeat(n / 10));
    }
}

describe('fuzzing', () => {
    for (const shape of SHAPES) {
        test(`a large shape under the size limit (${shape}, 125,000 times): no stack overflow, no internal error, a report or a clear syntax error`, async () => {
            const text = largeShape(shape, 125_000);
            expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
            const checked = await check(text, createTestServices());
            expect(checked.diagnostics.filter(d => d.code === 'INTERN')).toEqual([]);
            for (const d of checked.syntaxErrors) expect(d.message).toMatch(/\p{L}{3}/u);
            if (!checked.syntaxErrors.length) expect((await renderReport(checked, 'html')).bytes.length).toBeGreaterThan(100);
            expect(['nested', 'errors'].includes(shape)).toBe(checked.syntaxErrors.length > 0);
        }, 60_000);
    }

    test(`${RUNS} mutated documents: no exception; a report or a clear syntax error`, async () => {
        const services = createTestServices();
        const assets = nodeAssets();
        let run = 0;
        let slowest = { ms: 0, text: '' };
        let peak = 0;
        let rendered = 0;
        // A check that throws is caught by the engine and logged: here that is a failure too.
        const logged: string[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => { logged.push(args.map(String).join(' ')); };
        await fc.assert(fc.asyncProperty(fc.oneof(lineMutation, byteMutation), async text => {
            const start = performance.now();
            const checked = await check(text, services);
            if (checked.syntaxErrors.length) {
                for (const d of checked.syntaxErrors) {
                    expect(typeof d.message === 'string' && d.message.length > 10).toBe(true);
                    expect(d.range.start.line).toBeGreaterThanOrEqual(0);
                }
            } else {
                rendered++;
                const html = await renderReport(checked, 'html');
                expect(html.bytes.length).toBeGreaterThan(100);
                if (run % 10 === 0) expect((await renderReport(checked, 'docx')).bytes.length).toBeGreaterThan(1000);
                if (run % 25 === 0) expect((await renderReport(checked, 'pdf', { assets })).bytes.length).toBeGreaterThan(1000);
                if (run % 50 === 0) expect((await renderReport(checked, 'html', { version: 'borger' })).bytes.length).toBeGreaterThan(100);
            }
            run++;
            const ms = performance.now() - start;
            if (ms > slowest.ms) slowest = { ms, text };
            peak = Math.max(peak, process.memoryUsage().rss);
        }), { seed: SEED, numRuns: RUNS }).finally(() => { console.error = original; });
        expect(logged).toEqual([]);
        expect(run).toBeGreaterThanOrEqual(RUNS);
        // Both outcomes are exercised: documents that render and documents with syntax errors.
        expect(rendered).toBeGreaterThan(RUNS / 20);
        expect(rendered).toBeLessThan(run);
        if (process.env.FUZZ_RUNS) {
            console.log(`fuzz: ${run} dokumenter (${rendered} med rapport); langsomste ${slowest.ms.toFixed(0)} ms (${slowest.text.length} tegn); højeste hukommelse ${(peak / 1024 / 1024).toFixed(0)} MB`);
        }
    }, 600_000);
});
