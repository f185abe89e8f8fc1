import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, tempDir } from './cli-harness.js';
import { canonical } from '../helpers.js';

type Finding = { line: number; code: string };
async function findings(file: string): Promise<string[]> {
    const { stdout } = await cli(['tjek', '--format', 'json', file]);
    return (JSON.parse(stdout) as Finding[]).map(d => `${d.line} ${d.code}`);
}

describe('arbejdsevne ny', () => {
    test.each(['fleksjob', 'jobafklaringsforløb'])('a skeleton for %s parses, and its findings are only the places to fill in', async outcome => {
        const dir = tempDir();
        const file = path.join(dir, 'ny.aev');
        const { code, stdout } = await cli(['ny', file, '--formål', outcome, '--dato', '2026-11-23', '--navn', 'Fie Hansen']);
        expect(code).toBe(0);
        expect(stdout).toContain(`Oprettede ${file}`);
        const codes = new Set((await findings(file)).map(f => f.split(' ')[1]));
        expect([...codes].sort()).toEqual(['BOR-01', 'GEN-08']);
        expect(readFileSync(file, 'utf8')).toContain(`formål: ${outcome}`);
        expect(readFileSync(file, 'utf8')).toContain('navn: "Fie Hansen"');
    });

    test('a ressourceforløb in 2026 is refused with the reason, and described with --bevilget', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'rf.aev');
        const refused = await cli(['ny', file, '--formål', 'ressourceforløb', '--dato', '2026-11-23']);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('Der kan ikke bevilges nye ressourceforløb efter 31. januar 2026');
        expect(refused.stderr).toContain('--bevilget ÅÅÅÅ-MM-DD');
        const made = await cli(['ny', file, '--formål', 'ressourceforløb', '--dato', '2026-11-23', '--bevilget', '2025-12-01', '--fødselsdato', '1990-05-05']);
        expect(made.code).toBe(0);
        expect(new Set((await findings(file)).map(f => f.split(' ')[1]))).toEqual(new Set(['GEN-08']));
    });

    test('an impossible date is refused before anything is written', async () => {
        const file = path.join(tempDir(), 'x.aev');
        const { code, stderr } = await cli(['ny', file, '--formål', 'fleksjob', '--dato', '2026-13-45']);
        expect(code).toBe(2);
        expect(stderr).toBe('arbejdsevne: --dato skal være en dato som 2026-11-20 eller 20.11.2026, ikke "2026-13-45".\n');
        expect(existsSync(file)).toBe(false);
    });

    test('takes dates written the Danish way, as the language does', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'ny.aev');
        const { code } = await cli(['ny', file, '--formål', 'fleksjob', '--dato', '1.12.2026', '--fødselsdato', '14.6.1979']);
        expect(code).toBe(0);
        const text = readFileSync(file, 'utf8');
        expect(text).toContain('    dato: 2026-12-01\n');
        expect(text).toContain('fødselsdato: 1979-06-14');
        const wrong = await cli(['ny', path.join(dir, 'to.aev'), '--formål', 'fleksjob', '--dato', '31.2.2026']);
        expect(wrong.code).toBe(2);
        // The date as the caseworker wrote it, not as the tool read it.
        expect(wrong.stderr.trim()).toBe('arbejdsevne: --dato skal være en dato som 2026-11-20 eller 20.11.2026, ikke "31.2.2026".');
        expect(existsSync(path.join(dir, 'to.aev'))).toBe(false);
    });

    test('a name with a line break or a quotation mark is refused: it would break the file', async () => {
        const dir = tempDir();
        for (const name of ['Fie\nHansen', 'Fie "F" Hansen']) {
            const { code, stderr } = await cli(['ny', path.join(dir, 'x.aev'), '--formål', 'fleksjob', '--navn', name]);
            expect(code).toBe(2);
            expect(stderr).toContain('--navn må ikke indeholde linjeskift eller anførselstegn');
        }
        expect(readdirSync(dir)).toEqual([]);
    });

    test('refuses seniorførtidspension, abolished in 2020, with the reason', async () => {
        const dir = tempDir();
        const { code, stderr } = await cli(['ny', path.join(dir, 'ny.aev'), '--formål', 'seniorførtidspension']);
        expect(code).toBe(2);
        expect(stderr).toContain('Seniorførtidspension blev afskaffet 1. januar 2020');
    });

    test('refuses to overwrite an existing file', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'sag.aev');
        writeFileSync(file, 'min sag');
        const { code, stderr } = await cli(['ny', file, '--formål', 'fleksjob']);
        expect(code).toBe(2);
        expect(stderr).toContain('findes allerede');
        expect(readFileSync(file, 'utf8')).toBe('min sag');
    });

    test('an unknown outcome is named with the allowed ones', async () => {
        const { code, stderr } = await cli(['ny', path.join(tempDir(), 'x.aev'), '--formål', 'pension']);
        expect(code).toBe(2);
        expect(stderr).toContain('Ukendt formål "pension". Vælg et af: fleksjob, førtidspension');
    });
});

describe('arbejdsevne anonymiser', () => {
    const original = canonical
        .replace('    fødselsdato: 1984-03-12\n', '    cpr: "120384-1234"\n')
        .replace('"Samtale i jobcentret;', '"Samtale i jobcentret med Fie Hansen 10.11.2026;');

    test('names, CPR and dates are gone; intervals and ages stay; the findings are the same', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'sag.aev');
        writeFileSync(file, original.replace('    partshøring høring1: 2026-11-18 "Udkastet sendt i partshøring; borgeren havde ingen bemærkninger" lov FVL § 19\n', ''));
        const { code, stdout } = await cli(['anonymiser', file, '--forskyd', '-100']);
        expect(code).toBe(0);
        const copyFile = path.join(dir, 'sag-anonymiseret.aev');
        expect(stdout).toContain(`Skrev ${copyFile} (datoer flyttet -100 dage)`);
        const copy = readFileSync(copyFile, 'utf8');
        for (const secret of ['Fie', 'Hansen', 'Anna Andersen', '120384', '1984-03-12', 'dato: 2026-11-20', '10.11.2026']) expect(copy).not.toContain(secret);
        expect(copy).toContain('fødselsdato: 1983-12-03');
        expect(copy).toContain('dato: 2026-08-12');
        expect(copy).toContain('2.8.2026');
        expect(await findings(copyFile)).toEqual(await findings(file));
        expect(await findings(copyFile)).toContain('69 PROC-01');
    });

    test('a name or CPR number written twice (GEN-02) is replaced too; an address keeps the line break and the word after it', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'sag.aev');
        writeFileSync(file, original
            .replace('    navn: "Fie Hansen"\n', '    navn: "Fie Hansen"\n    navn: "Lise Gormsen"\n    cpr: "010290-4321"\n')
            .replace('        2013-2019 frisør, Hårhuset (deltid fra 2017)\n', '        2013-2019 frisør, Hårhuset (deltid fra 2017)\n        Bor på Vestergade 12\n        Flyttede fra Nørregade 4 og ind hos søsteren\n'));
        expect((await cli(['anonymiser', file, '-o', path.join(dir, 'kopi.aev')])).code).toBe(0);
        const copy = readFileSync(path.join(dir, 'kopi.aev'), 'utf8');
        for (const secret of ['Lise', 'Gormsen', '010290', '4321', 'Vestergade', 'Nørregade']) expect(copy, secret).not.toContain(secret);
        expect(copy).toContain('        Bor på [adresse]\n        Flyttede fra [adresse] og ind hos søsteren\n');
    });

    test('a shift that would change the rule set is refused', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'sag.aev');
        writeFileSync(file, original);
        const { code, stderr } = await cli(['anonymiser', file, '--forskyd', '60']);
        expect(code).toBe(2);
        expect(stderr).toContain('andet regelsæt');
    });

    test('without --forskyd the dates move back within the same rule set', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'sag.aev');
        writeFileSync(file, canonical);
        const out = path.join(dir, 'kopi.aev');
        expect((await cli(['anonymiser', file, '-o', out])).code).toBe(0);
        const date = /^\s+dato: (\d{4}-\d{2}-\d{2})/m.exec(readFileSync(out, 'utf8'))![1];
        expect(date >= '2026-07-01' && date < '2026-11-20').toBe(true);
        expect(await findings(out)).toEqual([]);
    });
});
