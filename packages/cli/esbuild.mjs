// Bundles the CLI with everything it needs at run time, so `npm pack` gives a package without
// dependencies: Langium, pdfkit, fontkit and docx in dist/ (loading Langium as hundreds of ES
// modules costs ~350 ms per run), and beside them the files they read: pdfkit's colour profile and
// standard fonts, the DejaVu fonts and docs/regler.md.
import { build } from 'esbuild';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const require = createRequire(import.meta.url);
const { withoutUnusedLibraries } = await import('@arbejdsevne/report/bundling');
const { version } = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));

/**
 * Langium's core (parser, linker, validation: all that `tjek` and `rapport` run) takes five names from
 * vscode-languageserver-protocol, and loading that package costs every start about 10 ms. Here
 * those imports read the names from vscode-jsonrpc, where the protocol itself gets them, and the
 * two error codes Langium uses are the specification's numbers. Langium's lsp/ (and the language
 * server, `arbejdsevne lsp`) keeps the whole protocol. A name Langium starts to import from the
 * protocol is a build error here ("No matching export"), never a silent undefined.
 */
const langiumCoreProtocol = {
    name: 'arbejdsevne-langium-core-protocol',
    setup(esbuild) {
        const core = /[\\/]node_modules[\\/]langium[\\/]lib[\\/](?!lsp[\\/])/;
        // vscode-jsonrpc is looked up from where the protocol itself lies, so the shim gets the very copy the protocol would.
        esbuild.onResolve({ filter: /^vscode-languageserver-protocol$/ }, async args => {
            if (!core.test(args.importer)) return undefined;
            const protocol = await esbuild.resolve(args.path, { resolveDir: path.dirname(args.importer), kind: args.kind });
            if (protocol.errors.length) return { errors: protocol.errors };
            return { path: 'langium-core-protocol', namespace: 'arbejdsevne-protocol', pluginData: path.dirname(protocol.path) };
        });
        esbuild.onLoad({ filter: /.*/, namespace: 'arbejdsevne-protocol' }, args => ({
            resolveDir: args.pluginData,
            loader: 'js',
            contents: `export { CancellationToken, CancellationTokenSource, Emitter, ResponseError } from 'vscode-jsonrpc';
export const LSPErrorCodes = { lspReservedErrorRangeStart: -32899, RequestFailed: -32803, ServerCancelled: -32802, ContentModified: -32801, RequestCancelled: -32800, lspReservedErrorRangeEnd: -32800 };`,
        }));
    },
};

// Old chunks must not pile up: their names change with their content.
rmSync(dist, { recursive: true, force: true });

await build({
    // The bin, and the PDF thread of `rapport` beside it (src/pdf-thread.ts), which loads no Langium.
    entryPoints: [path.join(here, 'out/bin.js'), path.join(here, 'out/pdf-worker.js')],
    outdir: dist,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Minified, with source maps beside it that `npm pack` leaves out (package.json "files").
    sourcemap: true,
    minify: true,
    // CommonJS dependencies bundled into ES modules still ask for require, __filename and __dirname.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __pathDirname(__filename);" },
    define: { 'process.env.ARBEJDSEVNE_VERSION': JSON.stringify(version) },
    logLevel: 'warning',
    plugins: [withoutUnusedLibraries('node'), langiumCoreProtocol],
});

// pdfkit reads its PDF/A colour profile relative to the chunk that holds it, and its standard fonts
// as '#standard-fonts/….cjs' (this package's "imports"). Its .afm files (data/) and the ES-module
// copies of the standard fonts are never read: the report embeds its own fonts from the start.
const pdfkit = path.dirname(require.resolve('pdfkit'));
for (const folder of [dist, path.join(dist, 'chunks')]) cpSync(path.join(pdfkit, 'data', 'sRGB_IEC61966_2_1.icc'), path.join(folder, 'data', 'sRGB_IEC61966_2_1.icc'));
cpSync(path.join(pdfkit, 'standard-fonts'), path.join(dist, 'standard-fonts'), { recursive: true, filter: source => !source.endsWith('.mjs') });
// The PDF's fonts and their licence (packages/report/FONTS.md).
const { copyFontsTo } = await import('@arbejdsevne/report/node');
copyFontsTo(path.join(dist, 'fonts'));
// The playground's static site (packages/web/dist), served by `arbejdsevne web`.
const web = path.join(here, '..', 'web', 'dist');
// Without its fonts: `arbejdsevne web` serves dist/fonts (the same files) under /fonts/.
if (existsSync(path.join(web, 'index.html'))) cpSync(web, path.join(dist, 'web'), { recursive: true, filter: source => path.relative(web, source).split(path.sep)[0] !== 'fonts' });
cpSync(path.join(here, '..', '..', 'docs', 'regler.md'), path.join(dist, 'regler.md'));
cpSync(path.join(here, '..', '..', 'docs', 'sprog.md'), path.join(dist, 'sprog.md'));
