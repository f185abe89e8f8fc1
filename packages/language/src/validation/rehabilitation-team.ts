import { block, conclusionFacts, events } from '../model-access.js';
import type { RuleCheck } from './rule-engine.js';

/** RT-01: cases that had to go to the rehabiliteringsteam (RP-2022 to REF-2026a). */
export const checkRehabilitationTeam: RuleCheck = ctx => {
    const history = block(ctx.root, 'sagsforløb');
    if (!history || !ctx.outcome) return;
    // Ressourceforløb went to the team until 31 January 2026 (in REF-2026a UDF-01 applies instead).
    if (ctx.outcome === 'ressourceforløb' && ctx.regime.id === 'REF-2026a') return;
    if (ctx.outcome === 'førtidspension' && conclusionFacts(ctx.root).obviouslyFutile) return;
    if (events(ctx.root).some(e => e.kind === 'rehabiliteringsteam')) return;
    ctx.report('RT-01', history, { keyword: 'sagsforløb', args: { outcome: ctx.outcome } });
};
