import type { PreparedFonts } from './render/pdf/prepared-layout.js';

/**
 * The platform seam of the report: everything a renderer needs from outside, passed in as bytes.
 * Node reads them from disk (`@arbejdsevne/report/node`); a browser fetches or bundles them.
 */
export interface ReportAssets {
    /** DejaVu Sans (packages/report/FONTS.md): TrueType bytes of the three faces the PDF uses. */
    fonts: { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array };
    /** The fonts' layout measured by the build (FONT_METRICS_FILE): without it a PDF is the same, only its first render is slower. */
    metrics?: PreparedFonts;
}

/** The font files, by face: what Node reads from disk, and what a build copies beside a bundle. */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' } as const;

/** The fonts' prepared layout (render/pdf/prepared-layout.ts), written by the build beside the fonts. */
export const FONT_METRICS_FILE = 'font-metrics.json';

/**
 * The characters the shipped fonts keep (scripts/subset-fonts.mjs): Latin with every extension
 * (Danish and the names of a Danish municipality's citizens), IPA and combining marks, Greek,
 * Cyrillic, punctuation, currency, letterlike forms, arrows, mathematical operators, box drawing,
 * geometric shapes and dingbats (✓ ✗), the ligatures ff/fi/fl/ffi/ffl and U+FFFD. Anything else
 * (Arabic, Hebrew, CJK, emoji) is drawn as the empty box, visibly.
 */
export const KEPT_UNICODE_RANGES: ReadonlyArray<readonly [number, number]> = [
    [0x0020, 0x007E], [0x00A0, 0x024F], [0x0250, 0x036F], [0x0370, 0x03FF], [0x0400, 0x052F], [0x1E00, 0x1EFF],
    [0x2000, 0x206F], [0x20A0, 0x20CF], [0x2100, 0x218F], [0x2190, 0x21FF], [0x2200, 0x22FF], [0x2500, 0x25FF],
    [0x2700, 0x27BF], [0xFB00, 0xFB06], [0xFFFD, 0xFFFD],
];
