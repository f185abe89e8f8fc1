import { conclusionFacts } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';
import { checkNothingTried } from './shared-checks.js';

/** FJ: the conditions for fleksjob (LAB § 116; bekendtgørelse om rehabiliteringsplan). */

export default defineFamily('FJ', 'Fleksjob', {
    'FJ-01': rule({
        title: 'Arbejdsevnen passer ikke til fleksjob', severity: 'error', outcomes: ['fleksjob'], basis: 'LAB § 116, stk. 1',
        explanation: 'Fleksjob forudsætter varige og væsentlige begrænsninger i arbejdsevnen (LAB § 116, stk. 1).',
        fix: 'Vurder arbejdsevnen som `væsentligt_og_varigt_nedsat` eller `meget_begrænset`, eller vælg et andet udfald.',
        messages: {
            main: { text: 'Fleksjob kræver, at arbejdsevnen er væsentligt og varigt nedsat (LAB § 116, stk. 1), men den er vurderet som {capacity}. Ret vurderingen eller udfaldet.' },
            missing: { text: 'Vurderingen angiver ikke arbejdsevnen; fleksjob kræver, at den er væsentligt og varigt nedsat (LAB § 116, stk. 1). Tilføj `arbejdsevne: væsentligt_og_varigt_nedsat` eller `meget_begrænset`.' },
        },
        requirement: 'Arbejdsevnen er væsentligt og varigt nedsat eller meget begrænset',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (!c.block) return;
            const capacity = c.workCapacity?.value;
            if (!c.workCapacity) report(c.block, { keyword: 'vurdering', variant: 'missing' });
            else if (capacity !== 'væsentligt_og_varigt_nedsat' && capacity !== 'meget_begrænset') report(c.workCapacity, { property: 'value', args: { capacity: capacity ?? '' } });
        },
    }),
    'FJ-02': rule({
        title: 'Ingen afprøvede indsatser', severity: 'error', outcomes: ['fleksjob'], basis: 'LAB § 116, stk. 3',
        explanation: 'Før fleksjob skal relevante tilbud være afprøvet, medmindre det er åbenbart formålsløst (LAB § 116, stk. 3).',
        fix: 'Henvis til de afprøvede indsatser med `afprøvet: …`, eller begrund med `åbenbart_formålsløst: "…"`.',
        messages: { main: { text: 'Fleksjob kræver, at relevante indsatser er afprøvet (LAB § 116, stk. 3). Tilføj `afprøvet: <hidtidig indsats>`, eller begrund med `åbenbart_formålsløst: "…"`.' } },
        requirement: 'Relevante indsatser er afprøvet, eller det er begrundet, at det er åbenbart formålsløst',
        check: checkNothingTried,
    }),
    'FJ-03': rule({
        title: 'Meget begrænset arbejdsevne uden udviklingsperspektiv', severity: 'error', outcomes: ['fleksjob'], basis: 'LAB § 116, stk. 2',
        explanation: 'Har borgeren en meget begrænset arbejdsevne, kan fleksjob kun bevilges, hvis arbejdsevnen kan udvikles inden for en rimelig periode (LAB § 116, stk. 2).',
        fix: 'Tilføj `udviklingsperspektiv: "…"`.',
        messages: { main: { text: 'Ved meget begrænset arbejdsevne kræver fleksjob, at arbejdsevnen kan udvikles (LAB § 116, stk. 2). Tilføj `udviklingsperspektiv: "…"`.' } },
        requirement: 'En meget begrænset arbejdsevne har et udviklingsperspektiv',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (c.block && c.workCapacity?.value === 'meget_begrænset' && !c.developmentPerspective) report(c.workCapacity, { property: 'value' });
        },
    }),
    'FJ-04': rule({
        title: 'Arbejdsfunktioner eller skånehensyn mangler', severity: 'error', outcomes: ['fleksjob'], basis: 'bek. § 9',
        explanation: 'En indstilling om fleksjob skal angive, hvilke arbejdsfunktioner borgeren kan varetage, og hvilke hensyn der skal tages (bekendtgørelsens § 9).',
        fix: 'Tilføj `arbejdsfunktioner: "…"` og `skånehensyn: "…"` i `vurdering`.',
        messages: { main: { text: 'Vurderingen mangler {missing}. En indstilling om fleksjob skal angive arbejdsfunktioner og skånehensyn (bekendtgørelsens § 9).' } },
        requirement: 'Arbejdsfunktioner og skånehensyn er beskrevet',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (!c.block) return;
            const missing = [!c.jobFunctions && '`arbejdsfunktioner`', !c.considerations && '`skånehensyn`'].filter(Boolean);
            if (missing.length) report(c.block, { keyword: 'vurdering', args: { missing: missing.join(' og ') } });
        },
    }),
});
