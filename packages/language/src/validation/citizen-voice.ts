import { addMonths } from '../dates.js';
import { block } from '../model-access.js';
import { proseText } from '../prose.js';
import { TOP_OF_FILE, type RuleCheck } from './rule-engine.js';

/** BV-01, BV-02: the citizen's own statement is there, in the citizen's words, and current. */
export const checkCitizenStatement: RuleCheck = ctx => {
    const statement = block(ctx.root, 'borgerens_vurdering');
    if (!statement) {
        ctx.report('BV-01', ctx.root, { range: TOP_OF_FILE, data: { caseDate: ctx.caseDate } });
        return;
    }
    if (!statement.text || proseText(statement.text).trim() === '') {
        ctx.report('BV-01', statement, { keyword: 'borgerens_vurdering', variant: 'empty' });
        return;
    }
    if (!statement.date) {
        ctx.report('BV-02', statement, { keyword: 'borgerens_vurdering', variant: 'noDate' });
        return;
    }
    if (!ctx.caseDate) return;
    if (statement.date > ctx.caseDate) {
        ctx.report('BV-02', statement, { property: 'date', variant: 'after', args: { date: statement.date, caseDate: ctx.caseDate } });
    } else if (statement.date < addMonths(ctx.caseDate, -6)) {
        ctx.report('BV-02', statement, { property: 'date', args: { date: statement.date, caseDate: ctx.caseDate } });
    }
};
