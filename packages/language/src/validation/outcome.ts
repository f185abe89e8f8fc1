import { caseFacts, citizenFacts, conclusionFacts } from '../model-access.js';
import { isInList } from '../legal/enumerations.js';
import { isOutcome, type RuleCheck } from './rule-engine.js';

/** UDF-01…04: the outcome being prepared, and whether the law in force allows it. */

export const checkOutcome: RuleCheck = ctx => {
    const { purpose } = caseFacts(ctx.root);
    const { recommendation } = conclusionFacts(ctx.root);

    // UDF-01: one diagnostic, on the conclusion when it names the abolished outcome, else on the purpose.
    const abolished = [recommendation, purpose].find(n => n && (n.value === 'ressourceforløb' || n.value === 'revalidering'));
    if (abolished) ctx.report('UDF-01', abolished, { property: 'value', args: { outcome: capitalise(abolished.value) } });

    const proposal = [recommendation, purpose].find(n => n?.value === 'udviklingsfleksjob');
    if (proposal) ctx.report('UDF-02', proposal, { property: 'value' });

    if (recommendation && purpose && isOutcome(recommendation.value) && isOutcome(purpose.value) && recommendation.value !== purpose.value) {
        ctx.report('UDF-03', recommendation, { property: 'value', args: { recommendation: recommendation.value, purpose: purpose.value } });
    }

    const benefit = citizenFacts(ctx.root).benefit;
    if (ctx.outcome === 'jobafklaringsforløb' && benefit && isInList('ydelse', benefit.value) && benefit.value !== 'sygedagpenge' && benefit.value !== 'ressourceforløbsydelse') {
        ctx.report('UDF-04', benefit, { property: 'value', args: { benefit: benefit.value } });
    }
};

export function capitalise(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1).replace(/_/g, ' ');
}
