import { isInList } from '../legal/enumerations.js';
import { isOutcome } from '../semantics/facts.js';
import { caseFacts, citizenFacts, conclusionFacts } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';

/** UDF: the outcome being prepared, and whether the law in force allows it. */

export function capitalise(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1).replace(/_/g, ' ');
}

export default defineFamily('UDF', 'Udfald og regelsæt', {
    'UDF-01': rule({
        title: 'Udfaldet findes ikke længere for nye sager', severity: 'error',
        regimes: ['REF-2026a', 'REF-2026b', 'LAB-2027'], basis: 'lov nr. 1750 af 29/12/2025',
        explanation: 'Fra 1. februar 2026 kan der ikke bevilges nye ressourceforløb eller ny revalidering (lov nr. 1750 af 29/12/2025). Forløb bevilget senest 31. januar 2026 fortsætter efter de gamle regler.',
        fix: 'Vælg et andet udfald (fx jobafklaringsforløb, fleksjob eller anden_indsats), eller ret sagens dato, hvis beskrivelsen hører til et forløb bevilget før 1. februar 2026.',
        messages: { main: { text: '{outcome} kan ikke længere bevilges i nye sager (lov nr. 1750 af 29/12/2025, fra 1. februar 2026). Vælg et andet udfald, eller ret sagens dato.' } },
        requirement: 'Udfaldet kan bevilges efter reglerne på sagens dato',
        check(ctx, report) {
            // One diagnostic: on the conclusion when it names the abolished outcome, else on the purpose.
            const { purpose } = caseFacts(ctx.root);
            const { recommendation } = conclusionFacts(ctx.root);
            const abolished = [recommendation, purpose].find(n => n && (n.value === 'ressourceforløb' || n.value === 'revalidering'));
            if (abolished) report(abolished, { property: 'value', args: { outcome: capitalise(abolished.value) } });
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
        outcomes: ['jobafklaringsforløb'], basis: 'SDL § 24; LAB kap. 18',
        explanation: 'Jobafklaringsforløb er for sygemeldte, hvis sygedagpenge ikke kan forlænges (sygedagpengeloven § 24, LAB kapitel 18). Under forløbet får borgeren ressourceforløbsydelse.',
        fix: 'Tjek borgerens ydelse, eller vælg et andet udfald.',
        messages: { main: { text: 'Jobafklaringsforløb forudsætter, at borgeren får sygedagpenge eller ressourceforløbsydelse (sygedagpengeloven § 24; LAB kapitel 18), men ydelsen er {benefit}. Ret ydelsen eller udfaldet.' } },
        requirement: 'Borgeren får en ydelse, der giver ret til jobafklaringsforløb',
        check(ctx, report) {
            const benefit = citizenFacts(ctx.root).benefit;
            if (benefit && isInList('ydelse', benefit.value) && benefit.value !== 'sygedagpenge' && benefit.value !== 'ressourceforløbsydelse') {
                report(benefit, { property: 'value', args: { benefit: benefit.value } });
            }
        },
    }),
});
