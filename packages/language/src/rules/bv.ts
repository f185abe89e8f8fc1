import { addMonths, danishLongDate } from '../semantics/dates.js';
import { block, conclusionFacts } from '../semantics/model-access.js';
import { proseText } from '../semantics/prose.js';
import { citizenStatementSkeleton } from '../block-skeletons.js';
import { defineFamily, rule, TOP_OF_FILE } from './rule.js';
import { appendToFile, caseDateOf, insertInBlock } from './text-edits.js';

/** BV: the citizen's own statement: there, in the citizen's words, and current. */

export default defineFamily('BV', 'Borgerens stemme', {
    'BV-01': rule({
        title: 'Borgerens egen vurdering mangler', severity: 'error', reads: ['block:borgerens_vurdering'], basis: 'RSL § 4',
        explanation: 'Borgeren har ret til at medvirke (retssikkerhedslovens § 4). Borgerens egen vurdering skrives med borgerens egne ord og står for sig selv i rapporten.',
        fix: 'Tilføj `borgerens_vurdering <dato> """…"""` med borgerens egne ord.',
        messages: {
            main: { text: 'Borgerens egen vurdering mangler (retssikkerhedslovens § 4). Skriv borgerens egne ord i `borgerens_vurdering`.' },
            empty: { text: 'Borgerens egen vurdering er tom (retssikkerhedslovens § 4). Skriv borgerens egne ord.' },
        },
        requirement: 'Borgerens egen vurdering er med',
        check(ctx, report) {
            const statement = block(ctx.root, 'borgerens_vurdering');
            if (!statement) report(ctx.root, { range: TOP_OF_FILE, data: { caseDate: ctx.caseDate } });
            else if (!statement.text || proseText(statement.text).trim() === '') report(statement, { keyword: 'borgerens_vurdering', variant: 'empty' });
        },
        quickFix: {
            title: 'Indsæt borgerens vurdering',
            variants: ['main'],
            edits: (_d, document) => appendToFile(document, citizenStatementSkeleton(caseDateOf(document))),
        },
    }),
    'BV-02': rule({
        title: 'Borgerens vurdering er ikke aktuel', severity: 'warning', reads: ['block:borgerens_vurdering'], basis: 'RSL § 4 (medvirken); god praksis (seks måneder)',
        explanation: 'Borgerens vurdering skal være aktuel (retssikkerhedslovens § 4 om borgerens medvirken). God praksis er højst seks måneder gammel på beskrivelsens dato, og aldrig dateret senere end den.',
        fix: 'Tal med borgeren igen, og skriv den nye vurdering med dato.',
        messages: {
            main: { text: 'Borgerens vurdering er fra {date}, mere end seks måneder før sagens dato, {caseDate} (seks måneder er god praksis). Tal med borgeren igen, og skriv en aktuel vurdering (retssikkerhedslovens § 4).' },
            after: { text: 'Borgerens vurdering er dateret {date}, efter sagens dato, {caseDate}. Ret datoen (retssikkerhedslovens § 4).' },
            noDate: { text: 'Borgerens vurdering har ingen dato, så det kan ikke ses, om den er aktuel. Skriv datoen efter `borgerens_vurdering` (retssikkerhedslovens § 4).' },
        },
        requirement: 'Borgerens vurdering er dateret og aktuel',
        check(ctx, report) {
            const statement = block(ctx.root, 'borgerens_vurdering');
            // An empty statement is BV-01's.
            if (!statement?.text || proseText(statement.text).trim() === '') return;
            if (!statement.date) {
                report(statement, { keyword: 'borgerens_vurdering', variant: 'noDate' });
                return;
            }
            if (!ctx.caseDate) return;
            if (statement.date > ctx.caseDate) {
                report(statement, { property: 'date', variant: 'after', args: { date: danishLongDate(statement.date), caseDate: danishLongDate(ctx.caseDate) } });
            } else if (statement.date < addMonths(ctx.caseDate, -6)) {
                report(statement, { property: 'date', args: { date: danishLongDate(statement.date), caseDate: danishLongDate(ctx.caseDate) } });
            }
        },
    }),
    'BV-03': rule({
        title: 'Borgerens uenighed er ikke besvaret', severity: 'warning',
        relevant: (_facts, root) => { const stance = block(root, 'borgerens_vurdering')?.stance; return stance === 'uenig' || stance === 'delvis_enig'; }, reads: ['block:borgerens_vurdering', 'block:vurdering'],
        basis: 'god forvaltningsskik og Folketingets Ombudsmands praksis om begrundelse (FVL § 24)',
        explanation: 'Er borgeren uenig eller delvis enig i vurderingen, skal begrundelsen forholde sig til borgerens synspunkter: det er god forvaltningsskik, og Ombudsmanden lægger vægt på det (forvaltningslovens § 24).',
        fix: 'Skriv i `vurdering` `borgerens_synspunkt: "…"`: hvordan vurderingen forholder sig til det, borgeren mener. Hurtigrettelsen indsætter linjen.',
        messages: { main: { text: 'Borgeren er {stance} i vurderingen, men vurderingen svarer ikke på borgerens synspunkt. Skriv `borgerens_synspunkt: "…"` i `vurdering`: hvordan der er taget stilling til det, borgeren mener (god forvaltningsskik; forvaltningslovens § 24).' } },
        requirement: 'En borger, der er uenig, får svar på sine synspunkter',
        check(ctx, report) {
            const statement = block(ctx.root, 'borgerens_vurdering');
            const conclusion = block(ctx.root, 'vurdering');
            if (!statement?.stance || statement.stance === 'enig' || !conclusion || conclusionFacts(ctx.root).citizenViewAnswer) return;
            report(statement, { property: 'stance', args: { stance: statement.stance === 'uenig' ? 'uenig' : 'delvis enig' } });
        },
        quickFix: {
            title: 'Indsæt svaret på borgerens synspunkt',
            edits: (_d, document) => insertInBlock(document, 'vurdering', '    borgerens_synspunkt: "udfyldes"'),
        },
    }),
});
