import type * as ast from '../generated/ast.js';
import { wordInText } from '../legal/enumerations.js';
import { danishLongDate } from '../semantics/dates.js';
import { allBarriers, allResources, block, conclusionFacts, documents, events, lastHearing } from '../semantics/model-access.js';
import { proseSegments, proseText, wordCount } from '../semantics/prose.js';
import { defineFamily, rule } from './rule.js';

/** PROC: procedure (RSL, FVL) and the reasons given. */

const HEALTH_DOCUMENTS = new Set(['LÆ265', 'speciallægeerklæring', 'journaloplysninger']);
const inRange = (law: string, from: number, to: number) => (r: ast.LegalReference) => r.law === law && r.section >= from && r.section <= to;

/** Each outcome's own provisions (PROC-07): a `lovgrundlag` should name at least one. */
const OUTCOME_PROVISIONS: Partial<Record<string, { text: string; matches: (r: ast.LegalReference) => boolean }>> = {
    fleksjob: { text: 'LAB §§ 116–118', matches: inRange('LAB', 116, 118) },
    udviklingsfleksjob: { text: 'LAB §§ 116–118', matches: inRange('LAB', 116, 118) },
    førtidspension: { text: 'LSP §§ 16–19', matches: inRange('LSP', 16, 19) },
    ressourceforløb: { text: 'LAB §§ 112–115', matches: inRange('LAB', 112, 115) },
    jobafklaringsforløb: { text: 'LAB kapitel 18 eller LAS kapitel 6 b', matches: r => inRange('LAB', 107, 111)(r) || (r.law === 'LAS' && r.section === 69) },
    revalidering: { text: 'LAB kapitel 21', matches: inRange('LAB', 141, 149) },
    afklaring: { text: 'LAB § 36 a', matches: r => r.law === 'LAB' && r.section === 36 && r.letter === 'a' },
};

const GENERIC_CONSENT = /\b(alle (?:relevante )?oplysninger|alle relevante|generelt samtykke|alle nødvendige oplysninger)\b/iu;

export default defineFamily('PROC', 'Procedure og begrundelse', {
    'PROC-01': rule({
        title: 'Partshøring mangler', severity: 'warning', reads: ['block:sagsforløb'], basis: 'FVL § 19',
        explanation: 'Før en afgørelse skal borgeren høres over oplysninger, der har betydning, og som borgeren ikke kan antages at kende (forvaltningslovens § 19).',
        fix: 'Send udkastet i partshøring, og tilføj `partshøring navn: <dato> "…"` i `sagsforløb`.',
        messages: { main: { text: 'Sagsforløbet har ingen partshøring på eller før sagens dato (forvaltningslovens § 19). Send udkastet i partshøring, og tilføj `partshøring navn: <dato> "…"`.' } },
        requirement: 'Borgeren er partshørt',
        check(ctx, report) {
            const history = block(ctx.root, 'sagsforløb');
            if (history && !events(ctx.root).some(e => e.kind === 'partshøring' && (!ctx.caseDate || e.date <= ctx.caseDate))) {
                report(history, { keyword: 'sagsforløb' });
            }
        },
    }),
    'PROC-02': rule({
        title: 'Begrundelse eller lovgrundlag mangler', severity: 'error', basis: 'FVL §§ 22, 24',
        explanation: 'En afgørelse skal begrundes med de faktiske forhold og de regler, den bygger på (forvaltningslovens §§ 22 og 24).',
        fix: 'Skriv `begrundelse: """…"""` med henvisninger til ressourcer og barrierer, og `lovgrundlag: <lov> § <nr>`.',
        messages: {
            main: { text: 'Vurderingen mangler en begrundelse (forvaltningslovens §§ 22, 24). Tilføj `begrundelse: """…"""`, der forklarer konklusionen ud fra sagens fakta.' },
            noFacts: { text: 'Begrundelsen nævner hverken en ressource eller en barriere. Henvis til de fakta, der er lagt vægt på, med `@navn` (forvaltningslovens § 24).', severity: 'warning' },
            noBasis: { text: 'Vurderingen mangler `lovgrundlag`. Angiv de regler, konklusionen bygger på, fx `lovgrundlag: LAB § 116` (forvaltningslovens § 24).', severity: 'warning' },
        },
        requirement: 'Vurderingen har en begrundelse med sagens fakta og et lovgrundlag',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (!c.block) return;
            if (!c.reasons) {
                report(c.block, { keyword: 'vurdering' });
            } else {
                const facts = new Set<unknown>([...allResources(ctx.root), ...allBarriers(ctx.root)]);
                if (!proseSegments(c.reasons.text).some(s => s.kind === 'mention' && facts.has(s.mention.target.ref))) {
                    report(c.reasons, { property: 'text', variant: 'noFacts' });
                }
            }
            if (!c.legalBasis) report(c.block, { keyword: 'vurdering', variant: 'noBasis' });
        },
    }),
    'PROC-03': rule({
        title: 'Helbredsoplysninger uden samtykke', severity: 'warning', reads: ['word:dokumenttype'], basis: 'RSL § 11 a',
        explanation: 'Helbredsoplysninger fra læger og sygehuse må kun indhentes med borgerens forudgående, konkrete samtykke (retssikkerhedslovens § 11 a).',
        fix: 'Tilføj `samtykke navn: <dato> "…" lov RSL § 11 a`, dateret før dokumentet.',
        messages: { main: { text: 'Dokumentet `{name}` ({type}) er fra {date}, men der er intet samtykke dateret på eller før den dag (retssikkerhedslovens § 11 a). Tilføj samtykket i `sagsforløb`.' } },
        requirement: 'Helbredsoplysninger er indhentet med samtykke',
        check(ctx, report) {
            const consents = events(ctx.root).filter(e => e.kind === 'samtykke');
            for (const document of documents(ctx.root)) {
                if (!HEALTH_DOCUMENTS.has(document.type) || !document.date) continue;
                if (!consents.some(c => c.date <= document.date)) {
                    report(document, { property: 'name', args: { name: document.name, type: wordInText(document.type), date: danishLongDate(document.date) } });
                }
            }
        },
    }),
    'PROC-04': rule({
        title: 'Generelt samtykke', severity: 'warning', basis: 'RSL § 11 a; retssikkerhedsvejledningen',
        explanation: 'Et samtykke skal være konkret: hvilke oplysninger, fra hvem og til hvilken sag. Et generelt samtykke til "alle oplysninger" er ikke gyldigt (retssikkerhedsvejledningen).',
        fix: 'Skriv, hvilke oplysninger der indhentes, og fra hvem.',
        messages: { main: { text: 'Samtykket er generelt ("{phrase}"). Et samtykke skal være konkret: hvilke oplysninger og fra hvem (retssikkerhedslovens § 11 a).' } },
        requirement: 'Samtykket er konkret',
        check(ctx, report) {
            for (const consent of events(ctx.root).filter(e => e.kind === 'samtykke')) {
                const phrase = GENERIC_CONSENT.exec(proseText(consent.text));
                if (phrase) report(consent, { property: 'text', args: { phrase: phrase[1] } });
            }
        },
    }),
    'PROC-05': rule({
        title: 'Begrundelsen er for kort', severity: 'warning', reads: ['text:begrundelse'], basis: 'FVL § 24 (grænsen på 25 ord er praksis)',
        explanation: 'En konkret og individuel vurdering kræver de fakta, den bygger på (forvaltningslovens § 24). En meget kort begrundelse rummer dem sjældent; grænsen på 25 ord er praksis, ikke lov.',
        fix: 'Uddyb begrundelsen med sagens konkrete fakta.',
        messages: { main: { text: 'Begrundelsen er meget kort. En konkret og individuel vurdering skal vise de fakta, den bygger på: hvad borgeren kan, hvad der begrænser, og hvad det betyder for arbejdsevnen (forvaltningslovens § 24).' } },
        requirement: 'Begrundelsen er konkret og individuel',
        check(ctx, report) {
            const { reasons } = conclusionFacts(ctx.root);
            if (!reasons) return;
            const words = wordCount(proseText(reasons.text));
            if (words > 0 && words < 25) report(reasons, { property: 'text', args: { words } });
        },
    }),
    'PROC-06': rule({
        title: 'Dokument kommet efter partshøringen', severity: 'warning', reads: ['word:dokumenttype', 'block:sagsforløb'], basis: 'FVL § 19',
        explanation: 'Kommer der oplysninger efter partshøringen, skal borgeren høres igen, hvis de er til ugunst for borgeren, har væsentlig betydning for afgørelsen og ikke er kendt af borgeren (forvaltningslovens § 19). Et dokument af typen andet kan være borgerens eget og er ikke med.',
        fix: 'Vurder, om dokumentet skal i partshøring; gør det, og tilføj den nye `partshøring`.',
        messages: { main: { text: 'Dokumentet `{name}` er fra {date}, efter den seneste partshøring ({hearing}). Borgeren skal høres igen, hvis dokumentet rummer faktiske oplysninger eller en ekstern faglig vurdering, som borgeren ikke kender, som er til ugunst for borgeren og har væsentlig betydning for afgørelsen (forvaltningslovens § 19).' } },
        requirement: 'Borgeren er hørt over de dokumenter, vurderingen bygger på',
        check(ctx, report) {
            const last = lastHearing(ctx.root, ctx.caseDate);
            if (!last) return;
            for (const document of documents(ctx.root)) {
                if (document.type !== 'andet' && document.date && document.date > last) {
                    report(document, { property: 'date', args: { name: document.name, date: danishLongDate(document.date), hearing: danishLongDate(last) } });
                }
            }
        },
    }),
    'PROC-07': rule({
        title: 'Lovgrundlaget passer ikke til udfaldet', severity: 'warning', reads: ['word:formål', 'word:indstilling'], basis: 'FVL § 24, stk. 1, 1. pkt.',
        explanation: 'Begrundelsen skal henvise til de retsregler, afgørelsen bygger på (forvaltningslovens § 24, stk. 1). Et lovgrundlag, der ikke nævner udfaldets egne regler – fx `LAB § 112` stående efter et skift til fleksjob – viser borgeren den forkerte hjemmel.',
        fix: 'Ret `lovgrundlag`, så det nævner udfaldets egne regler.',
        messages: { main: { text: '`lovgrundlag` nævner ingen af reglerne for {outcome} ({expected}). Ret lovgrundlaget, så borgeren kan se, hvad afgørelsen bygger på (forvaltningslovens § 24, stk. 1).' } },
        requirement: 'Lovgrundlaget nævner udfaldets egne regler',
        check(ctx, report) {
            const basis = conclusionFacts(ctx.root).legalBasis;
            const own = ctx.outcome ? OUTCOME_PROVISIONS[ctx.outcome] : undefined;
            if (!basis || !own || basis.references.some(r => own.matches(r))) return;
            // An unknown law (GEN-07) is the finding; whether it was meant to be the right one is not known.
            report(basis, { args: { outcome: wordInText(ctx.outcome), expected: own.text }, inputs: basis.references.map(r => [r, 'law'] as const) });
        },
    }),
});
