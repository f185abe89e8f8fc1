// Benchmark of the report (not a test): `node bench/report-bench.mjs`.
// Renders the canonical example to PDF 50 times with pdfkit and prints the median, next to the
// same report's HTML printed by Debian's Chromium (page.pdf(), warm) as a ratio.
// Goal: ≤ 60 ms median and ≥ 8× faster than warm Chromium (issue 13).
import 'object.groupby/auto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem } from 'langium';
import { checkText, createArbejdsevneServices } from '@arbejdsevne/language';
import { buildReport, renderHtml, renderReport } from '@arbejdsevne/report';
import { nodeAssets } from '@arbejdsevne/report/node';
import { canonical } from './generate.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const services = createArbejdsevneServices(EmptyFileSystem).Arbejdsevne;
const checked = await checkText(services, canonical);
const model = buildReport(checked.root, checked.diagnostics);
const assets = nodeAssets();

await renderReport(checked, 'pdf', { assets }); // warm-up: fonts parsed, code compiled
const pdfkitTimes = [];
let size = 0;
for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    size = (await renderReport(checked, 'pdf', { assets })).bytes.length;
    pdfkitTimes.push(performance.now() - start);
}
const pdfkitMedian = median(pdfkitTimes);
console.log(`pdfkit:   median ${pdfkitMedian.toFixed(1)} ms over ${RUNS} renders (${(size / 1024).toFixed(0)} KB) – mål ≤ 60 ms`);

const chromium = '/usr/bin/chromium';
if (!existsSync(chromium)) {
    console.log('Chromium findes ikke (apt-get install chromium); sammenligningen er sprunget over.');
    process.exit(0);
}
const { chromium: driver } = await import('playwright-core');
const profile = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-chromium-'));
const browser = await driver.launch({
    executablePath: chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
    const page = await browser.newPage();
    const html = renderHtml(model);
    const print = async () => {
        await page.setContent(html);
        return page.pdf({ format: 'A4', printBackground: true });
    };
    await print();
    const chromeTimes = [];
    for (let i = 0; i < Math.min(RUNS, 20); i++) {
        const start = performance.now();
        await print();
        chromeTimes.push(performance.now() - start);
    }
    const chromeMedian = median(chromeTimes);
    console.log(`Chromium: median ${chromeMedian.toFixed(1)} ms over ${chromeTimes.length} prints (warm)`);
    console.log(`forhold Chromium/pdfkit: ${(chromeMedian / pdfkitMedian).toFixed(1)}× – mål ≥ 8×`);
} finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
}

// Cold start as the user meets it: the whole `arbejdsevne rapport` process against `arbejdsevne tjek`
// on the same file (issue goal: rapport ≤ 1.6 × tjek). The two alternate, so that a busy spell of
// a shared machine falls on both; medians of COLD_RUNS each.
{
    const { execFileSync } = await import('node:child_process');
    const bin = new URL('../packages/cli/bin/arbejdsevne.js', import.meta.url).pathname;
    const file = new URL('../examples/fie-hansen.aev', import.meta.url).pathname;
    const out = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-rapport-'));
    const runs = Number(process.env.COLD_RUNS ?? 21);
    const time = args => {
        const start = performance.now();
        execFileSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
        return performance.now() - start;
    };
    try {
        const tjek = [], rapport = [];
        for (let i = 0; i < runs; i++) {
            tjek.push(time(['tjek', file]));
            rapport.push(time(['rapport', file, '--pdf', path.join(out, 'r.pdf')]));
        }
        console.log(`hele processen (${runs} af hver, skiftevis): tjek median ${median(tjek).toFixed(0)} ms, rapport (PDF) median ${median(rapport).toFixed(0)} ms, forhold ${(median(rapport) / median(tjek)).toFixed(2)} – mål ≤ 1.6`);
    } finally {
        rmSync(out, { recursive: true, force: true });
    }
}
