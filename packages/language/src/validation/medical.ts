import { regimeAtLeast } from '../legal/regimes.js';
import { addMonths } from '../dates.js';
import { block, conclusionFacts, documents } from '../model-access.js';
import { proseSegments } from '../prose.js';
import * as ast from '../generated/ast.js';
import type { RuleCheck } from './rule-engine.js';

/** LAE-01…04: medical documentation. */

export const checkMedicalDocumentation: RuleCheck = ctx => {
    const documentation = block(ctx.root, 'dokumentation');
    if (!documentation) return;
    const docs = documents(ctx.root);
    const has = (type: string) => docs.some(d => d.type === type);

    if (ctx.outcome === 'jobafklaringsforløb') {
        if (!has('LÆ265') && !has('LÆ285')) ctx.report('LAE-01', documentation, { keyword: 'dokumentation', variant: 'jobafklaring' });
    } else if (!has('LÆ265')) {
        ctx.report('LAE-01', documentation, { keyword: 'dokumentation', args: { outcome: ctx.outcome ?? '' } });
    }

    const newest = docs.filter(d => d.type === 'LÆ265' && d.date).sort((a, b) => b.date.localeCompare(a.date))[0];
    if (newest && ctx.caseDate) {
        if (newest.date < addMonths(ctx.caseDate, -12)) ctx.report('LAE-02', newest, { property: 'date', variant: 'old', args: { date: newest.date, caseDate: ctx.caseDate } });
        else if (newest.date < addMonths(ctx.caseDate, -6)) ctx.report('LAE-02', newest, { property: 'date', args: { date: newest.date, caseDate: ctx.caseDate } });
    }

    if (!has('klinisk_funktion')) {
        if (ctx.outcome === 'førtidspension') ctx.report('LAE-03', documentation, { keyword: 'dokumentation' });
        else if (ctx.outcome === 'fleksjob' && regimeAtLeast(ctx.regime.id, 'REF-2026b')) {
            ctx.report('LAE-03', documentation, { keyword: 'dokumentation', variant: 'fleksjob' });
        }
    }
};

export const checkReasonsCiteDocuments: RuleCheck = ctx => {
    const { reasons } = conclusionFacts(ctx.root);
    if (!reasons) return;
    const citesDocument = proseSegments(reasons.text).some(s => s.kind === 'mention' && ast.isDocument(s.mention.target.ref));
    if (!citesDocument) ctx.report('LAE-04', reasons, { property: 'text' });
};
