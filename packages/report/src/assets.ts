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
