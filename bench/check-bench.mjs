// Benchmark of the checker (not a test): `npm run bench`.
//  1. `arbejdsevne tjek` on 1,000 generated assessments (target ≤ 5 s) and on one 5,000-line
//     assessment (target ≤ 1 s), as a user runs it: the real binary, start-up included.
//  2. The cost of the rule catalogue: validating the canonical example against parsing and
//     linking it alone, in-process (target ratio ≤ 2).
// Prints medians; machines are shared and noisy, so compare ratios and rerun before concluding.
import 'object.groupby/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createArbejdsevneServices } from '@arbejdsevne/language';
import { canonical, largeAssessment, smallAssessment } from './generate.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const bin = new URL('../packages/cli/bin/arbejdsevne.js', import.meta.url).pathname;
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = value => `${value.toFixed(0)} ms`;

function timeCli(args) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        try {
            execFileSync(process.execPath, [bin, 'tjek', '--format', 'json', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
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

    const manyMs = timeCli([many]);
    const largeMs = timeCli([large]);
    const oneMs = timeCli([path.join(many, 'sag-0000.aev')]);
    console.log(`tjek, 1.000 filer:            median ${ms(manyMs)} (mål ≤ 5000 ms)   [${RUNS} kørsler]`);
    console.log(`tjek, én fil på ${largeText.split('\n').length} linjer: median ${ms(largeMs)} (mål ≤ 1000 ms)`);
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
