// Benchmark of the limits (not a test): `node bench/limits-bench.mjs`, part of `npm run bench`.
//  1. 64,000 broken lines, checked in-process at 8k, 16k, 32k and 64k lines: the time should grow
//     linearly (ratio 64k/8k near 8).
//  2. The peak memory of `arbejdsevne tjek` on 10,000 assessments, as a user runs it (goal: < 400 MB).
//  3. The stress sizes the suite keeps small (test/server/limits.test.ts): 200,000 duplicate ids
//     through `tjek` (1,000 shown and the full count), and one text token just under the 5 MB limit.
// Figures are printed, never asserted.
import 'object.groupby/auto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem } from 'langium';
import { checkText, createArbejdsevneServices } from '@arbejdsevne/language';
import { canonical, smallAssessment } from './generate.mjs';

const services = createArbejdsevneServices(EmptyFileSystem).Arbejdsevne;
const times = {};
for (const lines of [8_000, 16_000, 32_000, 64_000]) {
    const text = `${canonical}\n${'ressource ) ( : ; ]\n'.repeat(lines)}`;
    const start = performance.now();
    await checkText(services, text);
    times[lines] = performance.now() - start;
    console.log(`ødelagte linjer: ${String(lines).padStart(6)} linjer på ${times[lines].toFixed(0)} ms`);
}
console.log(`ødelagte linjer: 64k/8k = ${(times[64_000] / times[8_000]).toFixed(1)} (lineært: 8)`);

const bin = new URL('../packages/cli/bin/arbejdsevne.js', import.meta.url).pathname;
const stress = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-stress-'));
try {
    const duplicates = path.join(stress, 'dubletter.aev');
    writeFileSync(duplicates, canonical.replace('socialt {\n', `socialt {\n${'ressource a:"y"\n'.repeat(200_000)}`));
    let start = performance.now();
    const run = spawnSync(process.execPath, [bin, 'tjek', duplicates], { encoding: 'utf8', maxBuffer: 1 << 30 });
    console.log(`200.000 dubletter: ${((performance.now() - start) / 1000).toFixed(1)} s, kode ${run.status}: ${run.stdout.trim().split('\n').at(-1)}`);
    const { INPUT_LIMIT_BYTES } = await import('@arbejdsevne/language');
    const token = canonical.replace('"Egen læge efter konsultation"', `"${'Lang tekst uden ende. '.repeat(Math.floor((INPUT_LIMIT_BYTES - canonical.length - 100) / 22))}"`);
    start = performance.now();
    const checked = await checkText(services, token);
    console.log(`én tekst på ${(Buffer.byteLength(token) / 1e6).toFixed(1)} MB: ${((performance.now() - start) / 1000).toFixed(1)} s, ${checked.syntaxErrors.length} syntaksfejl`);
} finally {
    rmSync(stress, { recursive: true, force: true });
}

const COUNT = Number(process.env.BENCH_FILES ?? 10_000);
const dir = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-limits-'));
try {
    mkdirSync(path.join(dir, 'sager'));
    for (let i = 0; i < COUNT; i++) writeFileSync(path.join(dir, 'sager', `sag-${i}.aev`), smallAssessment(i));
    const start = performance.now();
    // GNU time's "maximum resident set size" of the whole process.
    const run = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'tjek', '--format', 'json', path.join(dir, 'sager')], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = (performance.now() - start) / 1000;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
    console.log(`tjek på ${COUNT} filer: ${seconds.toFixed(1)} s, højeste hukommelse ${rss ? (Number(rss[1]) / 1024).toFixed(0) : '?'} MB (mål < 400 MB)`);
} finally {
    rmSync(dir, { recursive: true, force: true });
}
