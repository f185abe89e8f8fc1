// Bundles the CLI into one file: loading Langium as hundreds of ES modules costs ~350 ms per run.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Old chunks must not pile up: their names change with their content.
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

await build({
    entryPoints: [new URL('./out/main.js', import.meta.url).pathname],
    outdir: new URL('./dist', import.meta.url).pathname,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    minify: false,
    // Packages that read their own data files from disk at run time stay outside the bundle.
    external: ['pdfkit', 'fontkit', 'docx', 'playwright-core'],
    // CommonJS dependencies bundled into ES modules still ask for require and __filename (write-file-atomic does).
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url);" },
    define: { 'process.env.ARBEJDSEVNE_VERSION': JSON.stringify(version) },
    logLevel: 'warning',
});
