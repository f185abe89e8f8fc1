import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REGIMES, regimeForDate, ruleChanges } from '@arbejdsevne/language';
import { repoRoot } from '../helpers.js';
import { NEXT_REGIME, newestAndNext, withNextRegime } from './next-regime.js';

/** Every example, exercise and solution: the same findings in a rule set added after the newest. */
describe('a rule set added after the newest changes no finding', () => {
    const files = readdirSync(path.join(repoRoot, 'examples'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.aev')).sort();

    test('the added rule set is one entry: dates after its start fall in it', async () => {
        const before = REGIMES.length;
        await withNextRegime(async () => {
            expect(REGIMES.length).toBe(before + 1);
            expect(regimeForDate('2028-03-01').id).toBe(NEXT_REGIME);
            expect(regimeForDate('2027-06-01').id).toBe('LAB-2027');
            // What `regler --forskel` would tell a team: nothing changes until a rule is edited.
            expect(ruleChanges('LAB-2027', NEXT_REGIME)).toEqual([]);
        });
        expect(REGIMES.length).toBe(before);
    });

    test.each(files)('%s', async file => {
        const { newest, next } = await newestAndNext(readFileSync(path.join(repoRoot, 'examples', file), 'utf8'));
        expect(next).toEqual(newest);
    });
});
