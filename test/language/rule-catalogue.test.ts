import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES, REGIME_IDS, type RuleDefinition } from '@arbejdsevne/language';
import { canonical, check, createTestServices, repoRoot } from '../helpers.js';
import { readExpectations } from '../inline-expectations.js';

const rules = RULES as readonly RuleDefinition[];
const fixtureDir = path.join(repoRoot, 'test/fixtures/rules');
const fixtures = readdirSync(fixtureDir).filter(f => f.endsWith('.aev')).map(f => ({
    name: f,
    text: readFileSync(path.join(fixtureDir, f), 'utf8'),
}));

describe('the rule catalogue', () => {
    test('holds the 62 rules of legal-rules.md, each id once, each with basis, texts and regimes', () => {
        expect(rules).toHaveLength(62);
        expect(new Set(rules.map(r => r.id)).size).toBe(62);
        for (const rule of rules) {
            expect(rule.id).toMatch(/^(GEN|UDF|BOR|CPR|FD|BV|LAE|RT|FJ|FP|RF|REV|IND|AF|PROC)-\d{2}$/);
            expect(rule.basis.length, rule.id).toBeGreaterThan(0);
            expect(rule.explanation.length, rule.id).toBeGreaterThan(40);
            expect(rule.messages.main.text.length, rule.id).toBeGreaterThan(20);
            for (const regime of rule.regimes ?? []) expect(REGIME_IDS).toContain(regime);
        }
    });

    test('every rule is triggered by a fixture (and the canonical example triggers none)', async () => {
        const triggered = new Set(fixtures.flatMap(f => readExpectations(f.text).expected.map(e => e.split(' ')[1])));
        expect(rules.map(r => r.id).filter(id => !triggered.has(id))).toEqual([]);
        expect((await check(canonical)).diagnostics).toEqual([]);
    });

    test('every rule the canonical example cannot reach has a clean fixture of its own', () => {
        // Rules limited to other outcomes, regimes or profiles than the canonical fleksjob case of REF-2026b.
        const unreachable = rules.filter(r =>
            (r.outcomes && !r.outcomes.includes('fleksjob')) || (r.regimes && !r.regimes.includes('REF-2026b')) || r.profiles);
        const family = (id: string) => id.toLowerCase().split('-')[0];
        const cleanFixtureFor = (id: string) => fixtures.some(f => readExpectations(f.text).expected.length === 0
            && (f.name.startsWith(`${id.toLowerCase()}-clean`) || f.name.startsWith(`${family(id)}-clean`)));
        expect(unreachable.map(r => r.id).filter(id => !cleanFixtureFor(id))).toEqual([]);
    });
});

describe('severity and wording by regime and profile', () => {
    const withoutLae265 = canonical.replace('dokument lægeattest: LÆ265 2026-09-01', 'dokument lægeattest: journaloplysninger 2026-09-01');

    test('LAE-01 is an error until REF-2026a and a provisional warning from REF-2026b', async () => {
        const before = await check(withoutLae265, createTestServices({ regelsæt: 'REF-2026a' }));
        const lae01a = before.diagnostics.find(d => d.code === 'LAE-01')!;
        expect(lae01a.severity).toBe(1);
        expect(lae01a.message).toMatch(/\[Regelsæt REF-2026a\]$/);
        const after = await check(withoutLae265);
        const lae01b = after.diagnostics.find(d => d.code === 'LAE-01')!;
        expect(lae01b.severity).toBe(2);
        expect(lae01b.message).toMatch(/\[Regelsæt REF-2026b; regelgrundlaget er foreløbigt\]$/);
    });

    test('every diagnostic under LAB-2027 says the rule set is provisional', async () => {
        const { diagnostics } = await check(canonical.replace('dato: 2026-11-20', 'dato: 2027-01-15').replace('    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', ''),
            createTestServices({ idag: '2027-01-20' }));
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const d of diagnostics) expect(d.message).toMatch(/\[Regelsæt LAB-2027; regelgrundlaget er foreløbigt\]$/);
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
        expect(fd06.message).toBe('Blokken `helbred` mangler `borgerens_perspektiv`. Skriv borgerens egne ord om, hvordan helbredet påvirker arbejdet (bekendtgørelsens § 4, stk. 3, nr. 3). [Regelsæt REF-2026b; regelgrundlaget er foreløbigt]');
        // On the block keyword `helbred` (line 35 of the canonical example).
        expect(fd06.range).toEqual({ start: { line: 34, character: 0 }, end: { line: 34, character: 7 } });
        expect(fd06.data).toMatchObject({ ruleId: 'FD-06' });
    });
});
