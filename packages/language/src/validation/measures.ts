import * as ast from '../generated/ast.js';
import { addressedBarriers, allBarriers, attribute, block, plannedMeasures, previousMeasures } from '../model-access.js';
import { regimeAtLeast } from '../legal/regimes.js';
import { sectorsOf } from './outcome-ressourceforloeb.js';
import type { RuleCheck } from './rule-engine.js';

/** IND-01…06: the plan of measures: every barrier met, every measure owned and dated. */

const COMPANY_BASED = new Set(['virksomhedspraktik', 'løntilskud', 'ips']);

export const checkMeasurePlan: RuleCheck = ctx => {
    const plan = block(ctx.root, 'indsatsplan');
    if (!plan) {
        if ((ctx.outcome === 'ressourceforløb' || ctx.outcome === 'jobafklaringsforløb') && ctx.outcomeNode) {
            ctx.report('IND-02', ctx.outcomeNode, { property: 'value', args: { outcome: ctx.outcome.charAt(0).toUpperCase() + ctx.outcome.slice(1) } });
        }
    } else {
        const measures = plannedMeasures(ctx.root);
        const addressed = new Set(measures.flatMap(addressedBarriers));
        const barriers = allBarriers(ctx.root);
        for (const barrier of barriers) {
            if (!addressed.has(barrier) && !barrier.attributes.some(ast.isNoMeasure)) {
                ctx.report('IND-01', barrier, { property: 'name', args: { name: barrier.name } });
            }
        }
        const unaddressed = barriers.filter(b => !addressed.has(b) && !b.attributes.some(ast.isNoMeasure)).map(b => b.name);
        for (const measure of measures) {
            if (!measure.attributes.some(ast.isAddresses)) {
                ctx.report('IND-03', measure, { property: 'name', args: { name: measure.name }, data: { barriers: unaddressed } });
            }
            const missing = [!attribute(measure, ast.isResponsible) && '`ansvarlig`', !attribute(measure, ast.isPeriod) && '`periode`'].filter(Boolean);
            if (missing.length) ctx.report('IND-04', measure, { property: 'name', args: { name: measure.name, missing: missing.join(' og ') } });
        }
        const sectors = sectorsOf(measures);
        // For a ressourceforløb RF-02 already asks for the coordinator: one fact, one diagnostic.
        const rfCovers = ctx.outcome === 'ressourceforløb' && !regimeAtLeast(ctx.regime.id, 'REF-2026a');
        if (sectors.length >= 2 && !plan.items.some(ast.isCoordinator) && !rfCovers) {
            ctx.report('IND-05', plan, { keyword: 'indsatsplan', args: { sectors: sectors.join(' og ') } });
        }
    }
    const all = [...plannedMeasures(ctx.root), ...previousMeasures(ctx.root)];
    const anchor = plan ?? block(ctx.root, 'hidtidige_indsatser');
    if (anchor && !all.some(m => COMPANY_BASED.has(m.type))) {
        ctx.report('IND-06', anchor, { keyword: ast.isMeasurePlan(anchor) ? 'indsatsplan' : 'hidtidige_indsatser' });
    }
};
