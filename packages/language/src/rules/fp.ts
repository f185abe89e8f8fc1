import { conclusionFacts } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';
import { checkNothingTried } from './shared-checks.js';

/** FP: the conditions for førtidspension (LSP §§ 16, 19). */

export default defineFamily('FP', 'Førtidspension', {
    'FP-01': rule({
        title: 'Borgeren er for ung til førtidspension', severity: 'error', outcomes: ['førtidspension'], basis: 'LSP § 16, stk. 1–2',
        explanation: 'Førtidspension kan tilkendes fra 40 år. Fra 18 til 39 år kun, hvis det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres (pensionslovens § 16, stk. 2). Under 18 år aldrig.',
        fix: 'Begrund med `åbenbart_formålsløst: "…"`, eller vælg et andet udfald.',
        messages: {
            main: { text: 'Borgeren er {age} år. Under 40 år kræver førtidspension, at det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres (pensionslovens § 16, stk. 2). Tilføj `åbenbart_formålsløst: "…"`, eller vælg et andet udfald.' },
            under18: { text: 'Borgeren er {age} år; førtidspension kan ikke tilkendes under 18 år (pensionslovens § 16). Vælg et andet udfald.' },
        },
        requirement: 'Borgeren er 40 år eller derover, eller det er godtgjort, at arbejdsevnen ikke kan forbedres',
        check(ctx, report) {
            if (!ctx.outcomeNode || ctx.age === undefined) return;
            if (ctx.age < 18) report(ctx.outcomeNode, { property: 'value', variant: 'under18', args: { age: ctx.age } });
            else if (ctx.age < 40 && !conclusionFacts(ctx.root).obviouslyFutile) report(ctx.outcomeNode, { property: 'value', args: { age: ctx.age } });
        },
    }),
    'FP-02': rule({
        title: 'Arbejdsevnen passer ikke til førtidspension', severity: 'error', outcomes: ['førtidspension'], basis: 'LSP § 16, stk. 3',
        explanation: 'Førtidspension forudsætter, at arbejdsevnen er varigt nedsat, så borgeren heller ikke i fleksjob kan forsørge sig selv (pensionslovens § 16, stk. 3).',
        fix: 'Vurder arbejdsevnen som `ingen_selvforsørgelse`, eller vælg et andet udfald.',
        messages: {
            main: { text: 'Førtidspension kræver, at borgeren heller ikke i fleksjob kan forsørge sig selv (pensionslovens § 16, stk. 3), men arbejdsevnen er vurderet som {capacity}. Ret vurderingen eller udfaldet.' },
            missing: { text: 'Vurderingen angiver ikke arbejdsevnen; førtidspension kræver `arbejdsevne: ingen_selvforsørgelse` (pensionslovens § 16, stk. 3).' },
        },
        requirement: 'Arbejdsevnen er vurderet som ingen selvforsørgelse',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (!c.block) return;
            if (!c.workCapacity) report(c.block, { keyword: 'vurdering', variant: 'missing' });
            else if (c.workCapacity.value !== 'ingen_selvforsørgelse') report(c.workCapacity, { property: 'value', args: { capacity: c.workCapacity.value } });
        },
    }),
    'FP-03': rule({
        title: 'Ingen afprøvede indsatser', severity: 'error', outcomes: ['førtidspension'], basis: 'LSP § 19',
        explanation: 'Før førtidspension skal alle relevante indsatser være udtømt, medmindre det er åbenbart formålsløst (pensionslovens § 19).',
        fix: 'Henvis til de afprøvede indsatser med `afprøvet: …`, eller begrund med `åbenbart_formålsløst: "…"`.',
        messages: { main: { text: 'Førtidspension kræver, at relevante indsatser er afprøvet (pensionslovens § 19). Tilføj `afprøvet: <hidtidig indsats>`, eller begrund med `åbenbart_formålsløst: "…"`.' } },
        requirement: 'Relevante indsatser er afprøvet, eller det er begrundet, at det er åbenbart formålsløst',
        check: checkNothingTried,
    }),
});
