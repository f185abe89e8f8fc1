import { MISSING_TO_CITIZEN } from '@arbejdsevne/language';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, cliProcess, tempDir } from './cli-harness.js';
import { canonical, repoRoot } from '../helpers.js';

describe('arbejdsevne tjek', () => {
    test('the canonical example: no diagnostics, a summary line, exit 0', async () => {
        const { code, stdout, stderr } = await cliProcess(['tjek', 'examples/fie-hansen.aev']);
        expect(stderr).toBe('');
        // No finding; the advice to write til_borgeren (the example has none) is a "råd", not a finding.
        const line = canonical.split('\n').findIndex(l => l.startsWith('vurdering {')) + 1;
        expect(stdout.trim().split('\n')).toEqual([`examples/fie-hansen.aev:${line}:1: råd ${MISSING_TO_CITIZEN}`, '1 fil tjekket: 0 fejl, 0 advarsler, 0 info.']);
        expect(code).toBe(0);
    });

    test('no advice where til_borgeren is written', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'sag.aev'), canonical.replace('    lovgrundlag: LAB § 116\n', '    lovgrundlag: LAB § 116\n    til_borgeren: "Du får et fleksjob med de hensyn, du har brug for."\n'));
        const { code, stdout } = await cli(['tjek', path.join(dir, 'sag.aev')]);
        expect(stdout.trim()).toBe('1 fil tjekket: 0 fejl, 0 advarsler, 0 info.');
        expect(code).toBe(0);
    });

    test('rapport --borgerversion without til_borgeren gives the same advice on stderr and writes the version', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'sag.aev'), canonical);
        const { code, stdout, stderr } = await cli(['rapport', path.join(dir, 'sag.aev'), '--borgerversion', '--html', path.join(dir, 'b.html')]);
        expect(code).toBe(0);
        expect(stdout.trim()).toBe(`Skrev ${path.join(dir, 'b.html')}`);
        expect(stderr.trim()).toBe(`arbejdsevne: råd: ${MISSING_TO_CITIZEN}`);
    });

    test('--format json prints exactly one JSON array and nothing else', async () => {
        const { code, stdout } = await cli(['tjek', '--format', 'json', 'examples/fie-hansen.aev']);
        expect(JSON.parse(stdout)).toEqual([]);
        expect(code).toBe(0);
    });

    test('text output: sti:linje:kolonne: niveau KODE besked, sorted by file and position; exit 1 with errors', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'b.aev'), canonical.replace('    fødselsdato: 1984-03-12\n', '    cpr: "310284-1234"\n'));
        writeFileSync(path.join(dir, 'a.aev'), canonical.replace('ydelse: kontanthjælp', 'ydelse: kontanthjaelp'));
        const { code, stdout } = await cliProcess(['tjek', dir]);
        const lines = stdout.trim().split('\n');
        expect(lines[0]).toBe(`${path.join(dir, 'a.aev')}:7:13: fejl GEN-09 \`kontanthjaelp\` er ikke et af de tilladte ord ved \`ydelse\`. Mente du \`kontanthjælp\`? Tilladte ord: kontanthjælp, uddannelseshjælp, sygedagpenge, ressourceforløbsydelse, revalideringsydelse, ledighedsydelse, fleksløntilskud, førtidspension, seniorførtidspension, arbejdsløshedsdagpenge, selvforsørgelses_og_hjemrejseydelse, løn, ingen. [Tjekket efter reglerne fra 1. juli 2026]`);
        expect(lines[1]).toMatch(new RegExp(`^${path.join(dir, 'b.aev').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:6:10: fejl CPR-01 \`310284-XXXX\` er ikke et gyldigt CPR-nummer`));
        expect(lines.at(-1)).toBe('2 filer tjekket: 2 fejl, 0 advarsler, 0 info.');
        expect(code).toBe(1);
    });

    test('JSON fields: 1-based lines and columns, severity names, rule id or SYNTAX as code', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'syntaks.aev');
        writeFileSync(file, canonical.replace('    visitation: aktivitetsparat\n', '    visitation: aktivitetsparat\n    alder 42\n'));
        const { code, stdout } = await cli(['tjek', '--format', 'json', file]);
        const list = JSON.parse(stdout);
        expect(list).toEqual([{
            file, line: 9, column: 5, endLine: 9, endColumn: 10, severity: 'error', code: 'SYNTAX',
            message: "Uventet 'alder' i blokken borger. Her kan stå: navn, fødselsdato, cpr, ydelse, visitation – eller } for at afslutte blokken.",
        }]);
        expect(code).toBe(1);
    });

    test('--regel changes a severity; --regel KODE=off silences it; warnings alone exit 0', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'cpr.aev');
        writeFileSync(file, canonical.replace('    fødselsdato: 1984-03-12\n', '    cpr: "310284-1234"\n'));
        const asWarning = await cli(['tjek', '--format', 'json', '--regel', 'CPR-01=warning', file]);
        expect(JSON.parse(asWarning.stdout).map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`)).toContain('CPR-01 warning');
        expect(asWarning.code).toBe(0);
        const off = await cli(['tjek', '--format', 'json', '--regel', 'CPR-01=off', '--regel', 'BOR-01=off', file]);
        expect(JSON.parse(off.stdout).map((d: { code: string }) => d.code)).not.toContain('CPR-01');
        // The Danish words mean the same as the English ones.
        const danish = await cli(['tjek', '--format', 'json', '--regel', 'CPR-01=advarsel', '--regel', 'BOR-01=fra', file]);
        expect(JSON.parse(danish.stdout).map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`)).toEqual(
            JSON.parse(asWarning.stdout).map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`).filter((c: string) => !c.startsWith('BOR-01')));
    });

    test('the help is Danish throughout: no English defaults', async () => {
        for (const command of ['tjek', 'rapport', 'ny', 'anonymiser', 'regler', 'lsp']) {
            const { stdout } = await cli([command, '--help']);
            expect(stdout, command).not.toMatch(/default|Usage|Options|Arguments|display help/);
            expect(stdout, command).toContain('Tilvalg:');
        }
    });

    test('--regelsæt overrides the rule set named in messages', async () => {
        const dir = tempDir();
        const file = path.join(dir, 'a.aev');
        writeFileSync(file, canonical.replace('ydelse: kontanthjælp', 'ydelse: kontanthjaelp'));
        const { stdout } = await cli(['tjek', '--regelsæt', 'RP-2025', file]);
        expect(stdout).toContain('[Tjekket efter reglerne fra 1. januar 2025]');
    });

    test('a folder is searched recursively and files are sorted', async () => {
        const dir = tempDir();
        mkdirSync(path.join(dir, 'under', 'dybere'), { recursive: true });
        writeFileSync(path.join(dir, 'under', 'dybere', 'x.aev'), canonical);
        writeFileSync(path.join(dir, 'y.aev'), canonical);
        writeFileSync(path.join(dir, 'noter.txt'), 'ikke en beskrivelse');
        const { code, stdout } = await cli(['tjek', dir]);
        expect(stdout.trim().split('\n').at(-1)).toBe('2 filer tjekket: 0 fejl, 0 advarsler, 0 info.');
        expect(code).toBe(0);
    });
});

describe('bad input: one clear Danish line on stderr, never a stack trace', () => {
    const cases: Array<[string, () => string[], number, RegExp]> = [
        ['a missing file', () => ['tjek', path.join(tempDir(), 'findes-ikke.aev')], 2, /^arbejdsevne: Filen eller mappen findes ikke: .*findes-ikke\.aev$/],
        ['a folder without .aev files', () => ['tjek', tempDir()], 2, /^arbejdsevne: Mappen .* indeholder ingen \.aev-filer\.$/],
        ['a binary file', () => { const f = path.join(tempDir(), 'billede.aev'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])); return ['tjek', f]; }, 2, /^arbejdsevne: .*billede\.aev er en binær fil, ikke en arbejdsevnebeskrivelse\.$/],
        ['a non-UTF-8 file', () => { const f = path.join(tempDir(), 'latin1.aev'); writeFileSync(f, Buffer.from('mål: "S\xf8ren"', 'latin1')); return ['tjek', f]; }, 2, /^arbejdsevne: .*latin1\.aev er ikke gemt som UTF-8\. Gem filen som UTF-8 og prøv igen\.$/],
        ['an unknown option', () => ['tjek', '--farve', 'examples/fie-hansen.aev'], 2, /^arbejdsevne: Ukendt tilvalg: --farve\.$/],
        ['an unknown command', () => ['slet'], 2, /^arbejdsevne: Ukendt kommando: slet\./],
        ['tjek without files', () => ['tjek'], 2, /^arbejdsevne: Der mangler et argument/],
        ['an unknown rule in --regel', () => ['tjek', '--regel', 'XYZ-99=off', 'examples/fie-hansen.aev'], 2, /^arbejdsevne: Ukendt regel "XYZ-99"/],
        ['a malformed --regel', () => ['tjek', '--regel', 'GEN-01', 'examples/fie-hansen.aev'], 2, /^arbejdsevne: --regel skal skrives som KODE=niveau, hvor niveau er fra, info, advarsel eller fejl/],
        ['an unknown rule set', () => ['tjek', '--regelsæt', 'RP-1999', 'examples/fie-hansen.aev'], 2, /^arbejdsevne: Ukendt regelsæt "RP-1999"/],
        ['an unknown profile', () => ['tjek', '--profil', 'streng', 'examples/fie-hansen.aev'], 2, /^arbejdsevne: Ukendt profil "streng"/],
    ];
    test.each(cases)('%s', async (_name, args, exitCode, message) => {
        const { code, stdout, stderr } = await cli(args());
        expect(stderr.trim().split('\n')[0]).toMatch(message);
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(stdout).toBe('');
        expect(code).toBe(exitCode);
    });

    test('a file that reads but does not parse: exit 1 with SYNTAX diagnostics', async () => {
        const f = path.join(tempDir(), 'rod.aev');
        writeFileSync(f, 'borger { % }');
        const { code, stdout } = await cliProcess(['tjek', f]);
        expect(stdout).toContain("fejl SYNTAX Uventet tegn '%'.");
        expect(code).toBe(1);
    });
});

describe('arbejdsevne regler, --version, --help', () => {
    test('regler --format json lists the catalogue with basis and regimes', async () => {
        const { code, stdout } = await cli(['regler', '--format', 'json']);
        const rules = JSON.parse(stdout) as Array<{ id: string; basis: string; regimes: string[]; severity: string }>;
        expect(code).toBe(0);
        expect(rules.map(r => r.id)).toEqual(expect.arrayContaining(['GEN-01', 'GEN-09', 'BOR-01', 'BOR-02', 'CPR-01', 'CPR-02', 'CPR-03']));
        expect(new Set(rules.map(r => r.id)).size).toBe(rules.length);
        const cpr03 = rules.find(r => r.id === 'CPR-03')!;
        expect(cpr03).toMatchObject({ basis: 'GDPR art. 5, stk. 1, litra c (dataminimering); DBL § 11', severity: 'warning', regimes: ['RP-2022', 'RP-2025', 'REF-2026a', 'REF-2026b', 'LAB-2027'] });
    });

    test('regler --format json lists every id of the rule catalogue (test/fixtures/rule-ids.txt), each with its requirement; no text names a file', async () => {
        const ids = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'rule-ids.txt'), 'utf8').split('\n').filter(line => /^[A-Z]+-\d{2}$/.test(line));
        expect(ids.length).toBeGreaterThan(60);
        const { stdout } = await cli(['regler', '--format', 'json']);
        const rules = JSON.parse(stdout) as Array<{ id: string; requirement: string }>;
        expect(rules.map(r => r.id).sort()).toEqual([...new Set(ids)].sort());
        for (const rule of rules) expect(rule.requirement.length, rule.id).toBeGreaterThan(10);
        expect(stdout).not.toMatch(/\bseed\b|\.txt\b|\.md\b|\.ts\b/);
        expect(readFileSync(path.join(repoRoot, 'docs', 'regler.md'), 'utf8').split('\n').slice(3).join('\n')).not.toMatch(/\bseed\b|\.txt\b/);
    });

    test('regler prints each basis as one sentence: no second full stop after "1. pkt."', async () => {
        const { stdout } = await cli(['regler']);
        expect(stdout).toContain('Grundlag: FVL § 24, stk. 1, 1. pkt. Gælder:');
        expect(stdout.split('\n').filter(line => /\.\.(\s|$)/.test(line))).toEqual([]);
    });

    test('regler --forskel lists what starts, stops or changes level between two rule sets, in Danish', async () => {
        const { code, stdout } = await cli(['regler', '--forskel', 'REF-2026a', 'REF-2026b']);
        expect(code).toBe(0);
        const lines = stdout.trim().split('\n');
        expect(lines[0]).toBe('Fra REF-2026a (fra 1. februar 2026) til REF-2026b (fra 1. juli 2026):');
        expect(lines).toContain('LAE-01   niveau: fejl → advarsel  (Lægeattest (LÆ 265) mangler)');
        expect(lines).toContain('RT-01    gælder ikke i REF-2026b (ophørt med lov nr. 1750 af 29/12/2025, trin 2 (pligten til rehabiliteringsteam ophører 1. juli 2026))  (Sagen mangler rehabiliteringsteamet)');
        expect(lines.find(l => l.startsWith('LAE-03'))).toMatch(/^LAE-03   beskeden "Der er ingen sundhedsfaglig rådgivning fra …" kommer til/);
        expect(lines).toContain('LAE-05   gælder ikke i REF-2026b (ophørt med reformen 1. juli 2026 (om LÆ 265 fortsat er obligatorisk, er uafklaret; LAE-01 dækker dokumentationen))  (Lægeattestens indhold mangler)');
        expect(lines.at(-1)).toBe('21 regler ændres.');
        const back = await cli(['regler', '--forskel', 'RP-2025', 'REF-2026a', '--format', 'json']);
        const changes = JSON.parse(back.stdout) as Array<{ id: string; change: string }>;
        expect(changes.filter(c => c.id === 'UDF-01')).toEqual([{ id: 'UDF-01', title: 'Udfaldet kan ikke bevilges i nye sager', change: 'gælder fra REF-2026a' }]);
        const newest = await cli(['regler', '--forskel', 'REF-2026b', 'LAB-2027']);
        expect(newest.stdout.trim().split('\n').slice(1)).toEqual([
            'LAB-2027 er foreløbigt: alle fund efter det slutter med "retsgrundlaget er ikke endeligt afklaret" (se docs/regler.md).',
            'SDP-01   retsgrundlaget bliver foreløbigt  (Revurderingen og forlængelsen er ikke beskrevet)',
            'SDP-02   retsgrundlaget bliver foreløbigt  (Løbende forlængelse ved overgang til jobafklaringsforløb)',
            'SDP-03   retsgrundlaget bliver foreløbigt  (Revurderingstidspunktet er ikke muligt)',
            'SDP-06   gælder fra LAB-2027  (Jobafklaringsforløb afskaffes måske fra 2027)',
            '4 regler ændres.',
        ]);
        const wrong = await cli(['regler', '--forskel', 'REF-2026b']);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toContain('--forskel tager to regelsæt');
    });

    test('--format tekst is the Danish name of the default; a command without its file says which file is missing', async () => {
        const danish = await cli(['tjek', '--format', 'tekst', 'examples/fie-hansen.aev']);
        expect(danish).toEqual(await cli(['tjek', 'examples/fie-hansen.aev']));
        expect((await cli(['rapport'])).stderr.trim()).toBe('arbejdsevne: Der mangler en fil: angiv den .aev-fil, kommandoen skal bruge, fx arbejdsevne rapport sag.aev.');
        expect((await cli(['tjek'])).stderr.trim()).toBe('arbejdsevne: Der mangler et argument: angiv en eller flere filer eller mapper, fx arbejdsevne tjek sag.aev.');
    });

    test('regler as text ends with a count', async () => {
        const { stdout } = await cli(['regler']);
        expect(stdout.trim().split('\n').at(-1)).toMatch(/^\d+ regler\.$/);
        expect(stdout).toContain('GEN-01   fejl     Påkrævet blok mangler');
    });

    test('--version prints the version', async () => {
        const { code, stdout } = await cliProcess(['--version']);
        expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
        expect(code).toBe(0);
    });

    test('--help is Danish', async () => {
        const { code, stdout } = await cli(['--help']);
        expect(stdout).toContain('Brug: arbejdsevne');
        expect(stdout).toContain('Kommandoer:');
        expect(stdout).toContain('tjek [tilvalg] <filer...>');
        expect(code).toBe(0);
        const sub = await cli(['tjek', '--help']);
        expect(sub.stdout).toContain('--regelsæt <id>');
        expect(sub.stdout).toContain('Tilvalg:');
    });
});
