import { addMonths } from '../semantics/dates.js';
import { block } from '../semantics/model-access.js';
import { proseText } from '../semantics/prose.js';
import { citizenStatementSkeleton } from '../skeletons.js';
import { TOP_OF_FILE } from './engine.js';
import { defineFamily, rule } from './rule.js';
import { appendToFile, caseDateOf } from './text-edits.js';

/** BV: the citizen's own statement: there, in the citizen's words, and current. */

export default defineFamily('BV', 'Borgerens stemme', {
    'BV-01': rule({
        title: 'Borgerens egen vurdering mangler', severity: 'error', basis: 'RSL § 4',
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
        title: 'Borgerens vurdering er ikke aktuel', severity: 'warning', basis: 'RSL § 4',
        explanation: 'Borgerens vurdering skal være aktuel: højst seks måneder gammel på beskrivelsens dato, og ikke dateret senere end den.',
        fix: 'Tal med borgeren igen, og skriv den nye vurdering med dato.',
        messages: {
            main: { text: 'Borgerens vurdering er fra {date}, mere end seks måneder før sagens dato {caseDate}. Tal med borgeren igen, og skriv en aktuel vurdering (retssikkerhedslovens § 4).' },
            after: { text: 'Borgerens vurdering er dateret {date}, efter sagens dato {caseDate}. Ret datoen (retssikkerhedslovens § 4).' },
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
                report(statement, { property: 'date', variant: 'after', args: { date: statement.date, caseDate: ctx.caseDate } });
            } else if (statement.date < addMonths(ctx.caseDate, -6)) {
                report(statement, { property: 'date', args: { date: statement.date, caseDate: ctx.caseDate } });
            }
        },
    }),
});
