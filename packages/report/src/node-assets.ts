import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_FILES, type ReportAssets } from './assets.js';

/** The report's assets read from disk: the one place the report package touches the file system to render. */

let cached: ReportAssets | undefined;

/**
 * Where the TTF files are: `ARBEJDSEVNE_FONT_DIR`, a `fonts/` folder beside a bundle (the CLI
 * package, the extension), or the dejavu-fonts-ttf npm package.
 */
export function fontDirectory(): string {
    const override = process.env.ARBEJDSEVNE_FONT_DIR;
    if (override) return override;
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const folder of [here, path.dirname(here)]) {
        if (existsSync(path.join(folder, 'fonts', FONT_FILES.regular))) return path.join(folder, 'fonts');
    }
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function nodeAssets(): ReportAssets {
    if (cached) return cached;
    const dir = fontDirectory();
    const read = (file: string) => new Uint8Array(readFileSync(path.join(dir, file)));
    cached = { fonts: { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold), italic: read(FONT_FILES.italic) } };
    return cached;
}

/** Copies the fonts and their licence into `folder`: a build puts them beside its bundle (the CLI, the extension, the playground). */
export function copyFontsTo(folder: string): void {
    const source = fontDirectory();
    mkdirSync(folder, { recursive: true });
    for (const file of Object.values(FONT_FILES)) cpSync(path.join(source, file), path.join(folder, file));
    const licence = [path.join(source, 'LICENSE'), path.join(source, '..', 'LICENSE')].find(file => existsSync(file));
    if (licence) cpSync(licence, path.join(folder, 'LICENSE'));
}
