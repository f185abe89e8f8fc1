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
        const open = (bytes: Uint8Array) => fontkit.create(bytes as never) as fontkit.Font;
        fonts = { regular: open(assets.fonts.regular), bold: open(assets.fonts.bold), italic: open(assets.fonts.italic) };
        parsed.set(assets, fonts);
    }
    return fonts;
}
