import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, tempDir } from './cli-harness.js';
import { canonical } from '../helpers.js';

/** arbejdsevne.json next to or above the file; CLI options win over it. */
describe('arbejdsevne.json', () => {
    const withCprError = canonical.replace('    fødselsdato: 1984-03-12\n', '    cpr: "310284-1234"\n');

    test('a rule severity from a file in a parent folder applies', async () => {
        const dir = tempDir();
        mkdirSync(path.join(dir, 'sager', '2026'), { recursive: true });
        writeFileSync(path.join(dir, 'arbejdsevne.json'), JSON.stringify({ regler: { 'CPR-01': 'warning' } }));
        const file = path.join(dir, 'sager', '2026', 'a.aev');
        writeFileSync(file, withCprError);
        const { code, stdout } = await cli(['tjek', '--format', 'json', file]);
        expect(JSON.parse(stdout).filter((d: { code: string }) => d.code === 'CPR-01').map((d: { severity: string }) => d.severity)).toEqual(['warning']);
        expect(code).toBe(0);
    });

    test('the nearest file wins, and a CLI option wins over the file', async () => {
        const dir = tempDir();
        mkdirSync(path.join(dir, 'under'));
        writeFileSync(path.join(dir, 'arbejdsevne.json'), JSON.stringify({ regler: { 'CPR-01': 'off' } }));
        writeFileSync(path.join(dir, 'under', 'arbejdsevne.json'), JSON.stringify({ regler: { 'CPR-01': 'info' } }));
        const file = path.join(dir, 'under', 'a.aev');
        writeFileSync(file, withCprError);
        const fromFile = await cli(['tjek', '--format', 'json', file]);
        expect(JSON.parse(fromFile.stdout).find((d: { code: string }) => d.code === 'CPR-01')?.severity).toBe('info');
        const fromOption = await cli(['tjek', '--format', 'json', '--regel', 'CPR-01=error', file]);
        expect(JSON.parse(fromOption.stdout).find((d: { code: string }) => d.code === 'CPR-01')?.severity).toBe('error');
    });

    test('a malformed file gives one clear diagnostic naming the file and the problem; the check runs with defaults', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'arbejdsevne.json'), '{ "profil": "gældende_ret", }');
        const file = path.join(dir, 'a.aev');
        writeFileSync(file, withCprError);
        const { stdout } = await cli(['tjek', '--format', 'json', file]);
        const list = JSON.parse(stdout) as Array<{ code: string; severity: string; message: string; line: number }>;
        const problems = list.filter(d => d.code === 'KONFIGURATION');
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatchObject({ severity: 'warning', line: 1 });
        expect(problems[0].message).toContain(path.join(dir, 'arbejdsevne.json'));
        expect(problems[0].message).toContain('ugyldig JSON ved linje 1, kolonne 29');
        expect(problems[0].message).not.toMatch(/Expected|position/);
        expect(list.find(d => d.code === 'CPR-01')?.severity).toBe('error');
    });

    test('unknown keys, rules and severities are named', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'arbejdsevne.json'), JSON.stringify({ profil: 'streng', regler: { 'XYZ-1': 'off', 'CPR-01': 'højt' }, farve: 'blå' }));
        const file = path.join(dir, 'a.aev');
        writeFileSync(file, canonical);
        const { stdout } = await cli(['tjek', file]);
        expect(stdout.split('\n').filter(l => l.includes('KONFIGURATION'))).toHaveLength(1);
        expect(stdout).toContain('"profil" skal være "gældende_ret" eller "ds_anbefalinger", ikke "streng"');
        expect(stdout).toContain('ukendt regel "XYZ-1"');
        expect(stdout).toContain('"CPR-01" skal være "fra", "info", "advarsel" eller "fejl", ikke "højt"');
        expect(stdout).toContain('ukendt nøgle "farve"');
    });
});
