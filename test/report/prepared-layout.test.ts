import * as fc from 'fast-check';
import * as fontkit from 'fontkit';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderReport, type ReportAssets } from '@arbejdsevne/report';
import { FONT_METRICS_FILE } from '@arbejdsevne/report/assets';
import { fontMetricsFile, nodeAssets } from '@arbejdsevne/report/node';
import { preparedLayout, type PreparedFace } from '../../packages/report/out/render/pdf/prepared-layout.js';
import { check, repoRoot } from '../helpers.js';

// The layout the build prepares (scripts/prepare-font-metrics.mjs) must be fontkit's own, glyph
// for glyph: a PDF made with it is byte for byte the PDF made without it.

const assets = nodeAssets();
const metrics = assets.metrics!;
const faces = ['regular', 'bold', 'italic'] as const;
const withoutMetrics: ReportAssets = { fonts: assets.fonts };

function examples(): string[] {
    const folder = path.join(repoRoot, 'examples');
    return [
        ...readdirSync(folder).filter(f => f.endsWith('.aev')).map(f => path.join(folder, f)),
        ...readdirSync(path.join(folder, 'øvelser')).filter(f => f.endsWith('.aev')).map(f => path.join(folder, 'øvelser', f)),
    ];
}

/** What pdfkit reads of a glyph run, comparable across fontkit's and the prepared one (pdfkit never reads the .notdef glyph's code points, which fontkit takes from whichever character first needed it). */
function runOf(run: { glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>; positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>; advanceWidth: number }) {
    return {
        glyphs: run.glyphs.map(g => [g.id, g.advanceWidth, g.id === 0 ? [] : [...g.codePoints]]),
        positions: run.positions.map(p => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
        advanceWidth: run.advanceWidth,
    };
}

describe('the fonts’ prepared layout', () => {
    test('the build wrote it, and Node reads it beside the fonts', () => {
        expect(fontMetricsFile()).toMatch(new RegExp(`${FONT_METRICS_FILE.replace('.', '\\.')}$`));
        expect(Object.keys(metrics).sort()).toEqual(['bold', 'italic', 'regular']);
        for (const face of faces) {
            // Every Danish letter, and the ligatures DejaVu has (fi, fl, ff, ffi, ffl).
            expect(metrics[face].tokens).toEqual(expect.arrayContaining([...'æøåÆØÅéü»«–', 'fi', 'ffl']));
            expect(metrics[face].kerning.length).toBeGreaterThan(0);
        }
    });

    test('every example, full report and citizen version: the same PDF bytes with and without it', async () => {
        for (const file of examples()) {
            const checked = await check(readFileSync(file, 'utf8'));
            for (const version of ['fuld', 'borger'] as const) {
                const prepared = await renderReport(checked, 'pdf', { assets, version, appendix: true });
                const shaped = await renderReport(checked, 'pdf', { assets: withoutMetrics, version, appendix: true });
                expect(Buffer.compare(prepared.bytes, shaped.bytes), `${path.basename(file)} ${version}`).toBe(0);
            }
        }
    }, 120_000);

    // Letters that form ligatures and kerning pairs come often; the rest of the set now and then.
    const alphabet = [...new Set(metrics.regular.tokens.join(''))];
    const often = [...'fffiilTAVWYLPo.,-’»«\u00ad '];
    const text = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...often), weight: 3 }, { arbitrary: fc.constantFrom(...alphabet), weight: 2 }), { minLength: 1, maxLength: 20 })
        .map(chars => chars.join(''));
    const sameAsFontkit = (face: PreparedFace, font: fontkit.Font) => {
        const layout = preparedLayout(face);
        return fc.property(text, t => {
            const prepared = layout(t);
            expect(prepared, JSON.stringify(t)).toBeDefined();
            expect(runOf(prepared!), JSON.stringify(t)).toEqual(runOf(font.layout(t) as never));
        });
    };

    test('random text from the prepared characters: the same glyphs and positions as fontkit’s shaper', () => {
        for (const face of faces) {
            const font = fontkit.create(Buffer.from(assets.fonts[face])) as fontkit.Font;
            fc.assert(sameAsFontkit(metrics[face], font), { numRuns: 4000, seed: 20261130 });
        }
    });

    test('that comparison notices a face without its kerning or its ligatures', () => {
        const font = fontkit.create(Buffer.from(assets.fonts.regular)) as fontkit.Font;
        expect(fc.check(sameAsFontkit({ ...metrics.regular, kerning: [] }, font), { numRuns: 4000, seed: 1 }).failed).toBe(true);
        const noLigatures = { ...metrics.regular, tokens: metrics.regular.tokens.map(t => (t.length > 1 ? `${t}\u0000` : t)) };
        expect(fc.check(sameAsFontkit(noLigatures, font), { numRuns: 4000, seed: 1 }).failed).toBe(true);
    });

    test('text it was not prepared for is left to fontkit: other scripts, combining marks, emoji', () => {
        const layout = preparedLayout(metrics.regular);
        for (const t of ['Ωμέγα', 'Борис', 'e\u0301', 'Ali 😀', 'محمد', '漢字']) expect(layout(t), t).toBeUndefined();
        expect(layout('Fie Hansen')).toBeDefined();
    });

    test('a face measured on another font file is not used: the PDF is fontkit’s', async () => {
        const checked = await check(readFileSync(path.join(repoRoot, 'examples/fie-hansen.aev'), 'utf8'));
        const swapped: ReportAssets = { fonts: assets.fonts, metrics: { regular: metrics.bold, bold: metrics.italic, italic: metrics.regular } as Record<string, PreparedFace> };
        const wrong = await renderReport(checked, 'pdf', { assets: swapped });
        const shaped = await renderReport(checked, 'pdf', { assets: withoutMetrics });
        expect(Buffer.compare(wrong.bytes, shaped.bytes)).toBe(0);
    });
});

describe('fonts kept between renders', () => {
    test('a report after another gets its own subsets and layouts: the same bytes as from fresh fonts', async () => {
        const kept = nodeAssets();
        const first = await check(readFileSync(path.join(repoRoot, 'examples/fie-hansen.aev'), 'utf8'));
        const second = await check(readFileSync(path.join(repoRoot, 'examples/ole-jensen-foertidspension.aev'), 'utf8'));
        await renderReport(first, 'pdf', { assets: kept });
        const after = await renderReport(second, 'pdf', { assets: kept });
        const fresh = await renderReport(second, 'pdf', { assets: { ...kept } });
        expect(Buffer.compare(after.bytes, fresh.bytes)).toBe(0);
        // And the first again, now from what was kept.
        const again = await renderReport(first, 'pdf', { assets: kept });
        const firstFresh = await renderReport(first, 'pdf', { assets: { ...kept } });
        expect(Buffer.compare(again.bytes, firstFresh.bytes)).toBe(0);
    });
});

