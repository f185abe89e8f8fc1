import { conclusionFacts } from '../model-access.js';
import type { RuleCheck } from './rule-engine.js';

/** FP-01…03: the conditions for førtidspension (LSP §§ 16, 19). */
export const checkFoertidspension: RuleCheck = ctx => {
    const c = conclusionFacts(ctx.root);
    if (ctx.outcome !== 'førtidspension' || !ctx.outcomeNode) return;
    if (ctx.age !== undefined) {
        if (ctx.age < 18) ctx.report('FP-01', ctx.outcomeNode, { property: 'value', variant: 'under18', args: { age: ctx.age } });
        else if (ctx.age < 40 && !c.obviouslyFutile) ctx.report('FP-01', ctx.outcomeNode, { property: 'value', args: { age: ctx.age } });
    }
    if (!c.block) return;
    if (!c.workCapacity) ctx.report('FP-02', c.block, { keyword: 'vurdering', variant: 'missing' });
    else if (c.workCapacity.value !== 'ingen_selvforsørgelse') ctx.report('FP-02', c.workCapacity, { property: 'value', args: { capacity: c.workCapacity.value } });
    if (!c.tested?.measures.length && !c.obviouslyFutile) ctx.report('FP-03', c.recommendation ?? c.block, c.recommendation ? { property: 'value' } : { keyword: 'vurdering' });
};
