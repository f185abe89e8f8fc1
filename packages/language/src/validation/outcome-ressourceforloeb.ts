import * as ast from '../generated/ast.js';
import { INDSATSTYPER, type Sector } from '../legal/enumerations.js';
import { addMonths } from '../dates.js';
import { attribute, block, conclusionFacts, plannedMeasures } from '../model-access.js';
import type { RuleCheck } from './rule-engine.js';

/** RF-01…04 and REV-01: ressourceforløb and revalidering (only where they could still be granted). */

export function sectorsOf(measures: readonly ast.PlannedMeasure[]): Sector[] {
    const sectors = new Set<Sector>();
    for (const m of measures) {
        const info = INDSATSTYPER[m.type as keyof typeof INDSATSTYPER];
        if (info) sectors.add(info.sector);
    }
    return [...sectors];
}

export const checkRessourceforloeb: RuleCheck = ctx => {
    if (ctx.outcome !== 'ressourceforløb') return;
    const c = conclusionFacts(ctx.root);
    if (c.block) {
        if (!c.developmentPerspective) ctx.report('RF-01', c.block, { keyword: 'vurdering' });
        if (c.workCapacity && c.workCapacity.value !== 'nedsat_kan_udvikles') {
            ctx.report('RF-01', c.workCapacity, { property: 'value', variant: 'capacity', args: { capacity: c.workCapacity.value } });
        }
    }
    const plan = block(ctx.root, 'indsatsplan');
    if (!plan) return;
    const measures = plannedMeasures(ctx.root);
    const sectors = sectorsOf(measures);
    if (sectors.length < 2) ctx.report('RF-02', plan, { keyword: 'indsatsplan', args: { sectors: sectors.join(', ') || 'ingen' } });
    if (!plan.items.some(ast.isCoordinator)) ctx.report('RF-02', plan, { keyword: 'indsatsplan', variant: 'coordinator' });
    const periods = measures.map(m => attribute(m, ast.isPeriod)).filter((p): p is ast.Period => !!p);
    if (periods.length === 0) return;
    const from = periods.map(p => p.from).sort()[0];
    const to = periods.map(p => p.to).sort().at(-1)!;
    if (to > addMonths(from, 36)) ctx.report('RF-03', plan, { keyword: 'indsatsplan', args: { from, to } });
    if (ctx.caseDate && from > addMonths(ctx.caseDate, 6)) {
        const first = periods.find(p => p.from === from)!;
        ctx.report('RF-04', first, { property: 'from', args: { date: from, caseDate: ctx.caseDate } });
    }
};

export const checkRevalidering: RuleCheck = ctx => {
    if (ctx.outcome !== 'revalidering') return;
    const c = conclusionFacts(ctx.root);
    if (c.block && !c.developmentPerspective) ctx.report('REV-01', c.block, { keyword: 'vurdering' });
};
