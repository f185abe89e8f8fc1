import * as ast from '../generated/ast.js';
import { wordInText } from '../legal/enumerations.js';
import { AREA_KEYWORDS, areaItems, barriers, block, citizenFacts, resources } from '../semantics/model-access.js';
import { proseText, wordCount } from '../semantics/prose.js';
import { defineFamily, rule, TOP_OF_FILE } from './rule.js';
import { insertInBlock } from './text-edits.js';
import { onwards } from '../legal/regimes.js';

/** FD: the description (forberedende del): the three life areas, goal, provision, history. */

const VAGUE = /\b(ukendt|afklares|uafklaret|todo|xxx)\b/iu;

export default defineFamily('FD', 'Beskrivelsen (forberedende del)', {
    'FD-01': rule({
        title: 'Ingen ressourcer om beskæftigelse', severity: 'error', reads: ['block:beskæftigelse'], basis: 'LAB § 44; bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (forberedende del)',
        usikker: onwards('REF-2026b'),
        explanation: 'Beskrivelsen skal tage udgangspunkt i borgerens ressourcer, også i forhold til uddannelse og arbejde (bekendtgørelse om rehabiliteringsplan, forberedende del).',
        fix: 'Tilføj mindst én `ressource` i `beskæftigelse`, fx uddannelse, erfaring eller ønsker.',
        messages: { main: { text: 'Blokken `beskæftigelse` har ingen ressourcer. Beskriv mindst én ressource, fx uddannelse, erfaring eller ønsker (LAB § 44; bekendtgørelse om rehabiliteringsplan, forberedende del).' } },
        requirement: 'Beskæftigelsesområdet har mindst én ressource',
        check(ctx, report) {
            const employment = block(ctx.root, 'beskæftigelse');
            if (employment && resources(employment).length === 0) report(employment, { keyword: 'beskæftigelse' });
        },
    }),
    'FD-02': rule({
        title: 'Ingen sociale ressourcer', severity: 'error', reads: ['block:socialt'], basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (forberedende del)', usikker: onwards('REF-2026b'),
        explanation: 'De sociale forhold skal beskrives med både ressourcer og udfordringer (bekendtgørelse om rehabiliteringsplan, forberedende del), fx netværk, bolig og økonomi.',
        fix: 'Tilføj mindst én `ressource` i `socialt`.',
        messages: { main: { text: 'Blokken `socialt` har ingen ressourcer. Beskriv mindst én, fx netværk eller hverdagens struktur (bekendtgørelse om rehabiliteringsplan, forberedende del).' } },
        requirement: 'Det sociale område har mindst én ressource',
        check(ctx, report) {
            const social = block(ctx.root, 'socialt');
            if (social && resources(social).length === 0) report(social, { keyword: 'socialt' });
        },
    }),
    'FD-03': rule({
        title: 'Livsområde uden barrierer eller forklaring', severity: 'warning', reads: ['block:beskæftigelse', 'block:socialt', 'block:helbred'], basis: 'LAB § 44; RSL § 5', usikker: onwards('REF-2026b'),
        explanation: 'Hvert livsområde skal belyses. Har borgeren ingen barrierer på et område, skal det siges udtrykkeligt, så læseren ved, at området er undersøgt (helhedsvurdering, retssikkerhedslovens § 5).',
        fix: 'Tilføj en `barriere`, eller skriv `ingen_barrierer: "…"` med en kort forklaring.',
        messages: { main: { text: 'Blokken `{area}` har hverken barrierer eller `ingen_barrierer: "…"`. Beskriv barriererne, eller skriv udtrykkeligt, at der ingen er (LAB § 44; retssikkerhedslovens § 5).' } },
        requirement: 'Hvert livsområde har barrierer eller en forklaring på, at der ingen er',
        check(ctx, report) {
            for (const keyword of AREA_KEYWORDS) {
                const area = block(ctx.root, keyword);
                if (area && barriers(area).length === 0 && !areaItems(area).some(ast.isNoBarriers)) report(area, { keyword, args: { area: keyword } });
            }
        },
    }),
    'FD-04': rule({
        title: 'Mål mangler eller er uklart', severity: 'error', reads: ['text:mål'], basis: 'LAB § 44', usikker: onwards('REF-2026b'),
        explanation: 'Borgerens uddannelses- og beskæftigelsesmål skal være konkret: hvilket arbejde eller hvilken uddannelse, og gerne i hvilket omfang.',
        fix: 'Skriv et konkret mål med mindst fire ord, fx "Job som lagermedarbejder 15 timer om ugen".',
        messages: {
            main: { text: 'Borgerens mål mangler. Tilføj `mål: "…"` med et konkret uddannelses- eller beskæftigelsesmål (LAB § 44).' },
            vague: { text: 'Målet "{text}" er for uklart. Skriv et konkret uddannelses- eller beskæftigelsesmål, fx "Job som lagermedarbejder 15 timer om ugen" (LAB § 44).' },
        },
        requirement: 'Målet er konkret',
        check(ctx, report) {
            const goal = block(ctx.root, 'mål');
            if (!goal) {
                report(ctx.root, { range: TOP_OF_FILE });
                return;
            }
            const text = proseText(goal.text).trim();
            if (wordCount(text) < 4 || VAGUE.test(text)) report(goal, { property: 'text', variant: 'vague', args: { text } });
        },
    }),
    'FD-05': rule({
        title: 'Behandling mangler', severity: 'error', reads: ['block:helbred'], basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (forberedende del)', usikker: onwards('REF-2026b'),
        explanation: 'Beskrivelsen skal oplyse, om borgeren er i behandling eller venter på det (bekendtgørelse om rehabiliteringsplan, forberedende del).',
        fix: 'Tilføj `behandling: "…"` i `helbred`; skriv "ingen", hvis borgeren ikke er i behandling.',
        messages: { main: { text: 'Blokken `helbred` mangler `behandling`. Skriv den behandling, borgeren får eller venter på – eller "ingen" (bekendtgørelse om rehabiliteringsplan, forberedende del).' } },
        requirement: 'Helbredsområdet beskriver behandlingen',
        check(ctx, report) {
            const health = block(ctx.root, 'helbred');
            if (health && !health.items.some(ast.isTreatment)) report(health, { keyword: 'helbred' });
        },
    }),
    'FD-06': rule({
        title: 'Borgerens eget syn på helbredet mangler', severity: 'error', reads: ['block:helbred'], basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (forberedende del: borgerens eget syn på helbred og arbejde); RSL § 4', usikker: onwards('REF-2026b'),
        explanation: 'Borgerens egen vurdering af, hvordan helbredet påvirker arbejdsevnen, skal med (bekendtgørelse om rehabiliteringsplan, forberedende del; retssikkerhedslovens § 4).',
        fix: 'Tilføj `borgerens_perspektiv: "…"` i `helbred` med borgerens egne ord.',
        messages: { main: { text: 'Blokken `helbred` mangler `borgerens_perspektiv`. Skriv borgerens egne ord om, hvordan helbredet påvirker arbejdet (bekendtgørelse om rehabiliteringsplan, forberedende del; retssikkerhedslovens § 4).' } },
        requirement: 'Borgerens eget syn på helbredet er med',
        check(ctx, report) {
            const health = block(ctx.root, 'helbred');
            if (health && !health.items.some(ast.isHealthPerspective)) report(health, { keyword: 'helbred' });
        },
        quickFix: {
            title: 'Indsæt borgerens perspektiv',
            edits: (_d, document) => insertInBlock(document, 'helbred', '    borgerens_perspektiv: "udfyldes"'),
        },
    }),
    'FD-07': rule({
        title: 'Forsørgelseshistorik mangler eller er uenig med ydelsen', severity: 'error', reads: ['block:forsørgelse', 'word:ydelse'], basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (forberedende del)', usikker: onwards('REF-2026b'),
        explanation: 'Forsørgelseshistorikken viser, hvordan borgeren har været forsørget, og dens åbne linje (`til nu`) skal svare til borgerens nuværende ydelse.',
        fix: 'Tilføj `forsørgelse { <ydelse> <dato> til <dato eller nu> }`, og ret den åbne linje, så den svarer til `borger.ydelse`.',
        messages: {
            main: { text: 'Forsørgelseshistorikken mangler. Tilføj `forsørgelse` med en linje pr. periode, fx `kontanthjælp 2020-07-01 til nu` (bekendtgørelse om rehabiliteringsplan, forberedende del).' },
            empty: { text: 'Blokken `forsørgelse` er tom. Skriv en linje pr. periode, fx `kontanthjælp 2020-07-01 til nu` (bekendtgørelse om rehabiliteringsplan, forberedende del).' },
            mismatch: { text: 'Den åbne linje i forsørgelsen ({provision}) svarer ikke til borgerens ydelse ({benefit}). Ret den ene, så de passer sammen.', severity: 'warning' },
        },
        requirement: 'Forsørgelseshistorikken er med og svarer til borgerens ydelse',
        check(ctx, report) {
            const provision = block(ctx.root, 'forsørgelse');
            if (!provision) {
                report(ctx.root, { range: TOP_OF_FILE });
                return;
            }
            if (provision.periods.length === 0) {
                report(provision, { keyword: 'forsørgelse', variant: 'empty' });
                return;
            }
            const open = provision.periods.find(p => p.open);
            const benefit = citizenFacts(ctx.root).benefit;
            // A misspelt word is GEN-09's fact (reads: word:ydelse), so both words here are valid ones.
            if (open && benefit && open.benefit !== benefit.value) {
                report(open, { property: 'benefit', variant: 'mismatch', args: { provision: wordInText(open.benefit), benefit: wordInText(benefit.value) } });
            }
        },
    }),
    'FD-08': rule({
        title: 'Hidtidige indsatser mangler', severity: 'error', reads: ['block:hidtidige_indsatser'], basis: 'LAB § 44', usikker: onwards('REF-2026b'),
        explanation: 'Beskrivelsen skal vise, hvad der er prøvet før, og hvad det gav. Er intet prøvet, skrives det med en grund (`ingen: "…"`).',
        fix: 'Tilføj indsatser med `resultat`, eller skriv `ingen: "…"` med grunden.',
        messages: {
            main: { text: 'De hidtidige indsatser mangler. Tilføj `hidtidige_indsatser` med de indsatser, der er prøvet, eller `ingen: "…"` med grunden (LAB § 44).' },
            empty: { text: 'Blokken `hidtidige_indsatser` er tom. Beskriv de indsatser, der er prøvet, eller skriv `ingen: "…"` med grunden (LAB § 44).' },
            noResult: { text: 'Indsatsen `{name}` har intet `resultat`. Skriv, hvad indsatsen viste (LAB § 44).', severity: 'warning' },
        },
        requirement: 'De hidtidige indsatser er beskrevet med resultat',
        check(ctx, report) {
            const history = block(ctx.root, 'hidtidige_indsatser');
            if (!history) {
                report(ctx.root, { range: TOP_OF_FILE });
                return;
            }
            if (history.items.length === 0) {
                report(history, { keyword: 'hidtidige_indsatser', variant: 'empty' });
                return;
            }
            for (const measure of history.items.filter(ast.isPreviousMeasure)) {
                if (!measure.attributes.some(ast.isResult)) report(measure, { property: 'name', variant: 'noResult', args: { name: measure.name } });
            }
        },
    }),
    'FD-09': rule({
        title: 'CV mangler', severity: 'warning', reads: ['block:beskæftigelse'], basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (forberedende del)', usikker: onwards('REF-2026b'),
        explanation: 'Borgerens uddannelse og arbejdserfaring (cv) hører til beskrivelsen af de beskæftigelsesmæssige forhold.',
        fix: 'Tilføj `cv: """…"""` i `beskæftigelse`.',
        messages: { main: { text: 'Blokken `beskæftigelse` har intet `cv`. Beskriv uddannelse og arbejdserfaring (bekendtgørelse om rehabiliteringsplan, forberedende del).' } },
        requirement: 'Beskæftigelsesområdet har et CV',
        check(ctx, report) {
            const employment = block(ctx.root, 'beskæftigelse');
            if (employment && !employment.items.some(ast.isCv)) report(employment, { keyword: 'beskæftigelse' });
        },
    }),
    'FD-10': rule({
        title: 'Ingen helbredsmæssige ressourcer', severity: 'warning', reads: ['block:helbred'], basis: 'RSL § 5', usikker: onwards('REF-2026b'),
        explanation: 'Også helbredet beskrives med ressourcer, ikke kun begrænsninger: hvad borgeren kan, og hvad der virker.',
        fix: 'Tilføj en `ressource` i `helbred`, fx hvad der hjælper, eller hvad borgeren kan trods sygdommen.',
        messages: { main: { text: 'Blokken `helbred` har ingen ressourcer. Beskriv også det, borgeren kan, og det, der virker (retssikkerhedslovens § 5).' } },
        requirement: 'Helbredsområdet har mindst én ressource',
        check(ctx, report) {
            const health = block(ctx.root, 'helbred');
            if (health && resources(health).length === 0) report(health, { keyword: 'helbred' });
        },
    }),
    'FD-11': rule({
        title: 'Ingen samtale med borgeren', severity: 'error', reads: ['block:sagsforløb'], basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (forberedende del); RSL § 4', usikker: onwards('REF-2026b'),
        explanation: 'Beskrivelsen udarbejdes sammen med borgeren (bekendtgørelse om rehabiliteringsplan, forberedende del; retssikkerhedslovens § 4). Sagsforløbet skal vise mindst én samtale.',
        fix: 'Tilføj `samtale navn: <dato> "…"` i `sagsforløb`.',
        messages: { main: { text: 'Sagsforløbet har ingen samtale med borgeren. Beskrivelsen skal laves sammen med borgeren: tilføj `samtale navn: <dato> "…"` (bekendtgørelse om rehabiliteringsplan, forberedende del; retssikkerhedslovens § 4).' } },
        requirement: 'Beskrivelsen er lavet sammen med borgeren (samtale)',
        check(ctx, report) {
            const history = block(ctx.root, 'sagsforløb');
            if (history && !history.events.some(e => e.kind === 'samtale')) report(history, { keyword: 'sagsforløb' });
        },
    }),
    'FD-12': rule({
        title: 'Helbredsbarriere uden kilde', severity: 'warning', reads: ['block:helbred'], basis: 'RSL § 10', usikker: onwards('REF-2026b'),
        explanation: 'Oplysninger om helbred skal bygge på dokumentation (officialprincippet, retssikkerhedslovens § 10). Angiv dokumentet med `kilde`.',
        fix: 'Tilføj `kilde <dokument>` på barrieren.',
        messages: { main: { text: 'Helbredsbarrieren `{name}` har ingen `kilde`. Henvis til det dokument, oplysningen bygger på (retssikkerhedslovens § 10).' } },
        requirement: 'Hver helbredsbarriere har en kilde',
        check(ctx, report) {
            for (const barrier of barriers(block(ctx.root, 'helbred'))) {
                if (!barrier.attributes.some(ast.isSources)) report(barrier, { property: 'name', args: { name: barrier.name } });
            }
        },
    }),
    'FD-13': rule({
        title: 'Borgerens ønsker mangler', severity: 'warning', reads: ['block:beskæftigelse'], usikker: onwards('REF-2026b'),
        basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (forberedende del: ønsker til fremtidigt job og uddannelse)',
        explanation: 'Den forberedende del beskriver borgerens ønsker til fremtidigt job og uddannelse (ifølge Cabi og DUKH et af dens emner; bekendtgørelsens paragraftekst er ikke læst). Ønsket er ikke det samme som målet: `mål` er det konkrete mål, beskrivelsen arbejder hen imod; ønsket kan være bredere, urealistisk eller anderledes, og forskellen er i sig selv en oplysning til vurderingen.',
        fix: 'Skriv `ønsker: "…"` i `beskæftigelse` med borgerens egne ord – eller en ressource eller barriere med `tema arbejdsrelevante_ønsker`.',
        messages: { main: { text: 'Blokken `beskæftigelse` beskriver ikke borgerens egne ønsker til fremtidigt job og uddannelse, som den forberedende del skal (bekendtgørelse om rehabiliteringsplan). Skriv `ønsker: "…"` med borgerens egne ord – `mål` er målet, ikke ønsket.' } },
        requirement: 'Borgerens egne ønsker til job og uddannelse er beskrevet',
        check(ctx, report) {
            const employment = block(ctx.root, 'beskæftigelse');
            if (!employment) return;
            const wishes = employment.items.some(ast.isWishes)
                || areaItems(employment).some(item => (ast.isResource(item) || ast.isBarrier(item)) && item.attributes.some(a => ast.isTheme(a) && a.value === 'arbejdsrelevante_ønsker'));
            if (!wishes) report(employment, { keyword: 'beskæftigelse' });
        },
        quickFix: {
            title: 'Tilføj borgerens ønsker',
            edits: (_d, document) => insertInBlock(document, 'beskæftigelse', '    ønsker: "udfyldes"'),
        },
    }),
});
