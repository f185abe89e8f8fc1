import type * as fontkit from 'fontkit';
import type { ReportModel } from '../../model/types.js';

/**
 * A character the report's fonts have no glyph for (Arabic, CJK, emoji: assets.ts, KEPT_UNICODE_RANGES)
 * is drawn as this box. pdfkit would draw nothing and leave nothing in the text layer: a name
 * would lose letters without a trace.
 */
export const MISSING_GLYPH = '\u25A1';

/** Text that only holds Latin (most of every report) has every glyph: no per-character look-up. */
const ALL_LATIN = /^[\u0000-\u024F\u2000-\u206F]*$/u;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\s]/u;

export function drawableText(text: string, font: fontkit.Font): string {
    if (ALL_LATIN.test(text)) return text;
    let out = '';
    for (const ch of text) out += INVISIBLE.test(ch) || font.hasGlyphForCodePoint(ch.codePointAt(0)!) ? ch : MISSING_GLYPH;
    return out;
}

/** The model with every character the font lacks replaced by MISSING_GLYPH (the same for all three faces). */
export function drawableModel(model: ReportModel, font: fontkit.Font): ReportModel {
    const visit = (value: unknown): unknown => {
        if (typeof value === 'string') return drawableText(value, font);
        if (Array.isArray(value)) return value.map(visit);
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
        return value;
    };
    return visit(model) as ReportModel;
}
