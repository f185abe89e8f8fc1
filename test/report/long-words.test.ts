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

    test('a web or e-mail address and a number get no hyphen: they break after their own separators, or where they must', () => {
        const measure = (s: string) => s.length * 5;
        const url = breakLongWords('https://www.borger.dk/arbejde-dagpenge-ferie/fleksjob', 100, measure);
        expect(url.split('\n').join('')).toBe('https://www.borger.dk/arbejde-dagpenge-ferie/fleksjob');
        expect(url).not.toMatch(/[^/.@_\-:?&=]\n/);
        const mail = breakLongWords('anna.andersen@eksempel-kommune.dk', 80, measure);
        expect(mail.split('\n').join('')).toBe('anna.andersen@eksempel-kommune.dk');
        const number = breakLongWords('12345678901234567890', 50, measure);
        expect(number.split('\n').join('')).toBe('12345678901234567890');
        expect(number).not.toContain('-');
    });

    test('a word that fits is left alone, and no soft hyphen is ever left in the text', () => {
        expect(breakLongWords('virksomhedskonsulent', 30, measure)).toBe('virksomhedskonsulent');
        expect(breakLongWords('arbejdsmarkedsuddannelsescenter '.repeat(3), 12, measure)).not.toContain('\u00AD');
    });
});
