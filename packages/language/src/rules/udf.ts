import { wordInText } from '../legal/enumerations.js';
import { isOutcome } from '../semantics/facts.js';
import { caseFacts, citizenFacts, conclusionFacts } from '../semantics/model-access.js';
import { LAST_GRANT_UNDER_OLD_RULES, NOT_GRANTED_FROM_2026, onwards } from '../legal/regimes.js';
import { defineFamily, rule } from './rule.js';


/** UDF: the outcome being prepared, and whether the law in force allows it. */

export default defineFamily('UDF', 'Udfald og regelsæt', {
    'UDF-01': rule({
        title: 'Udfaldet kan ikke bevilges i nye sager', severity: 'error',
        regimes: onwards('REF-2026a'), reads: ['word:formål', 'word:indstilling'], basis: 'lov nr. 1750 af 29/12/2025',
        explanation: 'Fra 1. februar 2026 kan der ikke bevilges nye ressourceforløb eller ny revalidering (lov nr. 1750 af 29/12/2025). Et forløb, der er bevilget senest 31. januar 2026, fortsætter efter de gamle regler: skriv bevillingsdatoen i `sag.bevilget`, så tjekkes det efter dem.',
        fix: 'Hører beskrivelsen til et forløb, der er bevilget senest 31. januar 2026, så skriv `bevilget: <dato>` i `sag`. Ellers vælg et andet udfald.',
        messages: {
            main: { text: 'Der kan ikke bevilges {what} efter 31. januar 2026 (lov nr. 1750 af 29/12/2025). Hører beskrivelsen til et forløb, der er bevilget senest 31. januar 2026, så skriv bevillingsdatoen i `sag.bevilget`. Ellers vælg et andet udfald.' },
            sygedagpenge: { text: 'Der kan ikke bevilges {what} efter 31. januar 2026 (lov nr. 1750 af 29/12/2025). Hører beskrivelsen til et forløb, der er bevilget senest 31. januar 2026, så skriv bevillingsdatoen i `sag.bevilget`. Ellers vælg et andet udfald: borgeren får sygedagpenge, så et jobafklaringsforløb kan være en mulighed.' },
        },
        requirement: 'Udfaldet kan bevilges efter reglerne på sagens dato',
        check(ctx, report) {
            if (ctx.grantDate && ctx.grantDate <= LAST_GRANT_UNDER_OLD_RULES) return;
            // One diagnostic: on the conclusion when it names the abolished outcome, else on the purpose.
            const { purpose } = caseFacts(ctx.root);
            const { recommendation } = conclusionFacts(ctx.root);
            const abolished = [recommendation, purpose].find(n => n && NOT_GRANTED_FROM_2026.includes(n.value));
            if (!abolished) return;
            const onSickness = citizenFacts(ctx.root).benefit?.value === 'sygedagpenge';
            const what = abolished.value === 'ressourceforløb' ? 'nye ressourceforløb' : 'ny revalidering';
            report(abolished, { property: 'value', variant: onSickness ? 'sygedagpenge' : 'main', args: { what } });
        },
    }),
    'UDF-02': rule({
        title: 'Udviklingsfleksjob er et forslag, ikke lov', severity: 'warning', basis: 'DS notat 4/11/2024',
        explanation: 'Udviklingsfleksjob er Dansk Socialrådgiverforenings forslag (notat 4/11/2024) og ikke vedtaget. Det kan ikke bevilges efter gældende ret.',
        fix: 'Vælg et udfald efter gældende ret, eller brug profilen ds_anbefalinger, hvis beskrivelsen er en faglig anbefaling.',
        messages: { main: { text: 'Udviklingsfleksjob er et forslag fra Dansk Socialrådgiverforening (notat 4/11/2024), ikke gældende ret. Vælg et udfald efter gældende ret, eller skriv tydeligt, at det er en anbefaling.', severityByProfile: { ds_anbefalinger: 'info' } } },
        requirement: 'Udfaldet er et, loven kender',
        check(ctx, report) {
            const proposal = [conclusionFacts(ctx.root).recommendation, caseFacts(ctx.root).purpose].find(n => n?.value === 'udviklingsfleksjob');
            if (proposal) report(proposal, { property: 'value' });
        },
    }),
    'UDF-03': rule({
        title: 'Indstillingen afviger fra formålet', severity: 'warning', basis: '–',
        explanation: 'Sagens formål siger, hvad beskrivelsen forbereder; indstillingen er konklusionen. Afviger de, bør begrundelsen forklare hvorfor, og formålet bør måske rettes.',
        fix: 'Ret `sag.formål` eller `vurdering.indstilling`, eller forklar i begrundelsen, hvorfor konklusionen blev en anden.',
        messages: { main: { text: 'Indstillingen ({recommendation}) afviger fra sagens formål ({purpose}). Ret en af dem, eller forklar i begrundelsen, hvorfor konklusionen blev en anden.' } },
        requirement: 'Indstillingen svarer til sagens formål',
        check(ctx, report) {
            const { purpose } = caseFacts(ctx.root);
            const { recommendation } = conclusionFacts(ctx.root);
            if (recommendation && purpose && isOutcome(recommendation.value) && isOutcome(purpose.value) && recommendation.value !== purpose.value) {
                report(recommendation, { property: 'value', args: { recommendation: recommendation.value, purpose: purpose.value } });
            }
        },
    }),
    'UDF-04': rule({
        title: 'Jobafklaringsforløb kræver sygedagpenge eller ressourceforløbsydelse', severity: 'error',
        outcomes: ['jobafklaringsforløb'], reads: ['word:ydelse'], basis: 'SDL § 24; LAB kapitel 18',
        explanation: 'Jobafklaringsforløb er for sygemeldte, hvis sygedagpenge ikke kan forlænges (sygedagpengeloven § 24, LAB kapitel 18). Under forløbet får borgeren ressourceforløbsydelse.',
        fix: 'Tjek borgerens ydelse, eller vælg et andet udfald.',
        messages: { main: { text: 'Jobafklaringsforløb forudsætter, at borgeren får sygedagpenge eller ressourceforløbsydelse (sygedagpengeloven § 24; LAB kapitel 18), men ydelsen er {benefit}. Ret ydelsen eller udfaldet.' } },
        requirement: 'Borgeren får en ydelse, der giver ret til jobafklaringsforløb',
        check(ctx, report) {
            const benefit = citizenFacts(ctx.root).benefit;
            if (benefit && benefit.value !== 'sygedagpenge' && benefit.value !== 'ressourceforløbsydelse') {
                report(benefit, { property: 'value', args: { benefit: wordInText(benefit.value) } });
            }
        },
    }),
    'UDF-05': rule({
        title: 'Seniorførtidspension er afskaffet', severity: 'error', reads: ['word:formål', 'word:indstilling'], basis: 'LSP § 26 a; lov nr. 1559 af 27/12/2019',
        explanation: 'Seniorførtidspension blev afskaffet 1. januar 2020 (lov nr. 1559 af 27/12/2019) og afløst af seniorpension, som Udbetaling Danmarks Seniorpensionsenhed træffer afgørelse om (pensionslovens kapitel 3 a) – ikke kommunen på grundlag af en arbejdsevnebeskrivelse.',
        fix: 'Vælg førtidspension, hvis det er det, sagen handler om; søger borgeren seniorpension, sker det hos Seniorpensionsenheden.',
        messages: { main: { text: 'Seniorførtidspension blev afskaffet 1. januar 2020 (lov nr. 1559 af 27/12/2019). Søger borgeren seniorpension, træffer Seniorpensionsenheden afgørelsen (pensionslovens kapitel 3 a). Vælg førtidspension, hvis det er det, sagen handler om, eller et andet udfald.' } },
        requirement: 'Udfaldet findes i loven',
        check(ctx, report) {
            const { purpose } = caseFacts(ctx.root);
            const { recommendation } = conclusionFacts(ctx.root);
            for (const node of [recommendation, purpose]) if (node?.value === 'seniorførtidspension') report(node, { property: 'value' });
        },
        quickFix: {
            title: 'Ret til førtidspension',
            changesOutcome: true,
            edits: d => [{ range: d.range, newText: 'førtidspension' }],
        },
    }),
});
