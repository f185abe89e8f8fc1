import type * as fontkit from 'fontkit';
import { fontHead, postTable, seedTable } from './library-internals.js';

/**
 * A font face's layout of Danish and Western text, measured once by the build
 * (`scripts/prepare-font-metrics.mjs`) so that a render need not shape with fontkit: its OpenType
 * shaper parses the GSUB/GPOS tables and compiles on first use, which was most of a cold start.
 * The result is the same glyphs and positions fontkit gives (tests compare both on every example
 * and on random text); anything not measured (other scripts, combining marks) still goes to fontkit.
 */
export interface PreparedFace {
    /** Which font file this was measured on: a different file (ARBEJDSEVNE_FONT_DIR) is shaped by fontkit. */
    fingerprint: string;
    /** Single characters and ligatures ("fi"), each laid out as one glyph. */
    tokens: string[];
    /** Per token: its glyph id, the glyph's own advance width and the advance it gets in a run (0 for a soft hyphen), in font units. */
    glyphs: number[];
    widths: number[];
    advances: number[];
    /** Per token index, where fontkit's glyph carries other code points than the token's own (a soft hyphen is drawn as the space glyph). */
    codePoints: Record<string, number[]>;
    /** Triples [first token, second token, extra advance of the first] for every kerned pair. */
    kerning: number[];
    /** Pairs [first token, second token] that fontkit shapes differently from their two glyphs: such text goes to fontkit. */
    unshaped: number[];
    /**
     * The `post` table's header, which pdfkit reads for every embedded font (italic angle, fixed
     * pitch): decoding the table also decodes 6,000 glyph names, a sixth of a first render.
     */
    post: Record<string, number>;
}

/** What the build prepares: one face per font of the report (the keys of FONT_FILES). */
export type PreparedFonts = Record<string, PreparedFace>;

/** Identifies a font file by what its own header says of it. */
export function fontFingerprint(font: fontkit.Font): string {
    const head = fontHead(font);
    return `${font.postscriptName}:${font.numGlyphs}:${head.revision}:${head.checkSumAdjustment}`;
}

interface Glyph { id: number; advanceWidth: number; codePoints: number[] }
interface Position { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }

/** A glyph run with what pdfkit reads of fontkit's GlyphRun. */
export class PreparedRun {
    constructor(readonly glyphs: Glyph[], public positions: Position[]) {}

    get advanceWidth(): number {
        let width = 0;
        for (const position of this.positions) width += position.xAdvance;
        return width;
    }
}

const pairKey = (first: number, second: number) => first * 65536 + second;

/** Gives fontkit the prepared `post` header as the decoded table (fontkit keeps decoded tables in `_tables`). */
export function seedPostTable(font: fontkit.Font, face: PreparedFace): void {
    seedTable(font, 'post', { ...face.post });
}

/** The layout function for one prepared face: a run, or undefined for text it was not prepared for. */
export function preparedLayout(face: PreparedFace): (text: string) => PreparedRun | undefined {
    const glyphs = face.tokens.map((token, i): Glyph => ({ id: face.glyphs[i], advanceWidth: face.widths[i], codePoints: face.codePoints[i] ?? [...token].map(c => c.codePointAt(0)!) }));
    const single = new Map<string, number>();
    // Ligatures by their first character, longest first: OpenType applies the longest that matches.
    const ligatures = new Map<string, Array<[string, number]>>();
    face.tokens.forEach((token, i) => {
        if (token.length === 1) single.set(token, i);
        else ligatures.set(token[0], [...(ligatures.get(token[0]) ?? []), [token, i] as [string, number]].sort((a, b) => b[0].length - a[0].length));
    });
    const kerning = new Map<number, number>();
    for (let i = 0; i < face.kerning.length; i += 3) kerning.set(pairKey(face.kerning[i], face.kerning[i + 1]), face.kerning[i + 2]);
    const unshaped = new Set<number>();
    for (let i = 0; i < face.unshaped.length; i += 2) unshaped.add(pairKey(face.unshaped[i], face.unshaped[i + 1]));

    return text => {
        const tokens: number[] = [];
        for (let at = 0; at < text.length;) {
            const token = ligatures.get(text[at])?.find(([ligature]) => text.startsWith(ligature, at)) ?? [text[at], single.get(text[at])] as const;
            if (token[1] === undefined) return undefined;
            tokens.push(token[1]);
            at += token[0].length;
        }
        const positions: Position[] = new Array<Position>(tokens.length);
        for (let i = 0; i < tokens.length; i++) {
            let xAdvance = face.advances[tokens[i]];
            if (i + 1 < tokens.length) {
                const key = pairKey(tokens[i], tokens[i + 1]);
                if (unshaped.has(key)) return undefined;
                xAdvance += kerning.get(key) ?? 0;
            }
            positions[i] = { xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0 };
        }
        return new PreparedRun(tokens.map(t => glyphs[t]), positions);
    };
}

/** The characters prepared: Latin-1 and Latin Extended-A, the punctuation Danish text uses, and the line break pdfkit leaves on a line's last word. */
const PREPARED_CHARACTERS = [
    0x09, 0x0a, ...range(0x20, 0x7e), ...range(0xa0, 0x17f),
    ...[...'‐‑–—‘’‚“”„†‡•…‰‹›€™−≤≥→←✓✗·'].map(c => c.codePointAt(0)!),
];

function range(from: number, to: number): number[] {
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Measures a face with fontkit (the build does this once): every character alone, the ligatures
 * among them, and every pair of tokens, whose kerning is kept; a pair fontkit shapes otherwise
 * is marked so that text with it goes to fontkit.
 */
export function prepareFace(font: fontkit.Font): PreparedFace {
    const post = postTable(font);
    const header = Object.fromEntries(Object.entries(post).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[0] !== 'numberOfGlyphs'));
    const face: PreparedFace = {
        fingerprint: fontFingerprint(font), tokens: [], glyphs: [], widths: [], advances: [], codePoints: {}, kerning: [], unshaped: [],
        // Version 3: a post table without glyph names (the PDF's subset has none either).
        post: { ...header, version: 3 },
    };
    const add = (token: string, glyph: fontkit.Glyph, advance: number) => {
        const own = [...token].map(c => c.codePointAt(0)!);
        // fontkit's .notdef glyph keeps whichever code points it first met; pdfkit never reads them.
        if (glyph.id !== 0 && glyph.codePoints.join() !== own.join()) face.codePoints[face.tokens.length] = [...glyph.codePoints];
        face.tokens.push(token);
        face.glyphs.push(glyph.id);
        face.widths.push(glyph.advanceWidth);
        face.advances.push(advance);
    };
    const plain = (run: fontkit.GlyphRun) => run.positions.every(p => p.xOffset === 0 && p.yOffset === 0 && p.yAdvance === 0);
    const characters: string[] = [];
    for (const code of PREPARED_CHARACTERS) {
        const character = String.fromCodePoint(code);
        const run = font.layout(character);
        if (run.glyphs.length !== 1 || !plain(run)) continue;
        add(character, run.glyphs[0], run.positions[0].xAdvance);
        characters.push(character);
    }
    // Ligatures: strings of two, then three characters that fontkit turns into one glyph.
    let shorter = characters;
    for (let length = 2; length <= 3; length++) {
        const found: string[] = [];
        for (const start of shorter) {
            for (const next of characters) {
                const text = start + next;
                const run = font.layout(text);
                if (run.glyphs.length === 1 && plain(run)) {
                    add(text, run.glyphs[0], run.positions[0].xAdvance);
                    found.push(text);
                }
            }
        }
        if (found.length === 0) break;
        shorter = found;
    }
    const layout = preparedLayout({ ...face, kerning: [], unshaped: [] });
    const index = new Map(face.tokens.map((token, i) => [token, i]));
    for (const [first, a] of index) {
        for (const [second, b] of index) {
            const expected = layout(first + second);
            // Two tokens that never meet as such: the text is read as other tokens (f + i is fi).
            if (!expected || expected.glyphs.length !== 2 || expected.glyphs[0].id !== face.glyphs[a] || expected.glyphs[1].id !== face.glyphs[b]) continue;
            const run = font.layout(first + second);
            const same = run.glyphs.length === 2 && plain(run) && run.glyphs[0].id === face.glyphs[a] && run.glyphs[1].id === face.glyphs[b]
                && run.positions[1].xAdvance === face.advances[b];
            if (!same) face.unshaped.push(a, b);
            else if (run.positions[0].xAdvance !== face.advances[a]) face.kerning.push(a, b, run.positions[0].xAdvance - face.advances[a]);
        }
    }
    return face;
}
