import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { KEPT_UNICODE_RANGES } from '@arbejdsevne/report/assets';
import { nodeAssets } from '@arbejdsevne/report/node';
import { canonical } from '../helpers.js';
import { modelOf, pdfOf, poppler } from './report-helpers.js';

/** The fonts the CLI and the extension ship are cut down (scripts/subset-fonts.mjs); what they lack is drawn visibly. */
describe('the shipped fonts', () => {
    const assets = nodeAssets();

    test('are the cut-down faces, and every face has every kept character DejaVu has', () => {
        const full = fontkit.create(readFileSync(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))) as fontkit.Font;
        for (const face of ['regular', 'bold', 'italic'] as const) {
            const font = fontkit.create(Buffer.from(assets.fonts[face])) as fontkit.Font;
            expect(assets.fonts[face].byteLength, face).toBeLessThan(300_000);
            const missing: string[] = [];
            for (const [from, to] of KEPT_UNICODE_RANGES) for (let code = from; code <= to; code++) {
                if (full.hasGlyphForCodePoint(code) && !font.hasGlyphForCodePoint(code)) missing.push(code.toString(16));
            }
            expect(missing, face).toEqual([]);
            for (const ch of 'æøåÆØÅéüöäÉ–“”„»«€§½ŁőřŞșț') expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), `${face} ${ch}`).toBe(true);
        }
    });

    test('a character outside them is a visible box in the PDF, never left out; Greek and Cyrillic stay', async () => {
        const { model } = await modelOf(canonical.replace('navn: "Fie Hansen"', 'navn: "Fie Hansen-Ørsted Ζωή Олена علي 😀"'));
        const text = poppler('pdftotext', await pdfOf(model));
        expect(text).toContain('Fie Hansen-Ørsted Ζωή Олена □□□ □');
    });
});
