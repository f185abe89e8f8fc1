import { describe, expect, test } from 'vitest';
import { REGIMES, UDFALD, assessmentSkeleton, skeletonRefusal, type SkeletonOptions } from '@arbejdsevne/language';
import { check, createTestServices } from '../helpers.js';

/** The findings that only name a place still to fill in (issue: `ny` knows the date), and SDP-06's note on the 2027 rule set. */
const TO_FILL_IN = new Set(['GEN-08', 'BOR-01', 'UDF-02', 'SDP-06']);
const OUTCOMES = UDFALD.filter(o => o !== 'seniorførtidspension');

async function findingsOf(outcome: string, options: SkeletonOptions): Promise<string[]> {
    // "Today" is the case date, so no date lies in the future (GEN-03).
    const { diagnostics } = await check(assessmentSkeleton(outcome, options), createTestServices({ idag: options.date }));
    return diagnostics.map(d => `${d.range.start.line + 1} ${d.code}`);
}

describe('a new assessment knows the rules of its date', () => {
    const matrix = REGIMES.flatMap(regime => OUTCOMES.map(outcome => [regime.id, regime.from, outcome] as const));

    test.each(matrix)('%s (%s), %s: refused with a reason, or only places to fill in', async (_regime, date, outcome) => {
        const refusal = skeletonRefusal(outcome, { date });
        if (refusal) {
            // Only the outcomes the 2026 reform abolished are refused, and a grant date is the way on.
            expect(['ressourceforløb', 'revalidering']).toContain(outcome);
            expect(date > '2026-01-31').toBe(true);
            expect(refusal.grantDateHelps).toBe(true);
            expect(refusal.text).toContain('31. januar 2026');
            return;
        }
        const findings = await findingsOf(outcome, { date });
        expect(findings.filter(f => !TO_FILL_IN.has(f.split(' ')[1]))).toEqual([]);
        expect(findings.some(f => f.endsWith('BOR-01'))).toBe(true);
    });

    test.each(['ressourceforløb', 'revalidering'])('a running %s granted before February 2026 can be described in 2026', async outcome => {
        const options = { date: '2026-03-02', granted: '2026-01-15' };
        expect(skeletonRefusal(outcome, options)).toBeUndefined();
        const text = assessmentSkeleton(outcome, options);
        expect(text).toContain('    bevilget: 2026-01-15');
        const findings = await findingsOf(outcome, options);
        expect(findings.filter(f => !TO_FILL_IN.has(f.split(' ')[1]))).toEqual([]);
        // A grant after the cut-off does not open the door.
        expect(skeletonRefusal(outcome, { date: '2026-03-02', granted: '2026-02-01' })?.grantDateHelps).toBe(true);
        expect(skeletonRefusal(outcome, { date: '2026-03-02', granted: '2026-02-01' })?.text).toMatch(/^Bevillingsdatoen 1\. februar 2026 er efter 31\. januar 2026, så forløbet er nyt\. /);
    });

    test('the rehabiliteringsteam is in the skeleton exactly where the rule set asks for it (RT-01)', () => {
        expect(assessmentSkeleton('fleksjob', { date: '2026-06-30' })).toContain('rehabiliteringsteam team1: 2026-06-30');
        expect(assessmentSkeleton('fleksjob', { date: '2026-07-01' })).not.toContain('rehabiliteringsteam');
        expect(assessmentSkeleton('anden_indsats', { date: '2026-03-01' })).not.toContain('rehabiliteringsteam');
    });

    test('name and birth date fill in their places; every other date is the case date', async () => {
        const text = assessmentSkeleton('fleksjob', { date: '2026-11-02', name: 'Fie Hansen', birthDate: '1984-03-12' });
        expect(text).toContain('arbejdsevne "Fie Hansen – beskrivelse af arbejdsevne"');
        expect(text).toContain('    navn: "Fie Hansen"');
        expect(text).toContain('    fødselsdato: 1984-03-12');
        const dates = text.match(/\d{4}-\d{2}-\d{2}/g)!;
        expect(new Set(dates)).toEqual(new Set(['2026-11-02', '1984-03-12']));
        const findings = await findingsOf('fleksjob', { date: '2026-11-02', name: 'Fie Hansen', birthDate: '1984-03-12' });
        expect(findings.filter(f => !f.endsWith('GEN-08'))).toEqual([]);
    });

    test('impossible dates and abolished outcomes are refused in Danish', () => {
        expect(skeletonRefusal('fleksjob', { date: '2026-13-45' })?.text).toBe('Datoen "2026-13-45" er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, fx 2026-11-23.');
        expect(skeletonRefusal('fleksjob', { date: '2026-11-02', birthDate: '1984-02-30' })?.text).toContain('Fødselsdatoen "1984-02-30" er ikke en gyldig dato');
        expect(skeletonRefusal('seniorførtidspension', { date: '2026-11-02' })?.text).toContain('afskaffet 1. januar 2020');
        expect(skeletonRefusal('pension', { date: '2026-11-02' })?.text).toContain('Ukendt formål "pension"');
        expect(skeletonRefusal('fleksjob', { date: '2026-01-02', granted: '2026-01-03' })?.text).toContain('ligger efter sagens dato');
    });
});

describe('the citizen version has its own words to be written', () => {
    test('a new assessment holds til_borgeren, marked as a place to fill in (GEN-08)', async () => {
        const text = assessmentSkeleton('fleksjob', { date: '2026-11-20' });
        const line = text.split('\n').findIndex(l => l.trimStart().startsWith('til_borgeren:')) + 1;
        expect(line).toBeGreaterThan(0);
        expect(await findingsOf('fleksjob', { date: '2026-11-20' })).toContain(`${line} GEN-08`);
    });
});
