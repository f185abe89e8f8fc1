import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_FILES, FONT_METRICS_FILE, type ReportAssets } from './assets.js';
import type { PreparedFonts } from './render/pdf/prepared-layout.js';

/** The report's assets read from disk: the one place the report package touches the file system to render. */

let cached: ReportAssets | undefined;

/**
 * Where the TTF files are: `ARBEJDSEVNE_FONT_DIR`, a `fonts/` folder beside a bundle (the CLI
 * package, the extension), the faces the build cut down (`generated/fonts/`, scripts/subset-fonts.mjs),
 * or the full faces of the dejavu-fonts-ttf npm package before a build.
 */
export function fontDirectory(): string {
    const override = process.env.ARBEJDSEVNE_FONT_DIR;
    if (override) return override;
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const folder of [path.join(here, 'fonts'), path.join(path.dirname(here), 'fonts'), path.join(path.dirname(here), 'generated', 'fonts')]) {
        if (existsSync(path.join(folder, FONT_FILES.regular))) return folder;
    }
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/**
 * The fonts' prepared layout: beside the fonts in a bundle, in this package's `generated/` folder
 * (written by `npm run build`) otherwise; undefined when neither has it.
 */
export function fontMetricsFile(fontDir = fontDirectory()): string | undefined {
    const here = path.dirname(fileURLToPath(import.meta.url));
    return [path.join(fontDir, FONT_METRICS_FILE), path.join(here, '..', 'generated', FONT_METRICS_FILE)].find(file => existsSync(file));
}

export function nodeAssets(): ReportAssets {
    if (cached) return cached;
    const dir = fontDirectory();
    const read = (file: string) => new Uint8Array(readFileSync(path.join(dir, file)));
    const metricsFile = fontMetricsFile(dir);
    const metrics = metricsFile ? JSON.parse(readFileSync(metricsFile, 'utf8')) as PreparedFonts : undefined;
    cached = { fonts: { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold), italic: read(FONT_FILES.italic) }, metrics };
    return cached;
}

/** Copies the fonts, their prepared layout and their licence into `folder`: a build puts them beside its bundle (the CLI, the extension, the playground). */
export function copyFontsTo(folder: string): void {
    const source = fontDirectory();
    mkdirSync(folder, { recursive: true });
    for (const file of Object.values(FONT_FILES)) cpSync(path.join(source, file), path.join(folder, file));
    const metrics = fontMetricsFile(source);
    if (!metrics) throw new Error(`${FONT_METRICS_FILE} mangler: kør node scripts/prepare-font-metrics.mjs (en del af npm run build)`);
    cpSync(metrics, path.join(folder, FONT_METRICS_FILE));
    const licence = [path.join(source, 'LICENSE'), path.join(source, '..', 'LICENSE')].find(file => existsSync(file));
    if (licence) cpSync(licence, path.join(folder, 'LICENSE'));
}
