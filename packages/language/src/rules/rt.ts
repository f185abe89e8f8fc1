import { wordInText } from '../legal/enumerations.js';
import { block, conclusionFacts, events } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';

/** RT: cases that had to go to the rehabiliteringsteam (RP-2022 to REF-2026a). */

export default defineFamily('RT', 'Rehabiliteringsteam', {
    'RT-01': rule({
        title: 'Sagen mangler rehabiliteringsteamet', severity: 'error',
        regimes: ['RP-2022', 'RP-2025', 'REF-2026a'], outcomes: ['fleksjob', 'førtidspension', 'ressourceforløb'],
        basis: 'LOB § 9; LSP § 18, stk. 2',
        explanation: 'Indtil 30. juni 2026 skal sager om fleksjob og førtidspension (og før 1. februar 2026 ressourceforløb) forelægges rehabiliteringsteamet (LOB § 9). Åbenbare førtidspensionssager kan gå uden om teamet (pensionslovens § 18, stk. 2).',
        fix: 'Tilføj `rehabiliteringsteam navn: <dato> "…"` i `sagsforløb`.',
        messages: {
            main: { text: 'Sager om {outcome} skal forelægges rehabiliteringsteamet (LOB § 9), men sagsforløbet har intet møde i teamet. Tilføj `rehabiliteringsteam navn: <dato> "…"`.' },
            // Ressourceforløb went to the team until 31 January 2026 (from then UDF-01 applies instead).
            ressourceforløb: { text: 'Sager om {outcome} skal forelægges rehabiliteringsteamet (LOB § 9), men sagsforløbet har intet møde i teamet. Tilføj `rehabiliteringsteam navn: <dato> "…"`.', regimes: ['RP-2022', 'RP-2025'] },
        },
        requirement: 'Sagen har været forelagt rehabiliteringsteamet',
        check(ctx, report) {
            const history = block(ctx.root, 'sagsforløb');
            if (!history || !ctx.outcome) return;
            if (ctx.outcome === 'førtidspension' && conclusionFacts(ctx.root).obviouslyFutile) return;
            if (events(ctx.root).some(e => e.kind === 'rehabiliteringsteam')) return;
            report(history, { keyword: 'sagsforløb', variant: ctx.outcome === 'ressourceforløb' ? 'ressourceforløb' : 'main', args: { outcome: wordInText(ctx.outcome) } });
        },
    }),
});
