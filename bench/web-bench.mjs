// Benchmark of the playground (not a test): `node bench/web-bench.mjs` after `npm run build:web`.
// Serves packages/web/dist as `arbejdsevne web` does and loads it in Debian's Chromium BENCH_RUNS
// times with an empty cache: what the first load transfers (gzip, as a web server would send it)
// and the median time from navigation to the first findings, and to the first report preview.
// Goals: ≤ 1.5 MB gzip on the first load; first findings ≤ 3 s on this machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startWebServer } from '../packages/cli/out/commands/web.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'packages/web/dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startWebServer(dist, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const firstFindings = [];
const firstPreview = [];
let loaded = new Map();
for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
    const page = await context.newPage();
    const files = new Map();
    page.on('requestfinished', request => files.set(new URL(request.url()).pathname, true));
    page.context().on('requestfinished', request => files.set(new URL(request.url()).pathname, true));
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.firstDiagnosticsMs, undefined, { timeout: 60000 });
    firstFindings.push(Number(await page.evaluate(() => document.body.dataset.firstDiagnosticsMs)));
    await page.waitForFunction(() => document.getElementById('preview')?.shadowRoot?.querySelector('h1'), undefined, { timeout: 60000 });
    firstPreview.push(await page.evaluate(() => performance.now()));
    loaded = files;
    await context.close();
}
await browser.close();
await server.close();

let raw = 0;
let gzip = 0;
const rows = [];
for (const pathname of [...loaded.keys()].sort()) {
    const bytes = readFileSync(path.join(dist, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    const packed = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += packed;
    rows.push(`  ${pathname.padEnd(30)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${(packed / 1024).toFixed(0).padStart(5)} KB gzip`);
}
console.log(`Første indlæsning: ${(raw / 1024 / 1024).toFixed(2)} MB, ${(gzip / 1024 / 1024).toFixed(2)} MB gzip – mål ≤ 1,5 MB gzip`);
console.log(rows.join('\n'));
console.log(`Første fund:       median ${median(firstFindings)} ms over ${RUNS} indlæsninger (min ${Math.min(...firstFindings)}, maks ${Math.max(...firstFindings)}) – mål ≤ 3000 ms`);
console.log(`Første rapport:    median ${median(firstPreview).toFixed(0)} ms`);
