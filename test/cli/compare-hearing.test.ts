import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { readability } from '@arbejdsevne/language';
import { cli, tempDir } from './cli-harness.js';
import { canonical } from '../helpers.js';
import { poppler } from '../report/report-helpers.js';

/** A later version of the canonical case: a new barrier, a later document, a changed skånehensyn and a rename. */
const later = canonical
    .replace('    barriere angst:', '    barriere søvn: "Sover dårligt efter smerter om natten" kilde lægeattest\n    barriere angst:')
    .replace('    dokument psykiater:', '    dokument praktik2026: praktikrapport 2026-11-19 "Rapport fra praktik i salon"\n    dokument psykiater:')
    .replace('skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"', 'skånehensyn: "Pauser hver halve time; ikke stående arbejde over en time"')
    .replace(/\bryg\b/g, 'lænd');

function versions(): { dir: string; before: string; after: string } {
    const dir = tempDir();
    const before = path.join(dir, 'før.aev');
    const after = path.join(dir, 'efter.aev');
    writeFileSync(before, canonical);
    writeFileSync(after, later);
    return { dir, before, after };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle)) + 1;

describe('arbejdsevne sammenlign', () => {
    test('one Danish line per change, like tjek; a file with itself: no changes', async () => {
        const { before, after } = versions();
        const { code, stdout } = await cli(['sammenlign', before, after]);
        expect(code).toBe(0);
        expect(stdout.trim().split('\n')).toEqual([
            `${after}:${lineOf(later, 'barriere lænd')}: omdøbt helbred › barriere lænd: ryg → lænd`,
            `${after}:${lineOf(later, 'barriere søvn')}: tilføjet helbred › barriere søvn: "Sover dårligt efter smerter om natten" kilde lægeattest`,
            `${after}:${lineOf(later, 'dokument praktik2026')}: tilføjet dokumentation › dokument praktik2026: praktikrapport 2026-11-19 "Rapport fra praktik i salon"`,
            `${after}:${lineOf(later, 'skånehensyn')}: ændret vurdering › skånehensyn: "Pauser hver time; ikke stående arbejde over to timer" → "Pauser hver halve time; ikke stående arbejde over en time"`,
            '4 ændringer.',
        ]);
        const same = await cli(['sammenlign', before, before]);
        expect(same.stdout.trim()).toBe('Ingen ændringer.');
    });

    test('--format json: kind, block, name, before, after and the line in each file', async () => {
        const { before, after } = versions();
        const list = JSON.parse((await cli(['sammenlign', before, after, '--format', 'json'])).stdout) as Array<Record<string, unknown>>;
        expect(list.map(c => [c.kind, c.block, c.name])).toEqual([
            ['renamed', 'helbred', 'lænd'], ['added', 'helbred', 'søvn'], ['added', 'dokumentation', 'praktik2026'], ['changed', 'vurdering', 'skånehensyn'],
        ]);
        expect(list[3]).toMatchObject({
            before: 'skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"', after: 'skånehensyn: "Pauser hver halve time; ikke stående arbejde over en time"',
            lineBefore: lineOf(canonical, 'skånehensyn'), lineAfter: lineOf(later, 'skånehensyn'),
        });
    });

    test('--pdf, --html and --docx: the change report, "Ændringer siden …", with the new barrier shown as new', async () => {
        const { dir, before, after } = versions();
        const { code, stdout } = await cli(['sammenlign', before, after, '--pdf', path.join(dir, 'æ.pdf'), '--html', path.join(dir, 'æ.html'), '--docx', path.join(dir, 'æ.docx')]);
        expect(code).toBe(0);
        expect(stdout).toContain('Skrev');
        const pdf = poppler('pdftotext', readFileSync(path.join(dir, 'æ.pdf'))).replace(/\s+/g, ' ');
        expect(pdf).toContain('Ændringer siden 20. november 2026');
        expect(pdf).toContain('Ny barriere');
        expect(pdf).toContain('Pauser hver halve time');
        expect(pdf).not.toMatch(/120384-1234/);
        const html = readFileSync(path.join(dir, 'æ.html'), 'utf8');
        expect(html).toContain('Ændringer siden 20. november 2026');
        const docx = await (await JSZip.loadAsync(readFileSync(path.join(dir, 'æ.docx')))).file('word/document.xml')!.async('string');
        expect(docx).toContain('Ny barriere');
    });

    test('a version that is no assessment: its syntax errors, exit code 1, nothing compared', async () => {
        const { dir, before } = versions();
        const broken = path.join(dir, 'brudt.aev');
        writeFileSync(broken, 'borger {\n    navn: "X"\n');
        const { code, stdout, stderr } = await cli(['sammenlign', before, broken]);
        expect(code).toBe(1);
        expect(stdout).toBe('');
        expect(stderr).toContain(`${broken}:`);
        expect(stderr).toContain('der er ikke sammenlignet noget');
    });
});

describe('arbejdsevne partshøring', () => {
    test('the letter names the documents since the last partshøring, speaks to "du" at LIX under 35, and gives the deadline as a date', async () => {
        const { dir, after } = versions();
        const { code, stdout } = await cli(['partshøring', after, '--dato', '2026-11-20']);
        expect(code).toBe(0);
        const file = path.join(dir, 'efter-partshøring.pdf');
        expect(stdout.trim()).toBe(`Skrev ${file}`);
        const text = poppler('pdftotext', readFileSync(file)).replace(/\s+/g, ' ');
        // The last partshøring in the case history is 18 November: only the praktikrapport of 19 November is new.
        expect(text).toContain('Siden 18. november 2026 har vi fået disse oplysninger');
        expect(text).toContain('Rapport fra din praktik');
        expect(text).toContain('Rapport fra praktik i salon');
        expect(text).not.toContain('Erklæring fra en speciallæge');
        expect(text).toMatch(/\bdu\b/);
        expect(text).toContain('Kære Fie');
        expect(text).toContain('senest 4. december 2026');
        expect(text.match(/forvaltningsloven/g)).toHaveLength(1);
        expect(text).not.toContain('UDKAST');
        // What the tool writes itself reads easily (the citizen's own words and the descriptions are not the tool's).
        const own = text.replace(/Nye oplysninger i din sag.*?Du kan få en kopi/, 'Du kan få en kopi').replace(/Fortroligt – indeholder helbredsoplysninger|Side \d+ af \d+/g, '');
        expect(readability(own).lix).toBeLessThan(35);
    });

    test('--siden an earlier version: the new document and the changed facts in plain words; --frist and --docx', async () => {
        const { dir, before, after } = versions();
        const target = path.join(dir, 'brev.docx');
        const { code } = await cli(['partshøring', after, '--siden', before, '--dato', '2026-11-20', '--frist', '2026-12-10', '--docx', target]);
        expect(code).toBe(0);
        const xml = (await (await JSZip.loadAsync(readFileSync(target))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
        expect(xml).toContain('Rapport fra din praktik');
        expect(xml).toContain('De hensyn, der skal tages');
        expect(xml).toContain('Pauser hver halve time');
        expect(xml).toContain('Sover dårligt efter smerter om natten');
        expect(xml).toContain('senest 10. december 2026');
        // A rename is the caseworker's bookkeeping, not news for the citizen.
        expect(xml).not.toContain('lænd');
    });

    test('a letter dated before the documents it tells of is refused (exit 2, nothing written)', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'sag.aev');
        writeFileSync(file, canonical);
        const { code, stderr } = await cli(['partshøring', file, '--dato', '2020-01-01', '--pdf', path.join(dir, 'b.pdf')]);
        expect(code).toBe(2);
        expect(stderr).toContain('Brevets dato (1. januar 2020) ligger før dokumenterne');
        expect(stderr).toContain('lægeattest (1. september 2026)');
        expect(readdirSync(dir)).toEqual(['sag.aev']);
        // A --siden shaped like a date but none is said to be so, not taken for a missing file.
        const month13 = await cli(['partshøring', file, '--siden', '2026-13-01']);
        expect(month13.code).toBe(2);
        expect(month13.stderr).toContain('--siden skal være en dato som 2026-11-20 eller 20.11.2026, ikke "2026-13-01"');
    });

    test('a draft is marked UDKAST; only the masked CPR; a deadline before the letter is refused', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'sag.aev');
        writeFileSync(file, canonical.replace('    fødselsdato: 1984-03-12', '    cpr: "120384-1234"').replace('behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "TODO"'));
        const { code, stderr } = await cli(['partshøring', file, '--dato', '2026-11-20', '--pdf', path.join(dir, 'b.pdf')]);
        expect(code).toBe(1);
        expect(stderr).toContain('UDKAST');
        const text = poppler('pdftotext', readFileSync(path.join(dir, 'b.pdf')));
        expect(text).toContain('UDKAST');
        expect(text).toContain('120384-XXXX');
        expect(text).not.toContain('120384-1234');
        const refused = await cli(['partshøring', file, '--dato', '2026-11-20', '--frist', '2026-11-19']);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('Fristen');
    });
});
