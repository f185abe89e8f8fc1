// Benchmark of the checker (not a test): `npm run bench`.
//  1. `arbejdsevne tjek` on 1,000 generated assessments (on every core, and on one thread) and on
//     one 5,000-line assessment, as a user runs it: the real binary, start-up included; each
//     against parsing the same text alone in one warm process (targets: ≤ 1.2 × on one thread,
//     below 1 × on all cores; the long file ≤ 600 ms).
//  2. The cost of the rule catalogue: validating the canonical example against parsing and
//     linking it alone, in-process (target ratio ≤ 2).
// Prints medians; machines are shared and noisy, so compare ratios and rerun before concluding.
import 'object.groupby/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createArbejdsevneServices } from '@arbejdsevne/language';
import { canonical, largeAssessment, smallAssessment } from './generate.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const bin = new URL('../packages/cli/bin/arbejdsevne.js', import.meta.url).pathname;
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = value => `${value.toFixed(0)} ms`;

function timeCli(args, env = {}) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        try {
            execFileSync(process.execPath, [bin, 'tjek', '--format', 'json', ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
        } catch (error) {
            if (error.status !== 1) throw error; // exit 1 = findings, still a completed check
        }
        times.push(performance.now() - start);
    }
    return median(times);
}

const dir = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-bench-'));
try {
    const many = path.join(dir, 'mange');
    mkdirSync(many);
    for (let i = 0; i < 1000; i++) writeFileSync(path.join(many, `sag-${String(i).padStart(4, '0')}.aev`), smallAssessment(i));
    const large = path.join(dir, 'stor.aev');
    const largeText = largeAssessment(5000);
    writeFileSync(large, largeText);

    // Two threads must be asked for (ARBEJDSEVNE_TRAADE): one is the default (check-workers.ts says why).
    const manyMs = timeCli([many], { ARBEJDSEVNE_TRAADE: '2' });
    const manyOneThreadMs = timeCli([many], { ARBEJDSEVNE_TRAADE: '1' });
    const largeMs = timeCli([large]);
    const oneMs = timeCli([path.join(many, 'sag-0000.aev')]);

    // Parsing alone, in one warm process: the floor a whole `tjek` is measured against.
    const parser = createArbejdsevneServices(EmptyFileSystem).Arbejdsevne.parser.LangiumParser;
    const texts = Array.from({ length: 1000 }, (_, i) => smallAssessment(i));
    const parseAll = () => { const start = performance.now(); for (const text of texts) parser.parse(text); return performance.now() - start; };
    const parseLarge = () => { const start = performance.now(); parser.parse(largeText); return performance.now() - start; };
    parseAll(); parseLarge();
    const parseManyMs = median(Array.from({ length: RUNS }, parseAll));
    const parseLargeMs = median(Array.from({ length: RUNS }, parseLarge));
    console.log(`tjek, 1.000 filer, hele processen: median ${ms(manyMs)} på to tråde (${availableParallelism()} kerner), ${ms(manyOneThreadMs)} på én tråd   [${RUNS} kørsler]`);
    console.log(`   parsning alene i én proces: ${ms(parseManyMs)}; forhold én tråd/parsning ${(manyOneThreadMs / parseManyMs).toFixed(2)} (mål ≤ 1.2: ${manyOneThreadMs / parseManyMs <= 1.2 ? 'nået' : 'IKKE nået'}), to tråde/parsning ${(manyMs / parseManyMs).toFixed(2)} (mål < 1: ${manyMs < parseManyMs ? 'nået' : 'IKKE nået'})`);
    console.log(`tjek, én fil på ${largeText.split('\n').length} linjer, hele processen: median ${ms(largeMs)} (mål ≤ 600 ms: ${largeMs <= 600 ? 'nået' : 'IKKE nået'}); parsning alene ${ms(parseLargeMs)}, forhold ${(largeMs / parseLargeMs).toFixed(2)}`);
    console.log(`tjek, én lille fil (opstart):  median ${ms(oneMs)}`);

    // The catalogue's cost, in-process and warm.
    const services = createArbejdsevneServices(EmptyFileSystem).Arbejdsevne;
    services.config.ConfigProvider.setOverrides({ idag: '2026-11-23' });
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    async function buildOnce(validation, n) {
        const uri = URI.parse(`memory:/bench-${n}.aev`);
        const start = performance.now();
        const document = LangiumDocumentFactory.fromString(canonical, uri);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation });
        const elapsed = performance.now() - start;
        LangiumDocuments.deleteDocument(uri);
        return elapsed;
    }
    const parseLink = [];
    const validate = [];
    for (let i = 0; i < 300; i++) {
        // Interleaved so that noise hits both alike.
        parseLink.push(await buildOnce(false, i * 2));
        validate.push(await buildOnce(true, i * 2 + 1));
    }
    const warm = list => list.slice(50);
    const a = median(warm(parseLink));
    const b = median(warm(validate));
    console.log(`kanonisk eksempel, parse+link:           median ${a.toFixed(2)} ms`);
    console.log(`kanonisk eksempel, parse+link+validering: median ${b.toFixed(2)} ms`);
    console.log(`forhold validering/parse+link: ${(b / a).toFixed(2)} (mål ≤ 2.00)`);
} finally {
    rmSync(dir, { recursive: true, force: true });
}
