import * as ast from '../generated/ast.js';
import { wordInText } from '../legal/enumerations.js';
import { addMonths, danishLongDate } from '../semantics/dates.js';
import { attribute, block, citizenFacts, conclusionFacts, documents, newestLae265 } from '../semantics/model-access.js';
import { proseSegments, proseText } from '../semantics/prose.js';
import type { Facts } from '../semantics/facts.js';
import { defineFamily, rule, type CheckContext } from './rule.js';
import { between, onwards } from '../legal/regimes.js';

/** LAE: medical documentation. */

/**
 * An LÆ 285 suffices only where a sygemeldt enters jobafklaringsforløb at the revurdering (bek. § 4, stk. 2);
 * a new forløb on ressourceforløbsydelse needs an LÆ 265. Another ydelse is UDF-04's finding: the LÆ 285 is not judged again.
 */
function lae285Suffices(outcome: Facts['outcome'], root: ast.Assessment): boolean {
    return outcome === 'jobafklaringsforløb' && citizenFacts(root).benefit?.value !== 'ressourceforløbsydelse';
}

/** The begrundelse names a document with `@` (LAE-04 owns the case where it names none). */
function reasonsCiteDocument(reasons: ast.Reasons): boolean {
    return proseSegments(reasons.text).some(s => s.kind === 'mention' && ast.isDocument(s.mention.target.ref));
}

/** `"ingen"` (trimmed, any case): an explicit answer that there is nothing. */
function saysNone(prose: ast.Prose | undefined): boolean {
    return proseText(prose).trim().toLowerCase() === 'ingen';
}

const LAE265_CONTENT = [
    [ast.Consultation, '`konsultation`'],
    [ast.HealthConditions, '`helbredsforhold`'],
    [ast.SpecialConsiderations, '`særlige_hensyn`'],
    [ast.DoctorComment, '`lægens_kommentar`'],
] as const;

function listInDanish(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function specialConsiderations(ctx: Pick<CheckContext, 'root'>): ast.SpecialConsiderations | undefined {
    const newest = newestLae265(ctx.root);
    return newest ? attribute(newest, ast.isSpecialConsiderations) : undefined;
}

export default defineFamily('LAE', 'Lægelig dokumentation', {
    'LAE-01': rule({
        title: 'Lægeattest (LÆ 265) mangler', severity: 'error', reads: ['word:dokumenttype', 'word:ydelse', 'block:dokumentation'],
        outcomes: ['fleksjob', 'førtidspension', 'ressourceforløb', 'revalidering', 'jobafklaringsforløb'],
        basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (lægeattest, § 4, stk. 1–2); Ankestyrelsen om manglende LÆ 265', usikker: onwards('REF-2026b'),
        explanation: 'Frem til 30. juni 2026 gør en manglende LÆ 265 som hovedregel afgørelsen ugyldig (Ankestyrelsen). Går en sygemeldt på sygedagpenge over i jobafklaringsforløb ved revurderingen, kan attesten fra første opfølgningssamtale (LÆ 285) bruges, hvis kommunen vurderer, at den sammen med andre helbredsoplysninger er tilstrækkelig (bek. § 4, stk. 2); et nyt jobafklaringsforløb kræver en LÆ 265. Om kravet består efter reformen, er ikke afklaret; der skal under alle omstændigheder være aktuelle lægelige oplysninger.',
        fix: 'Indhent en LÆ 265 (ved overgang fra sygedagpenge til jobafklaringsforløb kan en LÆ 285 være nok), og tilføj den i `dokumentation`.',
        messages: {
            main: { text: 'Der er ingen lægeattest (LÆ 265) i dokumentationen, og den kræves ved {outcome} (bekendtgørelse om rehabiliteringsplan; Ankestyrelsen). Indhent attesten, og tilføj `dokument navn: LÆ265 <dato> "…"`.', severityFrom: { regime: 'REF-2026b', severity: 'warning' } },
            jobafklaring: { text: 'Der er hverken LÆ 265 eller LÆ 285 i dokumentationen, og aktuelle lægelige oplysninger kræves ved jobafklaringsforløb. Attesten fra første opfølgningssamtale (LÆ 285) kan bruges, hvis du vurderer, at den sammen med andre helbredsoplysninger er tilstrækkelig (bekendtgørelse om rehabiliteringsplan § 4, stk. 2). Tilføj attesten i `dokumentation`.', severityFrom: { regime: 'REF-2026b', severity: 'warning' } },
            nytForløb: { text: 'Der er ingen lægeattest (LÆ 265) i dokumentationen. Borgeren får ikke sygedagpenge, så det er et nyt jobafklaringsforløb, og det kræver en LÆ 265 (bekendtgørelse om rehabiliteringsplan § 4, stk. 1); en LÆ 285 er kun nok ved overgangen fra sygedagpenge. Indhent attesten, og tilføj `dokument navn: LÆ265 <dato> "…"`.', severityFrom: { regime: 'REF-2026b', severity: 'warning' } },
        },
        requirement: 'Der er en lægeattest (LÆ 265; ved overgang fra sygedagpenge til jobafklaringsforløb LÆ 285)',
        check(ctx, report) {
            const documentation = block(ctx.root, 'dokumentation');
            if (!documentation) return;
            const types = new Set(documents(ctx.root).map(d => d.type));
            if (types.has('LÆ265')) return;
            if (lae285Suffices(ctx.outcome, ctx.root)) {
                if (!types.has('LÆ285')) report(documentation, { keyword: 'dokumentation', variant: 'jobafklaring' });
            } else {
                const variant = ctx.outcome === 'jobafklaringsforløb' ? 'nytForløb' : 'main';
                report(documentation, { keyword: 'dokumentation', variant, args: { outcome: wordInText(ctx.outcome) } });
            }
        },
    }),
    'LAE-02': rule({
        title: 'Lægeattesten er ikke aktuel', severity: 'warning', reads: ['word:dokumenttype'], basis: 'Ankestyrelsen: LÆ 265 skal være aktuel (6 og 12 måneder er praksis)',
        explanation: 'En forældet LÆ 265 er en retlig mangel (Ankestyrelsen). Over seks måneder gammel bør den fornyes; over tolv måneder er den ikke aktuel. Alderen regnes fra konsultationen, attesten bygger på (`konsultation`), ellers fra attestens dato.',
        fix: 'Indhent en ny LÆ 265.',
        messages: {
            main: { text: 'Den nyeste LÆ 265 {from}, mere end seks måneder før sagens dato, {caseDate}. Ankestyrelsen kræver en aktuel attest uden at sætte en grænse i måneder; seks måneder er praksis. Overvej at indhente en ny.' },
            old: { text: 'Den nyeste LÆ 265 {from}, mere end tolv måneder før sagens dato, {caseDate}. Så gammel en attest vil sjældent være aktuel, som Ankestyrelsen kræver: indhent en ny (grænsen på tolv måneder er praksis, ikke lov).' },
        },
        requirement: 'Den nyeste LÆ 265 er aktuel',
        check(ctx, report) {
            const newest = newestLae265(ctx.root);
            if (!newest || !ctx.caseDate) return;
            const consultation = attribute(newest, ast.isConsultation);
            const date = consultation?.date ?? newest.date;
            const args = {
                from: consultation ? `bygger på en konsultation ${danishLongDate(date)}` : `er fra ${danishLongDate(date)}`,
                caseDate: danishLongDate(ctx.caseDate),
            };
            const where = consultation ?? newest;
            if (date < addMonths(ctx.caseDate, -12)) report(where, { property: 'date', variant: 'old', args });
            else if (date < addMonths(ctx.caseDate, -6)) report(where, { property: 'date', args });
        },
    }),
    'LAE-03': rule({
        title: 'Sundhedsfaglig rådgivning fra klinisk funktion mangler', severity: 'error', reads: ['word:dokumenttype', 'block:dokumentation'],
        outcomes: ['førtidspension', 'fleksjob'], basis: 'LSP § 19, stk. 2; lov nr. 1750/2025',
        explanation: 'I sager om førtidspension må kommunen kun få sundhedsfaglig rådgivning fra regionens klinisk funktion (pensionslovens § 19, stk. 2), og kommunen skal indhente den. Fra 1. juli 2026 sker det direkte og ikke længere gennem rehabiliteringsteamet, og rådgivningen er også obligatorisk i sager om fleksjob (lov nr. 1750 af 29/12/2025).',
        fix: 'Indhent sundhedsfaglig rådgivning fra klinisk funktion, og tilføj `dokument navn: klinisk_funktion <dato> "…"`.',
        messages: {
            main: { text: 'Der er ingen sundhedsfaglig rådgivning fra klinisk funktion i dokumentationen. I sager om førtidspension må kommunen kun få sundhedsfaglig rådgivning fra regionens klinisk funktion (pensionslovens § 19, stk. 2), og den skal indhentes – før 1. juli 2026 gennem rehabiliteringsteamets sundhedskoordinator, derefter direkte (lov nr. 1750 af 29/12/2025). Tilføj `dokument navn: klinisk_funktion <dato> "…"`.' },
            fleksjob: { text: 'Der er ingen sundhedsfaglig rådgivning fra klinisk funktion i dokumentationen; fra 1. juli 2026 kræves den ved fleksjob (lov nr. 1750/2025). Tilføj `dokument navn: klinisk_funktion <dato> "…"`.', usikker: true, outcomes: ['fleksjob'], regimes: onwards('REF-2026b') },
        },
        requirement: 'Der er sundhedsfaglig rådgivning fra klinisk funktion',
        check(ctx, report) {
            const documentation = block(ctx.root, 'dokumentation');
            if (!documentation || documents(ctx.root).some(d => d.type === 'klinisk_funktion')) return;
            report(documentation, { keyword: 'dokumentation', variant: ctx.outcome === 'fleksjob' ? 'fleksjob' : 'main' });
        },
    }),
    'LAE-04': rule({
        title: 'Begrundelsen nævner ingen dokumentation', severity: 'warning', reads: ['text:begrundelse'], basis: 'FVL § 24',
        explanation: 'En begrundelse skal nævne de faktiske omstændigheder, der er lagt vægt på (forvaltningslovens § 24), herunder den lægelige dokumentation.',
        fix: 'Henvis til dokumenterne i begrundelsen med `@navn`.',
        messages: { main: { text: 'Begrundelsen henviser ikke til noget dokument. Nævn den dokumentation, vurderingen bygger på, med `@navn` (forvaltningslovens § 24).' } },
        requirement: 'Begrundelsen henviser til dokumentationen',
        check(ctx, report) {
            const { reasons } = conclusionFacts(ctx.root);
            if (reasons && !reasonsCiteDocument(reasons)) report(reasons, { property: 'text' });
        },
    }),
    'LAE-05': rule({
        title: 'Lægeattestens indhold mangler', severity: 'warning', reads: ['word:dokumenttype', 'word:ydelse'],
        outcomes: ['fleksjob', 'førtidspension', 'ressourceforløb', 'revalidering', 'jobafklaringsforløb'],
        regimes: between('RP-2022', 'REF-2026a', 'reformen 1. juli 2026 (om LÆ 265 fortsat er obligatorisk, er uafklaret; LAE-01 dækker dokumentationen)'),
        basis: 'bekendtgørelsen om rehabiliteringsplan § 4, stk. 3, nr. 1–4 (BEK nr. 2408 af 13/12/2021)',
        explanation: 'Lægens vurdering i LÆ 265 skal bygge på en konsultation med borgeren og indeholde helbredsforholdene, de særlige hensyn og lægens kommentar til borgerens eget perspektiv på helbred og arbejde (bekendtgørelse om rehabiliteringsplan § 4, stk. 3, nr. 1–3; læst i BEK nr. 2408 af 13/12/2021). At BEK 1708/2024 og BEK 47/2026 beholder § 4, stk. 3, er sandsynligt, men ikke læst. Andre forhold (nr. 4) er ofte tomme og kræves ikke. Fra 1. juli 2026 tjekkes reglen ikke, fordi det er uafklaret, om LÆ 265 fortsat er obligatorisk.',
        fix: 'Skriv det, lægen har svaret, som `konsultation`, `helbredsforhold`, `særlige_hensyn` og `lægens_kommentar` under attesten. Mangler det i attesten, så bed lægen om at udfylde den.',
        messages: { main: { text: 'Lægeattesten `{name}` (LÆ 265) viser ikke {missing}. Lægens vurdering skal bygge på en konsultation med borgeren og indeholde helbredsforholdene, de særlige hensyn og lægens kommentar til borgerens eget perspektiv (bekendtgørelse om rehabiliteringsplan § 4, stk. 3). Skriv det, lægen har svaret; mangler det i attesten, så bed lægen om at udfylde den (retssikkerhedslovens § 10).' } },
        requirement: 'Lægeattesten (LÆ 265) bygger på en konsultation og viser lægens vurdering',
        relevant: (facts, root) => !lae285Suffices(facts.outcome, root),
        check(ctx, report) {
            if (lae285Suffices(ctx.outcome, ctx.root)) return;
            const newest = newestLae265(ctx.root);
            if (!newest) return;
            const missing = LAE265_CONTENT.filter(([type]) => !newest.attributes.some(a => a.$type === type.$type)).map(([, keyword]) => keyword);
            if (missing.length) report(newest, { property: 'name', args: { name: newest.name, missing: listInDanish(missing) } });
        },
    }),
    'LAE-06': rule({
        title: 'Vurderingen forholder sig ikke til lægens særlige hensyn', severity: 'warning', reads: ['word:dokumenttype', 'text:begrundelse'],
        basis: 'FVL § 24, stk. 2; RSL § 10',
        explanation: 'Nævner egen læge særlige hensyn i LÆ 265, og siger vurderingen, at der ingen skånehensyn er, skal begrundelsen forklare hvorfor: den skal nævne de faktiske omstændigheder, der er lagt vægt på (forvaltningslovens § 24).',
        fix: 'Forklar i begrundelsen, med `@` til attesten, hvorfor lægens særlige hensyn ikke fører til skånehensyn – eller skriv skånehensynene.',
        messages: { main: { text: 'Egen læge nævner særlige hensyn i `{name}` ("{considerations}"), men vurderingen siger, at der ingen skånehensyn er. Forklar i begrundelsen hvorfor, med `@{name}` (forvaltningslovens § 24, stk. 2) – eller skriv skånehensynene.' } },
        requirement: 'Vurderingen forholder sig til lægens særlige hensyn',
        relevant: (_facts, root) => {
            const special = specialConsiderations({ root });
            return !!special && !saysNone(special.text);
        },
        check(ctx, report) {
            const special = specialConsiderations(ctx);
            const { considerations, reasons } = conclusionFacts(ctx.root);
            if (!special || saysNone(special.text) || !considerations || !saysNone(considerations.text)) return;
            // No begrundelse is another rule's finding; one that cites no document at all is LAE-04's.
            if (!reasons || !reasonsCiteDocument(reasons)) return;
            const attest = special.$container as ast.Document;
            if (proseSegments(reasons.text).some(s => s.kind === 'mention' && s.mention.target.ref === attest)) return;
            const text = proseText(special.text).trim();
            report(considerations, { property: 'text', args: { name: attest.name, considerations: text.length > 60 ? `${text.slice(0, 57)}…` : text }, inputs: [considerations, special, reasons] });
        },
    }),
});
