import { conclusionFacts } from '../model-access.js';
import type { RuleCheck } from './rule-engine.js';

/** FJ-01…04: the conditions for fleksjob (LAB § 116; bek. § 9). The catalogue limits them to that outcome. */
export const checkFleksjob: RuleCheck = ctx => {
    const c = conclusionFacts(ctx.root);
    if (!c.block || ctx.outcome !== 'fleksjob') return;
    const capacity = c.workCapacity?.value;
    if (!c.workCapacity) ctx.report('FJ-01', c.block, { keyword: 'vurdering', variant: 'missing' });
    else if (capacity !== 'væsentligt_og_varigt_nedsat' && capacity !== 'meget_begrænset') {
        ctx.report('FJ-01', c.workCapacity, { property: 'value', args: { capacity: capacity ?? '' } });
    }
    if (!c.tested?.measures.length && !c.obviouslyFutile) ctx.report('FJ-02', c.recommendation ?? c.block, c.recommendation ? { property: 'value' } : { keyword: 'vurdering' });
    if (capacity === 'meget_begrænset' && !c.developmentPerspective) ctx.report('FJ-03', c.workCapacity!, { property: 'value' });
    const missing = [!c.jobFunctions && '`arbejdsfunktioner`', !c.considerations && '`skånehensyn`'].filter(Boolean);
    if (missing.length) ctx.report('FJ-04', c.block, { keyword: 'vurdering', args: { missing: missing.join(' og ') } });
};
