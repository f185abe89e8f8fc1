import type * as ast from '../generated/ast.js';
import { addMonths, danishLongDate } from '../semantics/dates.js';
import { block, citizenFacts, events } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';
import { onwards } from '../legal/regimes.js';

/** AF: the right to an afklaring (LAB § 36 a, and DS's recommendation). */

/** Since when the citizen has had kontanthjælp: `borger.ydelse siden`, else the open line of forsørgelse. */
function onKontanthjaelpSince(root: ast.Assessment): string | undefined {
    const benefit = citizenFacts(root).benefit;
    if (benefit?.value !== 'kontanthjælp') return undefined;
    if (benefit.since) return benefit.since;
    return block(root, 'forsørgelse')?.periods.find(p => p.open && p.benefit === 'kontanthjælp')?.from;
}

export default defineFamily('AF', 'Afklaring', {
    'AF-01': rule({
        title: 'Afklaring efter LAB § 36 a mangler', severity: 'warning', usikker: onwards('REF-2026b'), reads: ['word:ydelse', 'word:visitation', 'block:sagsforløb'], basis: 'LAB § 36 a',
        explanation: 'Fra 1. juli 2025 skal aktivitetsparate på kontanthjælp, der er fyldt 30 og har fået kontanthjælp i to år, have en afklaring – og igen hvert andet år (LAB § 36 a).',
        fix: 'Tilføj `afklaring navn: <dato> "…" lov LAB § 36 a` i `sagsforløb`.',
        messages: { main: { text: 'Borgeren har fået kontanthjælp siden {since} og er aktivitetsparat og over 30 år, men der er ingen afklaring efter LAB § 36 a inden for de seneste to år. Tilføj `afklaring navn: <dato> "…" lov LAB § 36 a`.' } },
        requirement: 'En borger på kontanthjælp i to år har fået en afklaring',
        from: '2025-07-01',
        check(ctx, report) {
            const history = block(ctx.root, 'sagsforløb');
            const since = onKontanthjaelpSince(ctx.root);
            if (!history || !since || !ctx.caseDate) return;
            const twoYearsBefore = addMonths(ctx.caseDate, -24);
            const aktivitetsparat = citizenFacts(ctx.root).visitation?.value === 'aktivitetsparat';
            const recent = events(ctx.root).some(e => e.kind === 'afklaring' && e.date <= ctx.caseDate! && e.date >= twoYearsBefore);
            if (aktivitetsparat && ctx.age !== undefined && ctx.age >= 30 && since <= twoYearsBefore && !recent) {
                report(history, { keyword: 'sagsforløb', args: { since: danishLongDate(since) }, owns: 'afklaring' });
            }
        },
    }),
    'AF-02': rule({
        title: 'Ret til afklaring efter ét år (anbefaling)', severity: 'info', reads: ['afklaring', 'word:ydelse', 'block:sagsforløb'], profiles: ['ds_anbefalinger'], basis: 'Dansk Socialrådgiverforening, »Tilliden tilbage« (2022)',
        explanation: 'Dansk Socialrådgiverforening anbefaler en ret til afklaring efter ét år på kontanthjælp ("Tilliden tilbage", 2022). Det er en anbefaling, ikke lov.',
        fix: 'Overvej en afklaring, og skriv den i `sagsforløb`.',
        messages: { main: { text: 'Borgeren har fået kontanthjælp i mere end et år uden en afklaring. Dansk Socialrådgiverforening anbefaler en afklaring efter ét år ("Tilliden tilbage").' } },
        requirement: 'En borger på kontanthjælp i over et år har fået en afklaring',
        check(ctx, report) {
            const history = block(ctx.root, 'sagsforløb');
            const since = onKontanthjaelpSince(ctx.root);
            if (!history || !since || !ctx.caseDate) return;
            const clarified = events(ctx.root).some(e => e.kind === 'afklaring' && e.date <= ctx.caseDate!);
            if (since < addMonths(ctx.caseDate, -12) && !clarified) report(history, { keyword: 'sagsforløb' });
        },
    }),
});
