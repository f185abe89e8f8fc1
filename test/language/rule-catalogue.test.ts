import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
    FAMILIES, RULES, REGIME_IDS, between, computeFacts, onwards, regimeById, ruleApplies, runRules, rule, defineFamily, type Assessment,
    type ExecutableRule, type ResolvedConfig,
} from '@arbejdsevne/language';
import { canonical, check, createTestServices, repoRoot } from '../helpers.js';

describe('the rule catalogue', () => {
    test('each id once, each with basis, requirement, texts and known regimes', () => {
        expect(new Set(RULES.map(r => r.id)).size).toBe(RULES.length);
        for (const rule of RULES) {
            expect(rule.basis.length, rule.id).toBeGreaterThan(0);
            expect(rule.requirement.length, rule.id).toBeGreaterThan(10);
            expect(rule.requirement, rule.id).not.toMatch(/TODO/);
            expect(rule.explanation.length, rule.id).toBeGreaterThan(40);
            expect(rule.messages.main.text.length, rule.id).toBeGreaterThan(20);
            for (const span of [rule.regimes, ...Object.values(rule.messages).map(m => m.regimes)]) {
                if (!span) continue;
                expect(REGIME_IDS, rule.id).toContain(span.from);
                // A closed span names the law that ended it.
                if (span.until !== undefined) {
                    expect(REGIME_IDS, rule.id).toContain(span.until);
                    expect(span.endedBy.length, rule.id).toBeGreaterThan(10);
                }
            }
        }
    });

    test('a rule lives in the file of its id prefix, and its family reports only its own ids', () => {
        for (const family of FAMILIES) {
            for (const rule of family.rules) {
                expect(rule.definition.id).toMatch(new RegExp(`^${family.family}-\\d{2}$`));
                expect(rule.definition.family).toBe(family.family);
            }
        }
        const files = readdirSync(path.join(repoRoot, 'packages/language/src/rules'));
        for (const family of FAMILIES) expect(files).toContain(`${family.family.toLowerCase()}.ts`);
    });

    test('every family has its test file (which checks a triggering and a clean case per rule)', () => {
        const tests = readdirSync(path.join(repoRoot, 'test/language/rules'));
        for (const family of FAMILIES) expect(tests).toContain(`${family.family.toLowerCase()}.test.ts`);
    });

    test('the canonical example triggers no rule', async () => {
        expect((await check(canonical)).diagnostics).toEqual([]);
    });
});

describe('the engine gates by the catalogue', () => {
    const config: ResolvedConfig = { profil: 'gældende_ret', regler: {}, problems: [] };
    const stand_in = (spec: Partial<ExecutableRule['definition']>) => ({
        id: 'RF-99', family: 'RF' as const, title: 'Stand-in', requirement: 'Stand-in holds', severity: 'error' as const, basis: '–',
        explanation: 'x', fix: 'x', messages: { main: { text: 'x' } }, ...spec,
    });

    test('a forløb granted before 1 February 2026 is judged under RP-2025 by a rule that follows the grant date', () => {
        const rule = stand_in({ regimes: between('RP-2022', 'RP-2025', 'lov nr. 1750 af 29/12/2025'), regimeBy: 'bevilget', outcomes: ['ressourceforløb'] });
        const regime = regimeById('REF-2026b')!;
        const facts = { regime, caseDate: '2026-09-01', outcome: 'ressourceforløb' as const };
        expect(ruleApplies(rule, facts, config)).toBe(false);
        expect(ruleApplies(rule, { ...facts, grantDate: '2026-01-31' }, config)).toBe(true);
        expect(ruleApplies(rule, { ...facts, grantDate: '2026-02-01' }, config)).toBe(false);
        // Without `regimeBy` the grant date changes nothing.
        expect(ruleApplies({ ...rule, regimeBy: undefined }, { ...facts, grantDate: '2026-01-31' }, config)).toBe(false);
    });

    test('a variant with regimes of its own applies only there; `from` gates inside a regime', () => {
        const rule = stand_in({ messages: { main: { text: 'x' }, late: { text: 'y', regimes: onwards('REF-2026b') } }, from: '2025-07-01' });
        const facts = { regime: regimeById('RP-2025')!, caseDate: '2025-06-30' };
        expect(ruleApplies(rule, facts, config)).toBe(false);
        expect(ruleApplies(rule, { ...facts, caseDate: '2025-07-01' }, config)).toBe(true);
        expect(ruleApplies(rule, { ...facts, caseDate: '2025-07-01' }, config, 'late')).toBe(false);
        expect(ruleApplies(rule, { regime: regimeById('REF-2026b')!, caseDate: '2026-09-01' }, config, 'late')).toBe(true);
    });

    async function runWith(text: string, extra: ReturnType<typeof defineFamily>) {
        const services = createTestServices();
        const { document } = await check(text, services);
        const found: string[] = [];
        const cfg = await services.config.ConfigProvider.getConfig(document);
        const rules = [...FAMILIES.flatMap(f => f.rules), ...extra.rules];
        runRules(document, cfg, rules, (_severity, _message, info) => { found.push(String(info.code)); });
        return found;
    }

    const readsDocumentType = defineFamily('LAE', 'stand-in', {
        'LAE-99': rule({
            title: 'Stand-in', requirement: 'Stand-in holds', severity: 'error', basis: '–', explanation: 'x', fix: 'x',
            reads: ['word:dokumenttype', 'block:dokumentation'],
            messages: { main: { text: 'ingen lægeattest' } },
            check(ctx, report) {
                if (!ctx.nodes.some(n => n.$type === 'Document' && (n as unknown as { type: string }).type === 'LÆ265')) report(ctx.root);
            },
        }),
    });

    test('a misspelt word (GEN-09) silences a rule that reads that word list', async () => {
        const misspelt = canonical.replace('lægeattest: LÆ265', 'lægeattest: LAE265');
        const found = await runWith(misspelt, readsDocumentType);
        expect(found).toContain('GEN-09');
        expect(found).not.toContain('LAE-99');
        // Spelt right but of another type: the stand-in speaks.
        expect(await runWith(canonical.replace('lægeattest: LÆ265', 'lægeattest: LÆ285'), readsDocumentType)).toContain('LAE-99');
    });

    test('a repeated block (GEN-02) silences a rule that reads that block', async () => {
        const twice = canonical.replace('forsørgelse {', 'dokumentation {\n    dokument notat: andet 2026-10-01 "Notat"\n}\n\nforsørgelse {')
            .replace('lægeattest: LÆ265', 'lægeattest: LÆ285');
        const found = await runWith(twice, readsDocumentType);
        expect(found).toContain('GEN-02');
        expect(found).not.toContain('LAE-99');
    });

    test('computeFacts reads the grant date from `sag.bevilget`, and none without it', async () => {
        const { document } = await check(canonical);
        expect(computeFacts(document.parseResult.value as Assessment).grantDate).toBeUndefined();
        const granted = await check(canonical.replace('    dato: 2026-11-20\n', '    dato: 2026-11-20\n    bevilget: 2026-01-31\n'));
        expect(computeFacts(granted.document.parseResult.value as Assessment).grantDate).toBe('2026-01-31');
    });
});

describe('severity and wording by regime and profile', () => {
    const withoutLae265 = canonical.replace('dokument lægeattest: LÆ265 2026-09-01', 'dokument lægeattest: journaloplysninger 2026-09-01');

    test('LAE-01 is an error until REF-2026a and a provisional warning from REF-2026b', async () => {
        const before = await check(withoutLae265, createTestServices({ regelsæt: 'REF-2026a' }));
        const lae01a = before.diagnostics.find(d => d.code === 'LAE-01')!;
        expect(lae01a.severity).toBe(1);
        expect(lae01a.message).toMatch(/\[Tjekket efter reglerne fra 1\. februar 2026\]$/);
        const after = await check(withoutLae265);
        const lae01b = after.diagnostics.find(d => d.code === 'LAE-01')!;
        expect(lae01b.severity).toBe(2);
        expect(lae01b.message).toMatch(/\[Tjekket efter reglerne fra 1\. juli 2026 – retsgrundlaget er ikke endeligt afklaret\]$/);
    });

    test('every diagnostic under LAB-2027 says the rule set is provisional', async () => {
        const { diagnostics } = await check(canonical.replace('dato: 2026-11-20', 'dato: 2027-01-15').replace('    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', ''),
            createTestServices({ idag: '2027-01-20' }));
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const d of diagnostics) expect(d.message).toMatch(/\[Tjekket efter reglerne fra 1\. januar 2027 – retsgrundlaget er ikke endeligt afklaret\]$/);
    });

    test('UDF-02 is a warning under gældende_ret and information under ds_anbefalinger', async () => {
        const text = canonical.replace('formål: fleksjob', 'formål: udviklingsfleksjob').replace('indstilling: fleksjob', 'indstilling: udviklingsfleksjob');
        expect((await check(text)).diagnostics.find(d => d.code === 'UDF-02')!.severity).toBe(2);
        expect((await check(text, createTestServices({ profil: 'ds_anbefalinger' }))).diagnostics.find(d => d.code === 'UDF-02')!.severity).toBe(3);
    });

    test('a rule switched off is silent; a severity override applies to every variant', async () => {
        const text = canonical.replace('    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', '');
        expect((await check(text, createTestServices({ regler: { 'FD-05': 'off' } }))).diagnostics).toEqual([]);
        expect((await check(text, createTestServices({ regler: { 'FD-05': 'info' } }))).diagnostics.map(d => d.severity)).toEqual([3]);
    });

    test('messages are Danish, name the basis and sit on the smallest node', async () => {
        const { diagnostics } = await check(canonical.replace('    borgerens_perspektiv: "Jeg kan godt arbejde, bare ikke stående en hel dag."\n', ''));
        expect(diagnostics).toHaveLength(1);
        const [fd06] = diagnostics;
        expect(fd06.code).toBe('FD-06');
        expect(fd06.message).toBe('Blokken `helbred` mangler `borgerens_perspektiv`. Skriv borgerens egne ord om, hvordan helbredet påvirker arbejdet (bekendtgørelse om rehabiliteringsplan, forberedende del; retssikkerhedslovens § 4). [Tjekket efter reglerne fra 1. juli 2026 – retsgrundlaget er ikke endeligt afklaret]');
        // On the block keyword `helbred` (line 36 of the canonical example).
        expect(fd06.range).toEqual({ start: { line: 35, character: 0 }, end: { line: 35, character: 7 } });
        expect(fd06.data).toMatchObject({ ruleId: 'FD-06' });
    });
});

describe('GEN-07 knows every law of the catalogue', () => {
    test('each abbreviation the catalogue lists is a known law', async () => {
        // The catalogue's list for GEN-07 ("The law list includes at least …", revision 2).
        const list = ['LAB', 'LAS', 'LSP', 'SEL', 'SUL', 'RSL', 'FVL', 'OFL', 'SDL', 'LOB', 'DBL', 'KHL', 'INL', 'FLL'];
        const { LAW_ABBREVIATIONS } = await import('@arbejdsevne/language');
        expect(list.filter(law => !LAW_ABBREVIATIONS.includes(law))).toEqual([]);
        for (const law of list) {
            const text = canonical.replace('lovgrundlag: LAB § 116', `lovgrundlag: LAB § 116, ${law} § 1`);
            expect((await check(text)).diagnostics.filter(d => d.code === 'GEN-07' && d.severity === 1), law).toEqual([]);
        }
    });
});
