import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { check, createTestServices, repoRoot } from '../helpers.js';
import { readExpectations, sortExpectations } from '../inline-expectations.js';

/**
 * Every `.aev` under examples except the students' exercises (whose key is examples/facit/facit.md,
 * tested in test/examples): its diagnostics are exactly its inline expectations, so the cases and
 * the solutions are clean.
 */
const folders = ['examples'];

function aevFiles(folder: string): string[] {
    const root = path.join(repoRoot, folder);
    return readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter(f => f.endsWith('.aev') && !f.startsWith('øvelser'))
        .map(f => path.join(folder, f))
        .sort();
}

const files = folders.flatMap(aevFiles);

describe('inline expectations', () => {
    test('there are fixtures to run', () => {
        expect(files.length).toBeGreaterThan(0);
    });

    test.each(files)('%s', async file => {
        const text = readFileSync(path.join(repoRoot, file), 'utf8');
        const { expected, config } = readExpectations(text);
        const services = createTestServices(config);
        const { diagnostics } = await check(text, services);
        const actual = sortExpectations(diagnostics.map(d => `${d.range.start.line + 1} ${d.code}`));
        expect(actual, diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).join('\n')).toEqual(expected);
    });
});
