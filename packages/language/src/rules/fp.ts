import * as ast from '../generated/ast.js';
import { wordInText } from '../legal/enumerations.js';
import { allBarriers, conclusionFacts, documents } from '../semantics/model-access.js';
import { proseSegments } from '../semantics/prose.js';
import { folkepensionDate } from '../legal/pension-age.js';
import { insertInBlock } from './text-edits.js';
import { danishLongDate } from '../semantics/dates.js';
import { defineFamily, rule } from './rule.js';
import { checkNothingTried } from './shared-checks.js';
import { onwards } from '../legal/regimes.js';

/** FP: the conditions for førtidspension (LSP §§ 16, 19). */

function mentionsDocument(prose: ast.Prose): boolean {
    return proseSegments(prose).some(s => s.kind === 'mention' && ast.isDocument(s.mention.target.ref));
}

const HEALTH_EVIDENCE = new Set(['speciallægeerklæring', 'klinisk_funktion', 'LÆ265']);

export default defineFamily('FP', 'Førtidspension', {
    'FP-01': rule({
        title: 'Borgeren er under 40 år', severity: 'error', outcomes: ['førtidspension'], basis: 'LSP § 16, stk. 1–2',
        relevant: facts => facts.age !== undefined && facts.age < 40,
        explanation: 'Førtidspension kan tilkendes fra 40 år. Fra 18 til 39 år kun, hvis det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres (pensionslovens § 16, stk. 2): to veje, og én er nok. Under 18 år aldrig.',
        fix: 'Begrund den ene vej: `kan_ikke_forbedres: "…"` med henvisning (`@`) til den dokumentation, der viser det, eller `åbenbart_formålsløst: "…"`, hvis det er helt åbenbart. Ellers vælg et andet udfald.',
        messages: {
            main: { text: 'Borgeren er {age} år. Under 40 år kan førtidspension kun tilkendes, hvis det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres (pensionslovens § 16, stk. 2). Skriv den vej, sagen bygger på: `kan_ikke_forbedres: "…"` med henvisning (`@`) til dokumentationen, eller `åbenbart_formålsløst: "…"`.' },
            undocumented: { text: 'Borgeren er {age} år, og `kan_ikke_forbedres` henviser ikke til noget dokument. At arbejdsevnen ikke kan forbedres, skal være dokumenteret (pensionslovens § 16, stk. 2): henvis med `@` til den lægelige eller anden dokumentation, der viser det.' },
            under18: { text: 'Borgeren er {age} år; førtidspension kan ikke tilkendes under 18 år (pensionslovens § 16, stk. 1). Vælg et andet udfald.' },
        },
        requirement: 'Borgeren er 40 år, eller det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres',
        check(ctx, report) {
            if (!ctx.outcomeNode || ctx.age === undefined) return;
            if (ctx.age < 18) {
                report(ctx.outcomeNode, { property: 'value', variant: 'under18', args: { age: ctx.age } });
                return;
            }
            if (ctx.age >= 40) return;
            const c = conclusionFacts(ctx.root);
            if (c.obviouslyFutile || (c.cannotImprove && mentionsDocument(c.cannotImprove.text))) return;
            if (c.cannotImprove) report(c.cannotImprove, { property: 'text', variant: 'undocumented', args: { age: ctx.age } });
            else report(ctx.outcomeNode, { property: 'value', args: { age: ctx.age } });
        },
        // Either route of LSP § 16, stk. 2; the text stays a GEN-08 finding until it is written.
        quickFix: [
            {
                title: 'Indsæt, hvorfor det er dokumenteret, at arbejdsevnen ikke kan forbedres',
                variants: ['main'],
                edits(_d, document) {
                    // Points at the strongest health document already: the route needs one (the `undocumented` variant).
                    const evidence = documents(document.parseResult.value).find(d => HEALTH_EVIDENCE.has(d.type));
                    return insertInBlock(document, 'vurdering', `    kan_ikke_forbedres: "udfyldes${evidence ? `, jf. @${evidence.name}` : ''}"`);
                },
            },
            {
                title: 'Indsæt, hvorfor det er helt åbenbart, at arbejdsevnen ikke kan forbedres',
                variants: ['main'],
                edits: (_d, document) => insertInBlock(document, 'vurdering', '    åbenbart_formålsløst: "udfyldes"'),
            },
        ],
    }),
    'FP-02': rule({
        title: 'Arbejdsevnen passer ikke til førtidspension', severity: 'error', reads: ['word:arbejdsevne'], outcomes: ['førtidspension'], basis: 'LSP § 16, stk. 3',
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
            else if (c.workCapacity.value !== 'ingen_selvforsørgelse') report(c.workCapacity, { property: 'value', args: { capacity: wordInText(c.workCapacity.value) } });
        },
    }),
    'FP-03': rule({
        title: 'Ingen afprøvede indsatser', severity: 'error', outcomes: ['førtidspension'], usikker: onwards('REF-2026b'), basis: 'LSP § 19, stk. 1, nr. 2',
        explanation: 'Før førtidspension skal alle relevante indsatser være udtømt, medmindre det er åbenbart formålsløst (pensionslovens § 19).',
        fix: 'Henvis til de afprøvede indsatser med `afprøvet: …`, eller begrund med `åbenbart_formålsløst: "…"`.',
        messages: { main: { text: 'Førtidspension kræver, at relevante indsatser er afprøvet (pensionslovens § 19). Tilføj `afprøvet: <hidtidig indsats>`, eller begrund med `åbenbart_formålsløst: "…"`.' } },
        requirement: 'Relevante indsatser er afprøvet, eller det er begrundet, at det er åbenbart formålsløst',
        check: checkNothingTried,
    }),
    'FP-04': rule({
        title: 'Borgeren har nået folkepensionsalderen', severity: 'error', outcomes: ['førtidspension'], basis: 'LSP § 16, stk. 1',
        explanation: 'Førtidspension kan kun tilkendes borgere under folkepensionsalderen (pensionslovens § 16, stk. 1; alderen efter § 1 a, fra 65 til 70 år efter fødselsdato).',
        fix: 'Borgeren har nået folkepensionsalderen: vælg et andet udfald (folkepension søges hos Udbetaling Danmark).',
        messages: { main: { text: 'Borgeren nåede folkepensionsalderen {date} og kan ikke få førtidspension (pensionslovens § 16, stk. 1). Vælg et andet udfald; folkepension søges hos Udbetaling Danmark.' } },
        requirement: 'Borgeren har ikke nået folkepensionsalderen',
        check(ctx, report) {
            const reached = folkepensionDate(ctx.birthDate);
            if (ctx.outcomeNode && reached && ctx.caseDate && ctx.caseDate >= reached) report(ctx.outcomeNode, { property: 'value', args: { date: danishLongDate(reached) } });
        },
    }),
    'FP-05': rule({
        title: 'Begrundelsen viser ikke grundlaget for førtidspension', severity: 'error', reads: ['text:begrundelse'], outcomes: ['førtidspension'], basis: 'LSP § 19, stk. 1, nr. 3–5',
        explanation: 'Afgørelsen om førtidspension skal bygge på, hvorfor arbejdsevnen er varigt nedsat: helbredsbarrierer og den lægelige dokumentation, der viser dem (pensionslovens § 19, stk. 1, nr. 3). At arbejdsevnen ikke kan bruges til selvforsørgelse (nr. 4–5), ses af `arbejdsevne: ingen_selvforsørgelse` (FP-02).',
        fix: 'Henvis i `begrundelse` med `@` til en helbredsbarriere med `kilde` og til en speciallægeerklæring, rådgivning fra klinisk funktion eller LÆ 265, og forklar, hvorfor arbejdsevnen ikke kan bruges til selvforsørgelse, eller nævn de afprøvede arbejdsfunktioner.',
        messages: {
            main: { text: 'Begrundelsen henviser ikke til {missing}. Afgørelsen skal vise, hvorfor arbejdsevnen er varigt nedsat: helbredsbarrierer og den lægelige dokumentation, der viser dem (pensionslovens § 19, stk. 1, nr. 3). Henvis med `@`.' },
        },
        requirement: 'Begrundelsen bygger på dokumenterede helbredsbarrierer og viser, hvorfor arbejdsevnen ikke kan bruges til selvforsørgelse',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (!c.block || !c.reasons) return;
            const mentioned = proseSegments(c.reasons.text).flatMap(s => (s.kind === 'mention' && s.mention.target.ref ? [s.mention.target.ref] : []));
            const healthBarriers = new Set(allBarriers(ctx.root).filter(b => ast.isHealthArea(b.$container) && b.attributes.some(ast.isSources)));
            const evidence = new Set(documents(ctx.root).filter(d => HEALTH_EVIDENCE.has(d.type)));
            const missing = [
                !mentioned.some(m => healthBarriers.has(m as ast.Barrier)) && 'en helbredsbarriere med kilde',
                !mentioned.some(m => evidence.has(m as ast.Document)) && 'en speciallægeerklæring, rådgivning fra klinisk funktion eller LÆ 265',
            ].filter(Boolean);
            if (missing.length) report(c.reasons, { property: 'text', args: { missing: missing.join(' eller ') } });
        },
    }),
});
