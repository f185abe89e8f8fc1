import { wordInText } from '../legal/enumerations.js';
import { block, conclusionFacts, events } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';
import { between } from '../legal/regimes.js';

/** RT: cases that had to go to the rehabiliteringsteam (RP-2022 to REF-2026a). */

export default defineFamily('RT', 'Rehabiliteringsteam', {
    'RT-01': rule({
        title: 'Sagen mangler rehabiliteringsteamet', severity: 'error',
        regimes: between('RP-2022', 'REF-2026a', 'lov nr. 1750 af 29/12/2025, trin 2 (pligten til rehabiliteringsteam ophører 1. juli 2026)'), outcomes: ['fleksjob', 'førtidspension', 'ressourceforløb'],
        basis: 'LOB § 9; LSP § 18, stk. 2',
        explanation: 'Indtil 30. juni 2026 skal sager om fleksjob og førtidspension (og før 1. februar 2026 ressourceforløb) forelægges rehabiliteringsteamet (LOB § 9). Åbenbare førtidspensionssager kan gå uden om teamet (pensionslovens § 18, stk. 2).',
        fix: 'Tilføj `rehabiliteringsteam navn: <dato> "…"` i `sagsforløb`.',
        messages: {
            main: { text: 'Sager om {outcome} skal forelægges rehabiliteringsteamet (LOB § 9), men sagsforløbet har intet møde i teamet. Tilføj `rehabiliteringsteam navn: <dato> "…"`.' },
            // Ressourceforløb went to the team until 31 January 2026 (from then UDF-01 applies instead).
            ressourceforløb: { text: 'Sager om {outcome} skal forelægges rehabiliteringsteamet (LOB § 9), men sagsforløbet har intet møde i teamet. Tilføj `rehabiliteringsteam navn: <dato> "…"`.', regimes: between('RP-2022', 'RP-2025', 'lov nr. 1750 af 29/12/2025 (ingen nye ressourceforløb fra 1. februar 2026)') },
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
