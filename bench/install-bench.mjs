// Benchmark of what a user installs and starts (not a test): `node bench/install-bench.mjs`, part
// of `npm run bench`, after `npm run build`. Prints each goal of issue 26 beside its measured value:
//  - the .vsix ≤ 2 MiB and the packed CLI (npm pack) ≤ 2.5 MiB;
//  - `arbejdsevne --version` ≤ 2 × a bare `node -e 0` (medians, runs interleaved: the machine is shared);
//  - `arbejdsevne tjek` of one file ≤ 0.25 s (median).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const MiB = 1024 * 1024;
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const verdict = ok => (ok ? 'nået' : 'IKKE nået');

execFileSync('npm', ['run', 'package', '--silent', '-w', 'packages/vscode'], { cwd: root, stdio: 'ignore' });
const vsix = statSync(path.join(root, 'packages/vscode/arbejdsevne.vsix')).size;
const packDir = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-pack-'));
execFileSync('npm', ['pack', '-w', 'packages/cli', '--pack-destination', packDir], { cwd: root, stdio: 'ignore' });
const cli = statSync(path.join(packDir, readdirSync(packDir).find(f => f.endsWith('.tgz')))).size;
rmSync(packDir, { recursive: true, force: true });
console.log(`.vsix:          ${(vsix / MiB).toFixed(2)} MiB (mål ≤ 2 MiB: ${verdict(vsix <= 2 * MiB)})`);
console.log(`pakket CLI:     ${(cli / MiB).toFixed(2)} MiB (mål ≤ 2,5 MiB: ${verdict(cli <= 2.5 * MiB)})`);

const bin = path.join(root, 'packages/cli/bin/arbejdsevne.js');
const example = path.join(root, 'examples/fie-hansen.aev');
const commands = {
    'node -e 0': ['-e', '0'],
    '--version': [bin, '--version'],
    '--help': [bin, '--help'],
    'tjek (én fil)': [bin, 'tjek', example],
};
const times = Object.fromEntries(Object.keys(commands).map(name => [name, []]));
for (let run = 0; run < RUNS; run++) {
    for (const [name, args] of Object.entries(commands)) {
        const start = performance.now();
        spawnSync(process.execPath, args, { stdio: 'ignore' });
        times[name].push(performance.now() - start);
    }
}
const m = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
for (const [name, ms] of Object.entries(m)) console.log(`${name.padEnd(15)} median ${ms.toFixed(0)} ms (${RUNS} kørsler)`);
const ratio = m['--version'] / m['node -e 0'];
console.log(`--version / node -e 0 = ${ratio.toFixed(2)} (mål ≤ 2: ${verdict(ratio <= 2)})`);
console.log(`tjek af én fil: ${(m['tjek (én fil)'] / 1000).toFixed(3)} s (mål ≤ 0,25 s: ${verdict(m['tjek (én fil)'] <= 250)})`);
