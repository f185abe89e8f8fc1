import { conclusionFacts } from '../semantics/model-access.js';
import type { Check } from './rule.js';

/** Checks that two rules share because two laws ask the same (each rule still has its own id, text and basis). */

/**
 * Neither a tried measure (`afprøvet`) nor `åbenbart_formålsløst`: FJ-02 (LAB § 116, stk. 3), and for
 * FP-03 (LSP § 19) also not the documented route `kan_ikke_forbedres`.
 */
export const checkNothingTried: Check<'main'> = (ctx, report) => {
    const c = conclusionFacts(ctx.root);
    if (!c.block || c.tested?.measures.length || c.obviouslyFutile) return;
    if (ctx.outcome === 'førtidspension' && c.cannotImprove) return;
    if (c.recommendation) report(c.recommendation, { property: 'value' });
    else report(c.block, { keyword: 'vurdering' });
};
