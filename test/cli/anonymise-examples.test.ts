import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { addDays, anonymise, endOfMonth, caseFacts, citizenFacts, proseText, type Assessment } from '@arbejdsevne/language';
import { check, repoRoot } from '../helpers.js';

/** Every example, with identifying details added where a caseworker would put them, anonymised. */
const dir = path.join(repoRoot, 'examples');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.aev')).sort();

const DATE = /(?<![\d-])(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?![\d-])/g;
const LONG = /\b\d{1,2}\. (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}\b/g;
const IDENTIFYING = ['120384-1234', '120384\u20111234', '12.03.84-1234', '1203841234', '12 34 56 78', '+45 87 65 43 21', 'fie.hansen@mail.dk', 'Nørregade 12, 2. th', '8000 Aarhus', '12. marts 2019'];

function wordsOf(prose: string | undefined): string[] {
    return (prose ?? '').split(/[\s,]+/).filter(w => /^\p{Lu}/u.test(w) && w !== 'Kommune');
}

describe('anonymiser on every example', () => {
    test.each(files)('%s: no name, date, CPR number, address or phone number survives', async file => {
        const original = readFileSync(path.join(dir, file), 'utf8');
        const { root } = await check(original);
        const name = proseText(citizenFacts(root).name?.value);
        const first = name.split(' ')[0];
        // What a caseworker adds: a note in a comment, the citizen's name in capitals and genitive, contact details.
        const text = `// Borger: ${name}, cpr 120384-1234, tlf. 12 34 56 78\n/* ${name.toUpperCase()} ringede 12. marts 2019 */\n`
            + original.replace(/^arbejdsevne "([^"]*)"/m, `arbejdsevne "$1 – ${name.toUpperCase()}S SAG, ${first}s mor: 120384\u20111234 / 12.03.84-1234 / 1203841234, +45 87 65 43 21, fie.hansen@mail.dk, Nørregade 12, 2. th, 8000 Aarhus C, 12. marts 2019"`);
        const { document } = await check(text);
        const result = anonymise(text, document.parseResult.value as Assessment, {});
        const copy = result.text;
        const names = [...wordsOf(name), ...wordsOf(proseText(caseFacts(root).caseworker?.value).split(',')[0]), ...wordsOf(proseText(caseFacts(root).municipality?.value))];
        for (const word of names) expect(copy, word).not.toMatch(new RegExp(`(?<![\\p{L}])${word}s?(?![\\p{L}])`, 'iu'));
        for (const detail of IDENTIFYING) expect(copy, detail).not.toContain(detail);
        expect(copy).not.toMatch(/\/\/|\/\*/);
        // Every date moved by the same number of days, none left where it was; a revurdering stays on a month's last day (SDP-03).
        expect(result.shiftDays).not.toBe(0);
        const source = text.replace(/^(\/\/|\/\*).*\n/gm, '');
        const before = [...source.matchAll(DATE)].map(m => m[1]);
        const isReassessment = [...source.matchAll(DATE)].map(m => source.slice(0, m.index).endsWith('revurdering: '));
        const after = [...copy.matchAll(DATE)].map(m => m[1]);
        expect(after.length).toBe(before.length);
        after.forEach((date, i) => {
            const iso = date.includes('.') ? date.split('.').reverse().map(p => p.padStart(2, '0')).join('-') : date;
            const was = before[i].includes('.') ? before[i].split('.').reverse().map(p => p.padStart(2, '0')).join('-') : before[i];
            expect(iso).toBe(isReassessment[i] ? endOfMonth(addDays(was, result.shiftDays)) : addDays(was, result.shiftDays));
        });
        expect([...copy.matchAll(LONG)].map(m => m[0])).not.toContain('12. marts 2019');
        // The copy has the same findings as the original (the shift keeps the rule set and the revurdering's month end),
        // but for the CPR numbers this test added, which the copy no longer holds.
        // An invalid CPR number (CPR-01) is dropped, not turned into a birth date: that copy lacks one on purpose.
        const codesOf = async (t: string) => (await check(t)).diagnostics.map(d => String(d.code)).filter(c => !c.startsWith('CPR-')).sort();
        if (!(await check(original)).diagnostics.some(d => d.code === 'CPR-01')) expect(await codesOf(copy)).toEqual(await codesOf(text));
    });
});
