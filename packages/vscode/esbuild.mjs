// Builds the extension: client and language server bundled to CommonJS, plus the files they read
// at run time (TextMate grammar, fonts, pdfkit's data, rule docs, skeleton snippets).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const require = createRequire(import.meta.url);
const dist = path.join(here, 'dist');
// Files of an earlier build must not be packed.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const { withoutUnusedLibraries } = await import('@arbejdsevne/report/bundling');
const common = {
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: false, minify: true, logLevel: 'warning',
    // ES modules bundled to CommonJS: give them their file URL.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    plugins: [withoutUnusedLibraries('node')],
};
await build({ ...common, entryPoints: [path.join(here, 'src/extension.ts')], outfile: path.join(dist, 'extension.cjs'), external: ['vscode'] });
// The language server: the shared module with its Node transport (packages/server).
await build({ ...common, entryPoints: [path.join(root, 'packages/server/src/main-node.ts')], outfile: path.join(dist, 'server.cjs') });

// The web extension (package.json "browser"): the client for VS Code's web worker extension host,
// with the language server beside it in the same worker (src/extension-browser.ts).
// pdfkit's browser build names its embedded colour profile by a URL made from import.meta.url,
// which a CommonJS or IIFE bundle does not have: any fixed URL names it as well.
const web = { bundle: true, platform: 'browser', target: 'es2022', minify: true, sourcemap: false, logLevel: 'warning', define: { 'import.meta.url': '"file:///arbejdsevne/"' }, plugins: [withoutUnusedLibraries('browser')] };
await build({ ...web, format: 'cjs', entryPoints: [path.join(here, 'src/extension-browser.ts')], outfile: path.join(dist, 'web', 'extension.js'), external: ['vscode'] });

// pdfkit reads its PDF/A colour profile from data/ (its .afm files there are never read: the report
// embeds its own fonts from the start), and its standard fonts as '#standard-fonts/….cjs'
// (package.json "imports" of this package; the ES-module copies are never loaded).
const pdfkit = path.dirname(require.resolve('pdfkit'));
cpSync(path.join(pdfkit, 'data', 'sRGB_IEC61966_2_1.icc'), path.join(dist, 'data', 'sRGB_IEC61966_2_1.icc'));
cpSync(path.join(pdfkit, 'standard-fonts'), path.join(dist, 'standard-fonts'), { recursive: true, filter: source => !source.endsWith('.mjs') });
// The PDF's fonts and their licence (packages/report/FONTS.md).
const { copyFontsTo } = await import('@arbejdsevne/report/node');
copyFontsTo(path.join(dist, 'fonts'));
cpSync(path.join(root, 'docs', 'regler.md'), path.join(dist, 'regler.md'));
cpSync(path.join(root, 'docs', 'sprog.md'), path.join(dist, 'sprog.md'));
mkdirSync(path.join(here, 'syntaxes'), { recursive: true });
cpSync(path.join(root, 'syntaxes', 'arbejdsevne.tmLanguage.json'), path.join(here, 'syntaxes', 'arbejdsevne.tmLanguage.json'));

// A full skeleton per outcome as a snippet ("skelet-fleksjob" …), from the language package.
const { assessmentSkeleton, UDFALD } = await import('@arbejdsevne/language');
const snippets = Object.fromEntries(UDFALD.map(outcome => [`Skelet: ${outcome}`, {
    prefix: `skelet-${outcome}`,
    description: `Hel arbejdsevnebeskrivelse med formål ${outcome}`,
    body: assessmentSkeleton(outcome, '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}').replace(/\$(?!\{CURRENT)/g, '\\$').split('\n'),
}]));
writeFileSync(path.join(here, 'snippets', 'skeletons.json'), JSON.stringify(snippets, null, 2) + '\n');
