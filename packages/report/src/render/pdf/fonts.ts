import type * as fontkit from 'fontkit';
import { openFont, readTable, replaceCreateSubset, replaceLayout, subsetGlyphs } from './library-internals.js';
import type { ReportAssets } from '../../assets.js';
import { fontFingerprint, preparedLayout, seedPostTable, type PreparedFace } from './prepared-layout.js';

/**
 * The report's fonts, parsed once per set of assets: handing pdfkit raw bytes makes it re-parse
 * a font per table cell (3.5× slower).
 */
export interface ReportFonts { regular: fontkit.Font; bold: fontkit.Font; italic: fontkit.Font }

const parsed = new WeakMap<ReportAssets, ReportFonts>();

export function parsedFonts(assets: ReportAssets): ReportFonts {
    let fonts = parsed.get(assets);
    if (!fonts) {
        const open = (face: keyof ReportFonts) => decodeTables(keepSubsets(keepLayouts(openFont(assets.fonts[face]), assets.metrics?.[face])));
        fonts = { regular: open('regular'), bold: open('bold'), italic: open('italic') };
        parsed.set(assets, fonts);
    }
    return fonts;
}

/**
 * fontkit decodes a table when it is first read. These are the tables every PDF reads: pdfkit's
 * font metrics, and what the subset it embeds copies (hinting programs, glyph locations, widths).
 * Decoded here, with the font, they are no longer part of a first render.
 */
const TABLES_EVERY_PDF_READS = ['head', 'hhea', 'maxp', 'OS/2', 'name', 'post', 'hmtx', 'loca', 'cvt ', 'fpgm', 'prep'];

function decodeTables(font: fontkit.Font): fontkit.Font {
    for (const tag of TABLES_EVERY_PDF_READS) readTable(font, tag);
    return font;
}

/** Embedded subsets kept per font, by their glyphs; at most this many (a report has one per face). */
const KEPT_SUBSETS = 50;

/**
 * A subset of the same glyphs is the same bytes: the preview and every export of one report embed
 * the same three, and encoding one was a tenth of a render. pdfkit only reads what it gets.
 */
function keepSubsets(font: fontkit.Font): fontkit.Font {
    const create = font.createSubset.bind(font);
    const kept = new Map<string, Uint8Array>();
    replaceCreateSubset(font, () => {
        const subset = create();
        const encode = subset.encode.bind(subset);
        subset.encode = () => {
            const key = subsetGlyphs(subset).join();
            let bytes = kept.get(key);
            if (!bytes) {
                if (kept.size >= KEPT_SUBSETS) kept.clear();
                kept.set(key, bytes = encode());
            }
            return bytes;
        };
        return subset;
    });
    return font;
}

/** Words laid out once per font and kept; at most this many (a report has a few thousand words). */
const KEPT_LAYOUTS = 20_000;

/**
 * pdfkit lays out every word of every report again (its own cache lives as long as one document),
 * and that shaping was a third of a warm render. Here a word's glyph run is kept with the font,
 * which lives as long as its assets. pdfkit scales a run's positions in place, so every caller gets
 * positions of its own; the glyphs are shared (pdfkit only reads them).
 * A word is laid out from the face's prepared layout when it has one for the word and this very
 * font file, and by fontkit's shaper otherwise; the prepared `post` header spares its glyph names.
 */
function keepLayouts(font: fontkit.Font, prepared: PreparedFace | undefined): fontkit.Font {
    const shape = font.layout.bind(font) as (text: string, ...rest: unknown[]) => fontkit.GlyphRun;
    const matches = prepared !== undefined && prepared.fingerprint === fontFingerprint(font);
    if (matches) seedPostTable(font, prepared);
    const fast = matches ? preparedLayout(prepared) : undefined;
    const layout = fast ? (text: string) => (fast(text) as fontkit.GlyphRun | undefined) ?? shape(text) : shape;
    const kept = new Map<string, fontkit.GlyphRun>();
    replaceLayout(font, (text: string, ...rest: unknown[]): fontkit.GlyphRun => {
        if (rest.some(argument => argument !== undefined)) return shape(text, ...rest);
        let run = kept.get(text);
        if (!run) {
            if (kept.size >= KEPT_LAYOUTS) kept.clear();
            run = layout(text);
            kept.set(text, run);
        }
        const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as fontkit.GlyphRun, run);
        copy.positions = run.positions.map(p => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset }) as fontkit.GlyphPosition);
        return copy;
    });
    return font;
}
