// Builds the playground as a static site in dist/: the page and the language server's web worker
// (both minified ES modules), the page's HTML and CSS, the examples as one JSON file, and the PDF
// fonts (fetched only when a PDF is made). Nothing in it loads from another origin.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const dist = path.join(here, 'dist');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// The keywords the editor colours: the generated TextMate grammar's keyword list.
const grammar = JSON.parse(readFileSync(path.join(root, 'syntaxes', 'arbejdsevne.tmLanguage.json'), 'utf8'));
const keywordPattern = grammar.patterns.find(p => p.name === 'keyword.control.arbejdsevne').match;
const keywords = [...new Set(keywordPattern.replace(/\\[bB]/g, ' ').match(/[\p{L}_]+/gu))];

const { withoutUnusedLibraries } = await import('@arbejdsevne/report/bundling');
const common = { plugins: [withoutUnusedLibraries('browser')], bundle: true, format: 'esm', target: 'es2022', minify: true, sourcemap: false, legalComments: 'linked', logLevel: 'warning', metafile: true };
const page = await build({
    ...common, platform: 'browser', entryPoints: { main: path.join(here, 'src/main.ts') }, outdir: dist,
    define: { __AEV_KEYWORDS__: JSON.stringify(keywords) },
});
const worker = await build({
    ...common, platform: 'browser', entryPoints: { worker: path.join(here, 'src/worker.ts') }, outdir: dist,
    // The PDF and Word renderers are a chunk of their own, loaded with the first download.
    splitting: true, chunkNames: 'chunks/[name]-[hash]',
    // Langium's and the report's Node-only branches are never taken in a worker.
    define: { 'process.env.NODE_ENV': '"production"' },
});
writeFileSync(path.join(here, 'meta.json'), JSON.stringify({ page: page.metafile, worker: worker.metafile }));

for (const file of readdirSync(path.join(here, 'static'))) cpSync(path.join(here, 'static', file), path.join(dist, file), { recursive: true });

// The PDF's fonts and their licence (packages/report/FONTS.md).
const { copyFontsTo } = await import('@arbejdsevne/report/node');
copyFontsTo(path.join(dist, 'fonts'));

// The examples: every case and every exercise (the teacher's key, examples/facit/, stays out).
const examples = path.join(root, 'examples');
const read = (folder, file) => ({ name: file, text: readFileSync(path.join(folder, file), 'utf8') });
const cases = readdirSync(examples).filter(f => f.endsWith('.aev')).sort().map(f => read(examples, f)).map(example => {
    const person = /^arbejdsevne\s+"([^"–]+)/m.exec(example.text)?.[1].trim() ?? example.name;
    const purpose = /^\s*formål:\s*(\S+)/m.exec(example.text)?.[1].replace(/_/g, ' ') ?? '';
    return { ...example, title: purpose ? `${person} – ${purpose}` : person };
});
const exerciseFolder = path.join(examples, 'øvelser');
const exercises = readdirSync(exerciseFolder).filter(f => f.endsWith('.aev'))
    .sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)))
    .map(f => read(exerciseFolder, f))
    .map(example => {
        const [, number, title] = /^\/\/ ØVELSE (\d+): (.+)$/m.exec(example.text) ?? [];
        return { ...example, title: number ? `Øvelse ${number}: ${title}` : example.name };
    });
const welcome = cases.find(c => c.name === 'fie-hansen.aev');
writeFileSync(path.join(dist, 'eksempler.json'), JSON.stringify({ groups: [{ label: 'Øvelser', items: exercises }, { label: 'Sager', items: cases }], welcome }));
