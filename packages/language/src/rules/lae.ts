import * as ast from '../generated/ast.js';
import { wordInText } from '../legal/enumerations.js';
import { addMonths, danishLongDate } from '../semantics/dates.js';
import { block, conclusionFacts, documents } from '../semantics/model-access.js';
import { proseSegments } from '../semantics/prose.js';
import { defineFamily, rule } from './rule.js';
import { onwards } from '../legal/regimes.js';

/** LAE: medical documentation. */

export default defineFamily('LAE', 'Lægelig dokumentation', {
    'LAE-01': rule({
        title: 'Lægeattest (LÆ 265) mangler', severity: 'error', reads: ['word:dokumenttype', 'block:dokumentation'],
        outcomes: ['fleksjob', 'førtidspension', 'ressourceforløb', 'revalidering', 'jobafklaringsforløb'],
        basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling (lægeattest); Ankestyrelsen om manglende LÆ 265', usikker: onwards('REF-2026b'),
        explanation: 'Frem til 30. juni 2026 gør en manglende LÆ 265 som hovedregel afgørelsen ugyldig (Ankestyrelsen). Om kravet består efter reformen, er ikke afklaret; der skal under alle omstændigheder være aktuelle lægelige oplysninger.',
        fix: 'Indhent en LÆ 265 (ved jobafklaringsforløb er en LÆ 285 nok), og tilføj den i `dokumentation`.',
        messages: {
            main: { text: 'Der er ingen lægeattest (LÆ 265) i dokumentationen, og den kræves ved {outcome} (bekendtgørelse om rehabiliteringsplan; Ankestyrelsen). Indhent attesten, og tilføj `dokument navn: LÆ265 <dato> "…"`.', severityFrom: { regime: 'REF-2026b', severity: 'warning' } },
            jobafklaring: { text: 'Der er hverken LÆ 265 eller LÆ 285 i dokumentationen, og aktuelle lægelige oplysninger kræves ved jobafklaringsforløb (bekendtgørelse om rehabiliteringsplan). Tilføj attesten i `dokumentation`.', severityFrom: { regime: 'REF-2026b', severity: 'warning' } },
        },
        requirement: 'Der er en lægeattest (LÆ 265; ved jobafklaringsforløb LÆ 285)',
        check(ctx, report) {
            const documentation = block(ctx.root, 'dokumentation');
            if (!documentation) return;
            const types = new Set(documents(ctx.root).map(d => d.type));
            if (ctx.outcome === 'jobafklaringsforløb') {
                if (!types.has('LÆ265') && !types.has('LÆ285')) report(documentation, { keyword: 'dokumentation', variant: 'jobafklaring' });
            } else if (!types.has('LÆ265')) {
                report(documentation, { keyword: 'dokumentation', args: { outcome: wordInText(ctx.outcome) } });
            }
        },
    }),
    'LAE-02': rule({
        title: 'Lægeattesten er ikke aktuel', severity: 'warning', reads: ['word:dokumenttype'], basis: 'Ankestyrelsen: LÆ 265 skal være aktuel (6 og 12 måneder er praksis)',
        explanation: 'En forældet LÆ 265 er en retlig mangel (Ankestyrelsen). Over seks måneder gammel bør den fornyes; over tolv måneder er den ikke aktuel.',
        fix: 'Indhent en ny LÆ 265.',
        messages: {
            main: { text: 'Den nyeste LÆ 265 er fra {date}, mere end seks måneder før sagens dato, {caseDate}. Ankestyrelsen kræver en aktuel attest uden at sætte en grænse i måneder; seks måneder er praksis. Overvej at indhente en ny.' },
            old: { text: 'Den nyeste LÆ 265 er fra {date}, mere end tolv måneder før sagens dato, {caseDate}. Så gammel en attest vil sjældent være aktuel, som Ankestyrelsen kræver: indhent en ny (grænsen på tolv måneder er praksis, ikke lov).' },
        },
        requirement: 'Den nyeste LÆ 265 er aktuel',
        check(ctx, report) {
            const newest = documents(ctx.root).filter(d => d.type === 'LÆ265' && d.date).sort((a, b) => b.date.localeCompare(a.date))[0];
            if (!newest || !ctx.caseDate) return;
            if (newest.date < addMonths(ctx.caseDate, -12)) report(newest, { property: 'date', variant: 'old', args: { date: danishLongDate(newest.date), caseDate: danishLongDate(ctx.caseDate) } });
            else if (newest.date < addMonths(ctx.caseDate, -6)) report(newest, { property: 'date', args: { date: danishLongDate(newest.date), caseDate: danishLongDate(ctx.caseDate) } });
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
            if (!reasons) return;
            const citesDocument = proseSegments(reasons.text).some(s => s.kind === 'mention' && ast.isDocument(s.mention.target.ref));
            if (!citesDocument) report(reasons, { property: 'text' });
        },
    }),
});
