import * as fontkit from 'fontkit';
import type { ReportAssets } from '../../assets.js';

/**
 * The report's fonts, parsed once per set of assets: handing pdfkit raw bytes makes it re-parse
 * a font per table cell (3.5× slower).
 */
export interface ReportFonts { regular: fontkit.Font; bold: fontkit.Font; italic: fontkit.Font }

const parsed = new WeakMap<ReportAssets, ReportFonts>();

export function parsedFonts(assets: ReportAssets): ReportFonts {
    let fonts = parsed.get(assets);
    if (!fonts) {
        const open = (bytes: Uint8Array) => keepLayouts(fontkit.create(bytes as never) as fontkit.Font);
        fonts = { regular: open(assets.fonts.regular), bold: open(assets.fonts.bold), italic: open(assets.fonts.italic) };
        parsed.set(assets, fonts);
    }
    return fonts;
}

/** Words laid out once per font and kept; at most this many (a report has a few thousand words). */
const KEPT_LAYOUTS = 20_000;

/**
 * pdfkit lays out every word of every report again (its own cache lives as long as one document),
 * and that shaping was a third of a warm render. Here a word's glyph run is kept with the font,
 * which lives as long as its assets. pdfkit scales a run's positions in place, so every caller gets
 * positions of its own; the glyphs are shared (pdfkit only reads them).
 */
function keepLayouts(font: fontkit.Font): fontkit.Font {
    const layout = font.layout.bind(font) as (text: string, ...rest: unknown[]) => fontkit.GlyphRun;
    const kept = new Map<string, fontkit.GlyphRun>();
    (font as { layout: unknown }).layout = (text: string, ...rest: unknown[]): fontkit.GlyphRun => {
        if (rest.some(argument => argument !== undefined)) return layout(text, ...rest);
        let run = kept.get(text);
        if (!run) {
            if (kept.size >= KEPT_LAYOUTS) kept.clear();
            run = layout(text);
            kept.set(text, run);
        }
        const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as fontkit.GlyphRun, run);
        copy.positions = run.positions.map(p => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset }) as fontkit.GlyphPosition);
        return copy;
    };
    return font;
}
