import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReportAssets } from './assets.js';

/** The report's assets read from disk: the one place the report package touches the file system to render. */

let cached: ReportAssets | undefined;

/** Where the TTF files are: next to a bundle (`ARBEJDSEVNE_FONT_DIR`, set by the bundle) or in the npm package. */
export function fontDirectory(): string {
    const override = process.env.ARBEJDSEVNE_FONT_DIR;
    if (override) return override;
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function nodeAssets(): ReportAssets {
    if (cached) return cached;
    const dir = fontDirectory();
    const read = (file: string) => new Uint8Array(readFileSync(path.join(dir, file)));
    cached = { fonts: { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf'), italic: read('DejaVuSans-Oblique.ttf') } };
    return cached;
}
