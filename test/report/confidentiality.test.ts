import JSZip from 'jszip';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCprNumbers, maskCprNumbers, nameHasCpr } from '@arbejdsevne/language';
import { cli, tempDir } from '../cli/cli-harness.js';
import { canonical } from '../helpers.js';
import { poppler } from './report-helpers.js';

/** Every separator of the one definition (CPR-03), and the dotted form. */
const OTHERS = [
    ['010190', '-', '1236'], ['150575', '/', '2345'], ['311299', ' ', '3456'], ['010203', '\u2010', '4567'],
    ['290200', '\u2011', '5678'], ['020202', '\u2013', '1235'], ['030303', '\u2212', '2346'], ['040404', '\u00A0', '3457'],
    ['050505', '\u202F', '4568'], ['060606', '', '1237'], ['070707', '\u2015', '2347'],
] as const;
const OWN = '1203841234';
const written = (six: string, sep: string, four: string) => `${six}${sep}${four}`;

/** The canonical case with the citizen's own CPR and others' CPR numbers in every kind of field, the title too. */
const sensitive = canonical
    .replace('arbejdsevne "Fie Hansen – beskrivelse af arbejdsevne"', `arbejdsevne "Fie Hansen ${written(...OTHERS[0])} – beskrivelse"`)
    .replace('    fødselsdato: 1984-03-12\n', '    fødselsdato: 1984-03-12\n    cpr: "120384-1234"\n')
    .replace('"Tæt kontakt til søster, som hjælper med børnene"', `"Tæt kontakt til søster (${written(...OTHERS[1])}), som hjælper med børnene"`)
    .replace('"Kroniske lændesmerter; kan stå højst to timer ad gangen"', `"Kroniske lændesmerter; kan stå højst to timer (journal ${written(...OTHERS[2])})"`)
    .replace('    Jeg vil rigtig gerne arbejde med mennesker igen.', `    Jeg vil rigtig gerne arbejde med mennesker igen (min søn ${written(...OTHERS[3])}).`)
    .replace('"Samtale i jobcentret;', `"Samtale i jobcentret (datter 01.02.03-${OTHERS[4][2]});`)
    .replace('"Egen læge efter konsultation"', `"Egen læge efter konsultation, ${written(...OTHERS[5])}"`)
    .replace('"Gældsrådgivning og budget"', `"Gældsrådgivning og budget for ${written(...OTHERS[6])}"`)
    .replace('ansvarlig "Regionens smerteklinik"', `ansvarlig "Regionens smerteklinik, ${written(...OTHERS[7])}"`)
    .replace('"Pauser hver time; ikke stående arbejde over to timer"', `"Pauser hver time; ${written(...OTHERS[8])}"`)
    .replace('"Gav tryghed; fremmødet steg fra 50 til 90 procent"', `"Gav tryghed ${written(...OTHERS[9])}; fremmødet steg"`)
    .replace('mål "Fleksjob på 12-15 timer om ugen senest 1. juli 2027"', `mål "Fleksjob på 12-15 timer om ugen, ${written(...OTHERS[10])}"`);

/** Ten digits of every CPR number that must not appear in full (separators removed). */
const FORBIDDEN = [...OTHERS.map(([six, , four]) => `${six}${four}`), '0102035678'];

function fullNumbersIn(text: string): string[] {
    const digits = text.replace(/[\s\-/\u2010-\u2015\u2212\u00A0\u202F.]/g, '');
    return [...FORBIDDEN, OWN].filter(n => digits.includes(n));
}

async function docxText(file: string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const parts = await Promise.all(Object.values(zip.files).filter(f => !f.dir).map(f => f.async('string')));
    return parts.join('\n');
}

describe('no CPR number in any output', () => {
    test('the one definition finds every separator and the dotted form, never a longer run of digits', () => {
        for (const [six, sep, four] of OTHERS) expect(findCprNumbers(`x ${six}${sep}${four} y`), JSON.stringify(sep)).toHaveLength(1);
        expect(findCprNumbers('01.02.03-5678')).toHaveLength(1);
        expect(findCprNumbers('sag 2026-1234567, tlf. 12 34 56 78, 01019O-1234, 310284-1234, 11203841234')).toEqual([]);
        expect(maskCprNumbers('søn 010203\u20104567.')).toBe('søn 010203-XXXX.');
        expect(nameHasCpr('fie.010190.1236.pdf')).toBe(true);
        expect(nameHasCpr('fie-hansen-2026-11-20.pdf')).toBe(false);
    });

    test('the forms a hurried paste makes: spaces around the dash, a four-digit year, full-width digits, an invisible character inside', () => {
        for (const text of ['010190 - 1236', '01.01.1990-1236', '\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-\uFF11\uFF12\uFF13\uFF16', '0101\u200B90-1236', '010190-12\u00AD36', '010190\u2060-1236']) {
            const found = findCprNumbers(`søn ${text}.`);
            expect(found, JSON.stringify(text)).toEqual([{ index: 4, length: text.length, masked: '010190-XXXX' }]);
            expect(maskCprNumbers(`søn ${text}.`)).toBe('søn 010190-XXXX.');
        }
        // A period is not a CPR number, written with spaces or with a later year.
        expect(findCprNumbers('ansat 01.08.2005 - 2013 og 01.08.2005-2013')).toEqual([]);
    });

    test('PDF (text, Info, XMP), HTML, DOCX (every part) and the citizen version show none in full', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, sensitive);
        const { code, stderr } = await cli(['rapport', input, '--bilag', '--pdf', path.join(dir, 'sag.pdf'), '--html', path.join(dir, 'sag.html'), '--docx', path.join(dir, 'sag.docx')]);
        expect(code, stderr).toBe(0);
        expect((await cli(['rapport', input, '--borgerversion'])).code).toBe(0);

        const pdf = path.join(dir, 'sag.pdf');
        const pdfText = poppler('pdftotext', readFileSync(pdf));
        expect(pdfText).toContain('120384-XXXX');
        expect(pdfText).toContain('010190-XXXX');
        expect(fullNumbersIn(pdfText)).toEqual([]);
        // Outside the body (metadata, page headers, the browser tab) not even a masked number: the citizen's name instead.
        const info = poppler('pdfinfo', readFileSync(pdf), ['-meta']) + poppler('pdfinfo', readFileSync(pdf));
        expect(info).toContain('Fie Hansen – beskrivelse af arbejdsevne');
        expect(info).not.toMatch(/\d{6}-XXXX|XXXX/);
        const pageHeads = pdfText.split('\f').filter(page => page.trim()).map(page => page.trim().split('\n')[0]);
        expect(pageHeads.length).toBeGreaterThan(2);
        for (const head of pageHeads) expect(head).not.toContain('XXXX');
        const html = readFileSync(path.join(dir, 'sag.html'), 'utf8');
        expect(fullNumbersIn(html)).toEqual([]);
        expect(/<title>([^<]*)<\/title>/.exec(html)![1]).toBe('Fie Hansen – beskrivelse af arbejdsevne');
        const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'sag.docx')));
        for (const part of Object.keys(zip.files).filter(name => /core\.xml$|header\d*\.xml$|footer\d*\.xml$/.test(name))) {
            expect(await zip.file(part)!.async('string'), part).not.toContain('XXXX');
        }
        expect(fullNumbersIn(await docxText(path.join(dir, 'sag.docx')))).toEqual([]);
        const citizen = readFileSync(path.join(dir, 'sag-borgerversion.pdf'));
        expect(fullNumbersIn(poppler('pdftotext', citizen) + poppler('pdfinfo', citizen, ['-meta']))).toEqual([]);
        for (const name of readdirSync(dir)) expect(nameHasCpr(name), name).toBe(false);
    });

    test('--vis-cpr shows the citizen’s own number and no other', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, sensitive);
        expect((await cli(['rapport', input, '--vis-cpr', '--pdf', path.join(dir, 'fuld.pdf')])).code).toBe(0);
        const text = poppler('pdftotext', readFileSync(path.join(dir, 'fuld.pdf')));
        expect(text).toContain('120384-1234');
        expect(fullNumbersIn(text)).toEqual([OWN]);
    });

    test('messages never repeat a CPR number: CPR-03 and syntax errors mask it', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, sensitive.replace('    visitation: aktivitetsparat\n', '    visitation: aktivitetsparat 0101901236\n'));
        const { stdout } = await cli(['tjek', input]);
        expect(stdout).toContain('CPR-03');
        expect(stdout).toContain('SYNTAX');
        expect(fullNumbersIn(stdout.replace(/^.*?:\d+:\d+: /gm, ''))).toEqual([]);
    });
});
