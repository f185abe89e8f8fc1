import * as ast from '../generated/ast.js';
import { wordInText } from '../legal/enumerations.js';
import { folkepensionDate } from '../legal/pension-age.js';
import { danishLongDate } from '../semantics/dates.js';
import { allBarriers, block, conclusionFacts } from '../semantics/model-access.js';
import { proseSegments } from '../semantics/prose.js';
import { defineFamily, rule } from './rule.js';
import { checkNothingTried } from './shared-checks.js';
import { onwards } from '../legal/regimes.js';

/** FJ: the conditions for fleksjob (LAB §§ 116–118; bekendtgørelse om rehabiliteringsplan). */

/** Benefits that rule out fleksjob while they are paid (LAB § 116, stk. 1). */
const PENSIONS = new Set(['førtidspension', 'seniorførtidspension']);

export default defineFamily('FJ', 'Fleksjob', {
    'FJ-01': rule({
        title: 'Arbejdsevnen passer ikke til fleksjob', severity: 'error', reads: ['word:arbejdsevne'], outcomes: ['fleksjob'], basis: 'LAB § 116, stk. 1',
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
            else if (capacity !== 'væsentligt_og_varigt_nedsat' && capacity !== 'meget_begrænset') report(c.workCapacity, { property: 'value', args: { capacity: wordInText(capacity) } });
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
        title: 'Meget begrænset arbejdsevne uden udviklingsperspektiv', severity: 'error', reads: ['word:arbejdsevne'], outcomes: ['fleksjob'], basis: 'LAB § 116, stk. 2',
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
        title: 'Arbejdsfunktioner eller skånehensyn mangler', severity: 'error', outcomes: ['fleksjob'], usikker: onwards('REF-2026b'), basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (rehabiliteringsteamets indstilling)',
        explanation: 'En indstilling om fleksjob skal angive, hvilke arbejdsfunktioner borgeren kan varetage, og hvilke hensyn der skal tages (bekendtgørelse om rehabiliteringsplan, rehabiliteringsteamets indstilling).',
        fix: 'Tilføj `arbejdsfunktioner: "…"` og `skånehensyn: "…"` i `vurdering`. Er der ingen særlige hensyn, så skriv `skånehensyn: "ingen"`: det er også et svar.',
        messages: { main: { text: 'Vurderingen mangler {missing}. En indstilling om fleksjob skal angive, hvilke arbejdsfunktioner borgeren kan varetage, og om der skal tages særlige hensyn – skriv `skånehensyn: "ingen"`, hvis der ikke skal (bekendtgørelse om rehabiliteringsplan, rehabiliteringsteamets indstilling).' } },
        requirement: 'Arbejdsfunktioner og skånehensyn er beskrevet',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (!c.block) return;
            const missing = [!c.jobFunctions && '`arbejdsfunktioner`', !c.considerations && '`skånehensyn`'].filter(Boolean);
            if (missing.length) report(c.block, { keyword: 'vurdering', args: { missing: missing.join(' og ') } });
        },
    }),
    'FJ-05': rule({
        title: 'Borgeren kan ikke få fleksjob nu', severity: 'error', outcomes: ['fleksjob'], reads: ['word:ydelse'], basis: 'LAB § 116, stk. 1',
        explanation: 'Fleksjob er for borgere under folkepensionsalderen, som ikke får førtidspension, seniorpension eller tidlig pension (LAB § 116, stk. 1).',
        fix: 'Vælg et andet udfald, eller – hvis pensionen er gjort hvilende eller frakendt – skriv det i forsørgelsen.',
        messages: {
            main: { text: 'Borgeren nåede folkepensionsalderen {date} og kan ikke visiteres til fleksjob (LAB § 116, stk. 1). Vælg et andet udfald.' },
            pension: { text: 'Forsørgelsen viser, at borgeren får {pension} nu, og så kan borgeren ikke visiteres til fleksjob (LAB § 116, stk. 1). Er pensionen gjort hvilende eller frakendt, åbner det for fleksjob: skriv det i forsørgelsen.' },
        },
        requirement: 'Borgeren er under folkepensionsalderen og får ikke pension',
        check(ctx, report) {
            const reached = folkepensionDate(ctx.birthDate);
            if (ctx.outcomeNode && reached && ctx.caseDate && ctx.caseDate >= reached) {
                report(ctx.outcomeNode, { property: 'value', args: { date: danishLongDate(reached) } });
                return;
            }
            const open = block(ctx.root, 'forsørgelse')?.periods.find(p => p.open && PENSIONS.has(p.benefit));
            if (open) report(open, { property: 'benefit', variant: 'pension', args: { pension: wordInText(open.benefit) } });
        },
    }),
    'FJ-06': rule({
        title: 'Begrundelsen viser ikke grundlaget for fleksjob', severity: 'error', reads: ['text:begrundelse'], outcomes: ['fleksjob'], basis: 'LAB § 118, stk. 2',
        explanation: 'Fleksjob forudsætter, at borgerens ressourcer og udfordringer er fuldt afklaret, og at relevante indsatser er prøvet (LAB § 118, stk. 2): begrundelsen skal bygge på dokumenterede barrierer og på det, der er afprøvet – eller på, hvorfor det er åbenbart formålsløst.',
        fix: 'Henvis i `begrundelse` med `@` til en barriere med `kilde` og til en afprøvet indsats (eller begrund `åbenbart_formålsløst`).',
        messages: { main: { text: 'Begrundelsen henviser ikke til {missing}. En afgørelse om fleksjob skal bygge på fuldt afklarede ressourcer og udfordringer og på de indsatser, der er prøvet (LAB § 118, stk. 2). Henvis med `@`.' } },
        requirement: 'Begrundelsen bygger på dokumenterede barrierer og de afprøvede indsatser',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (!c.reasons) return;
            const mentions = proseSegments(c.reasons.text).flatMap(s => (s.kind === 'mention' ? [s.mention] : []));
            const mentioned = new Set(mentions.flatMap(m => (m.target.ref ? [m.target.ref] : [])));
            const documented = allBarriers(ctx.root).some(b => mentioned.has(b) && b.attributes.some(ast.isSources));
            // Without `afprøvet` there is nothing to refer to: FJ-02 asks for it, once.
            const tried = c.obviouslyFutile || !c.tested?.measures.length || c.tested.measures.some(m => m.ref && mentioned.has(m.ref));
            const missing = [!documented && 'en barriere med kilde', !tried && 'en afprøvet indsats'].filter(Boolean);
            // A mention GEN-05 found dangling may name just that barrier: the finding rests on it.
            const inputs = [[c.reasons, 'text'] as const, ...mentions.filter(m => !m.target.ref)];
            if (missing.length) report(c.reasons, { property: 'text', args: { missing: missing.join(' og ') }, inputs });
        },
    }),
});
