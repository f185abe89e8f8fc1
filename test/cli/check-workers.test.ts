import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';
import { cli, tempDir } from './cli-harness.js';

/** `tjek` on many files runs on worker threads; what it prints must not depend on that. */
describe('tjek on many files', () => {
    const dir = tempDir();
    const sources = [...readdirSync(path.join(repoRoot, 'examples')).filter(f => f.endsWith('.aev')).map(f => path.join(repoRoot, 'examples', f)),
        ...readdirSync(path.join(repoRoot, 'examples', 'øvelser')).map(f => path.join(repoRoot, 'examples', 'øvelser', f))];
    // 42 files in nested folders: each case and exercise twice (findings of every kind), enough to split over 3 threads.
    for (let i = 0; i < 2 * sources.length; i++) {
        const folder = path.join(dir, `mappe-${i % 7}`);
        mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, `sag-${String(i).padStart(3, '0')}.aev`), readFileSync(sources[i % sources.length], 'utf8'));
    }

    test.each(['json', 'text', 'sarif'])('--format %s: the same output on 3 threads as on 1', async format => {
        const one = await cli(['tjek', '--format', format, dir], repoRoot, { ARBEJDSEVNE_TRAADE: '1' });
        const three = await cli(['tjek', '--format', format, dir], repoRoot, { ARBEJDSEVNE_TRAADE: '3' });
        expect(one.code).toBe(1);
        expect(three).toEqual(one);
        if (format === 'json') expect(new Set(JSON.parse(one.stdout).map((d: { file: string }) => d.file)).size).toBeGreaterThan(20);
    }, 120_000);

    test('a file that cannot be read gives the same Danish message from a thread', async () => {
        const broken = path.join(dir, 'mappe-3', 'binær.aev');
        writeFileSync(broken, Buffer.from([0, 1, 2, 3, 255, 254]));
        const one = await cli(['tjek', dir], repoRoot, { ARBEJDSEVNE_TRAADE: '1' });
        const three = await cli(['tjek', dir], repoRoot, { ARBEJDSEVNE_TRAADE: '3' });
        expect(one.code).toBe(2);
        expect(three.code).toBe(2);
        expect(three.stderr).toBe(one.stderr);
        expect(one.stderr).toMatch(/^arbejdsevne: .*binær\.aev er en binær fil, ikke en arbejdsevnebeskrivelse\. Filen er ikke tjekket\.\n$/);
        // The other files are still checked and reported: one bad file in a folder hides nothing else.
        expect(three.stdout).toBe(one.stdout);
        const files = readdirSync(dir, { recursive: true }).filter(f => String(f).endsWith('.aev')).length;
        expect(one.stdout.trim().split('\n').at(-1)).toMatch(new RegExp(`^${files - 1} filer tjekket: \\d+ fejl.* 1 fil kunne ikke læses \\(se ovenfor\\)\\.$`));
        expect(one.stdout).toContain(' fejl ');
    }, 120_000);
});
