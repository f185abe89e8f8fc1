import * as ast from '../generated/ast.js';
import { addDays } from '../dates.js';
import { proseText } from '../prose.js';
import { caseFacts, citizenFacts } from '../model-access.js';
import type { RuleCheck } from './rule-engine.js';

/** GEN-03, GEN-06, GEN-08: the case date, dates in order, placeholder texts. */

export const checkCaseDate: RuleCheck = ctx => {
    const date = caseFacts(ctx.root).date;
    if (!date || !ctx.caseDate) return;
    if (ctx.caseDate < '2022-01-01') ctx.report('GEN-03', date, { property: 'value', args: { date: ctx.caseDate } });
    else if (ctx.caseDate > addDays(ctx.today, 30)) ctx.report('GEN-03', date, { property: 'value', variant: 'future', args: { date: ctx.caseDate } });
};

export const checkDateOrder: RuleCheck = ctx => {
    for (const node of ctx.nodes) {
        if ((ast.isPeriod(node) || (ast.isProvisionPeriod(node) && node.to)) && node.to! < node.from) {
            ctx.report('GEN-06', node, { args: { from: node.from, to: node.to! } });
        }
    }
    const caseDate = ctx.caseDate;
    if (!caseDate) return;
    const after = (what: string, node: ast.Benefit | ast.Document | ast.Event, property: string, date: string | undefined) => {
        if (date && date > caseDate) ctx.report('GEN-06', node, { property, variant: 'afterCase', args: { what, date, caseDate } });
    };
    const benefit = citizenFacts(ctx.root).benefit;
    if (benefit) after('Ydelsen (`siden`)', benefit, 'since', benefit.since);
    for (const node of ctx.nodes) {
        if (ast.isDocument(node)) after(`Dokumentet \`${node.name}\``, node, 'date', node.date);
        else if (ast.isEvent(node)) after(`Hændelsen \`${node.name}\``, node, 'date', node.date);
    }
};

const PLACEHOLDER_WORDS = /(^|[^\p{L}\d])(TODO|todo|Todo|xxx+|XXX+|\?{3,})(?=$|[^\p{L}\d])/u;
const PLACEHOLDER_TEXTS = /^\s*(udfyldes|ukendt|mangler|tbd|\.\.\.|…|-+)\s*[.!]?\s*$/iu;

/** Texts other rules judge: mål (FD-04, also vague ones), cpr (CPR-01); an empty citizen statement is BV-01. */
function coveredElsewhere(prose: ast.Prose, empty: boolean): boolean {
    const owner = prose.$container;
    return ast.isGoal(owner) || ast.isCpr(owner) || (empty && ast.isCitizenStatement(owner));
}

export const checkPlaceholders: RuleCheck = ctx => {
    for (const node of ctx.nodes) {
        if (!ast.isProse(node)) continue;
        const text = proseText(node);
        if (coveredElsewhere(node, text.trim() === '')) continue;
        const masked = text.replace(/(\d{6}|X{6})-X{4}/g, '');
        // The cheap test first: most texts hold none of the placeholder letters.
        const suspicious = /todo|xxx|\?\?\?/i.test(masked) && PLACEHOLDER_WORDS.test(masked);
        if (text.trim() === '' || suspicious || (text.length < 20 && PLACEHOLDER_TEXTS.test(text))) {
            const shown = text.trim().length > 40 ? text.trim().slice(0, 37) + '…' : text.trim();
            ctx.report('GEN-08', node, { args: { text: shown } });
        }
    }
};
