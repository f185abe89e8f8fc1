import { describe, expect, test } from 'vitest';
import { breakLongWords } from '../../packages/report/out/render/pdf/long-words.js';

/** Every character one unit wide: a box of `n` units holds about n characters. */
const measure = (s: string) => Array.from(s).length;

describe('a word wider than its box', () => {
    test('breaks where Danish hyphenation allows, each piece but the last with a hyphen', () => {
        // virk-som-heds-kon-su-lent: as much as fits, then the rest (never "virkso-mhedskonsulent").
        expect(breakLongWords('Jobcentrets virksomhedskonsulent', 16, measure)).toBe('Jobcentrets \nvirksomhedskon-\nsulent');
        expect(breakLongWords('beskæftigelsesindsatsen', 14, measure)).toBe('beskæftigel-\nsesindsatsen');
        expect(breakLongWords('sygedagpengeopfølgning', 14, measure)).toBe('sygedagpenge-\nopfølgning');
    });

    test('a run of letters with no hyphenation point is cut at the box, still with a hyphen', () => {
        const broken = breakLongWords('x'.repeat(40), 12, measure).split('\n');
        expect(broken.slice(0, -1).every(line => line.endsWith('-') && measure(line) <= 12)).toBe(true);
        expect(broken.join('').replace(/-/g, '')).toBe('x'.repeat(40));
    });

    test('a word that fits is left alone, and no soft hyphen is ever left in the text', () => {
        expect(breakLongWords('virksomhedskonsulent', 30, measure)).toBe('virksomhedskonsulent');
        expect(breakLongWords('arbejdsmarkedsuddannelsescenter '.repeat(3), 12, measure)).not.toContain('\u00AD');
    });
});
