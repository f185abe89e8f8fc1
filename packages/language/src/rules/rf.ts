import * as ast from '../generated/ast.js';
import { LAST_GRANT_UNDER_OLD_RULES, between, onwards } from '../legal/regimes.js';
import { wordInText } from '../legal/enumerations.js';
import { addMonths, danishLongDate } from '../semantics/dates.js';
import type { CheckContext } from './rule.js';
import { attribute, block, conclusionFacts, plannedMeasures, sectorsOf } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';

/** RF: ressourceforløb, where one could still be granted (RP-2022, RP-2025, or granted by 31 January 2026). */

/**
 * A provision as cited for a forløb: after 31 January 2026 the chapter no longer stands in the law in
 * force, so the citation names the former one.
 */
function citation(ctx: CheckContext, provision: string): string {
    return ctx.caseDate && ctx.caseDate > LAST_GRANT_UNDER_OLD_RULES ? `${provision} i det tidligere gældende kapitel 19 i lov om en aktiv beskæftigelsesindsats, jf. LBK nr. 280 af 1. marts 2024` : provision;
}

/** The periods of the planned measures, with the first start and the last end. */
function planSpan(root: ast.Assessment): { periods: ast.Period[]; from: string; to: string } | undefined {
    const periods = plannedMeasures(root).map(m => attribute(m, ast.isPeriod)).filter((p): p is ast.Period => !!p);
    if (periods.length === 0) return undefined;
    return { periods, from: periods.map(p => p.from).sort()[0], to: periods.map(p => p.to).sort().at(-1)! };
}

export default defineFamily('RF', 'Ressourceforløb', {
    'RF-01': rule({
        title: 'Ressourceforløb uden udviklingsperspektiv', severity: 'error', reads: ['word:arbejdsevne'],
        outcomes: ['ressourceforløb'], regimes: between('RP-2022', 'RP-2025', 'lov nr. 1750 af 29/12/2025 (ingen nye forløb fra 1. februar 2026)'), regimeBy: 'bevilget', usikker: onwards('REF-2026a'), basis: 'LAB § 112 (tidl. § 68 a)',
        explanation: 'Ressourceforløb forudsætter et udviklingsperspektiv: arbejdsevnen skal kunne udvikles (LAB § 112).',
        fix: 'Tilføj `udviklingsperspektiv: "…"`, og vurder arbejdsevnen som `nedsat_kan_udvikles`.',
        messages: {
            main: { text: 'Ressourceforløb kræver et udviklingsperspektiv (LAB § 112). Tilføj `udviklingsperspektiv: "…"` i `vurdering`.' },
            capacity: { text: 'Ressourceforløb kræver, at arbejdsevnen kan udvikles (LAB § 112), men den er vurderet som {capacity}. Brug `nedsat_kan_udvikles`, eller vælg et andet udfald.' },
        },
        requirement: 'Arbejdsevnen kan udvikles, og udviklingsperspektivet er beskrevet',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (!c.block) return;
            if (!c.developmentPerspective) report(c.block, { keyword: 'vurdering' });
            if (c.workCapacity && c.workCapacity.value !== 'nedsat_kan_udvikles') {
                report(c.workCapacity, { property: 'value', variant: 'capacity', args: { capacity: wordInText(c.workCapacity.value) } });
            }
        },
    }),
    'RF-02': rule({
        title: 'Ressourceforløb uden tværfaglig plan', severity: 'error', reads: ['word:indsatstype', 'block:indsatsplan'],
        outcomes: ['ressourceforløb'], regimes: between('RP-2022', 'RP-2025', 'lov nr. 1750 af 29/12/2025 (ingen nye forløb fra 1. februar 2026)'), regimeBy: 'bevilget', usikker: onwards('REF-2026a'), basis: 'LAB §§ 112–113',
        explanation: 'Et ressourceforløb er en helhedsorienteret indsats på tværs af beskæftigelse, social og sundhed med en koordinerende sagsbehandler (LAB §§ 112–113).',
        fix: 'Planlæg indsatser fra mindst to sektorer, og angiv `koordinerende_sagsbehandler`.',
        messages: {
            main: { text: 'Indsatsplanen for et ressourceforløb skal rumme indsatser fra mindst to sektorer (beskæftigelse, social, sundhed), men har kun {sectors}. Tilføj en indsats fra en anden sektor (LAB §§ 112–113).' },
            coordinator: { text: 'Et ressourceforløb skal have en koordinerende sagsbehandler (LAB § 113). Tilføj `koordinerende_sagsbehandler: "…"` i `indsatsplan`.' },
        },
        requirement: 'Planen har indsatser fra mindst to sektorer og en koordinerende sagsbehandler',
        check(ctx, report) {
            const plan = block(ctx.root, 'indsatsplan');
            if (!plan) return;
            const sectors = sectorsOf(plannedMeasures(ctx.root));
            if (sectors.length < 2) report(plan, { keyword: 'indsatsplan', args: { sectors: sectors.join(', ') || 'ingen' } });
            if (!plan.items.some(ast.isCoordinator)) report(plan, { keyword: 'indsatsplan', variant: 'coordinator' });
        },
    }),
    'RF-03': rule({
        title: 'Ressourceforløbet er for langt', severity: 'error',
        outcomes: ['ressourceforløb'], regimes: between('RP-2022', 'RP-2025', 'lov nr. 1750 af 29/12/2025 (ingen nye forløb fra 1. februar 2026)'), regimeBy: 'bevilget', usikker: onwards('REF-2026a'), basis: 'LAB § 112',
        explanation: 'Et ressourceforløb varer højst tre år (LAB § 112, fra 2022).',
        fix: 'Tilpas indsatsplanens perioder, så forløbet holder sig inden for tre år.',
        messages: { main: { text: 'Indsatsplanen slutter {to}, mere end tre år efter forløbets start, {from}. Et ressourceforløb varer højst tre år ({law}).' } },
        requirement: 'Planen varer højst tre år',
        check(ctx, report) {
            const plan = block(ctx.root, 'indsatsplan');
            const span = planSpan(ctx.root);
            const start = ctx.grantDate ?? ctx.caseDate;
            if (plan && span && start && span.to > addMonths(start, 36)) report(plan, { keyword: 'indsatsplan', args: { from: danishLongDate(start), to: danishLongDate(span.to), law: citation(ctx, 'LAB § 112') } });
        },
    }),
    'RF-04': rule({
        title: 'Indsatsen starter for sent', severity: 'warning',
        outcomes: ['ressourceforløb'], regimes: between('RP-2022', 'RP-2025', 'lov nr. 1750 af 29/12/2025 (ingen nye forløb fra 1. februar 2026)'), regimeBy: 'bevilget', usikker: onwards('REF-2026a'), basis: 'LAB § 113, stk. 2',
        explanation: 'Borgeren har ret til at få en indsats senest seks måneder efter, at ressourceforløbet er bevilget (LAB § 113, stk. 2). Er der særlige grunde, kan det ske senere; før 1. juli 2026 forelægges sagen da igen for rehabiliteringsteamet.',
        fix: 'Planlæg den første indsats, så den starter inden for seks måneder.',
        messages: { main: { text: 'Den første indsats starter {date}, mere end seks måneder efter forløbets start, {start}. Borgeren har ret til en indsats inden for seks måneder ({law}); kun særlige grunde kan begrunde en senere start.' } },
        requirement: 'Den første indsats starter inden for seks måneder',
        check(ctx, report) {
            const span = block(ctx.root, 'indsatsplan') ? planSpan(ctx.root) : undefined;
            const start = ctx.grantDate ?? ctx.caseDate;
            if (!span || !start || span.from <= addMonths(start, 6)) return;
            const first = span.periods.find(p => p.from === span.from)!;
            report(first, { property: 'from', args: { date: danishLongDate(span.from), start: danishLongDate(start), law: citation(ctx, 'LAB § 113, stk. 2') } });
        },
    }),
});
