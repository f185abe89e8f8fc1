import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * DejaVu Sans (free licence, see packages/report/FONTS.md): covers æøå and every Latin letter a
 * name may hold. Parsed once per process: handing pdfkit raw buffers makes it re-parse per cell.
 */
export interface ReportFonts { regular: fontkit.Font; bold: fontkit.Font; italic: fontkit.Font }

let cached: ReportFonts | undefined;

/** Where the TTF files are: next to a bundle (`fonts/`) or in the npm package. */
export function fontDirectory(): string {
    const override = process.env.ARBEJDSEVNE_FONT_DIR;
    if (override) return override;
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function loadFonts(): ReportFonts {
    if (cached) return cached;
    const dir = fontDirectory();
    const open = (file: string) => fontkit.create(readFileSync(path.join(dir, file))) as fontkit.Font;
    cached = { regular: open('DejaVuSans.ttf'), bold: open('DejaVuSans-Bold.ttf'), italic: open('DejaVuSans-Oblique.ttf') };
    return cached;
}
