import * as ast from '../generated/ast.js';
import { addMonths } from '../dates.js';
import { allBarriers, allResources, block, citizenFacts, conclusionFacts, documents, events } from '../model-access.js';
import { proseSegments, proseText, wordCount } from '../prose.js';
import type { RuleCheck } from './rule-engine.js';

/** AF-01, AF-02, PROC-01…05: procedure (RSL, FVL, LAB § 36 a) and the reasons given. */

/** Since when the citizen has had kontanthjælp: `borger.ydelse siden`, else the open line of forsørgelse. */
function onKontanthjaelpSince(root: ast.Assessment): string | undefined {
    const benefit = citizenFacts(root).benefit;
    if (benefit?.value !== 'kontanthjælp') return undefined;
    if (benefit.since) return benefit.since;
    return block(root, 'forsørgelse')?.periods.find(p => p.open && p.benefit === 'kontanthjælp')?.from;
}

export const checkClarification: RuleCheck = ctx => {
    const history = block(ctx.root, 'sagsforløb');
    const since = onKontanthjaelpSince(ctx.root);
    if (!history || !since || !ctx.caseDate) return;
    const clarifications = events(ctx.root).filter(e => e.kind === 'afklaring' && e.date <= ctx.caseDate!);
    const twoYearsBefore = addMonths(ctx.caseDate, -24);
    const aktivitetsparat = citizenFacts(ctx.root).visitation?.value === 'aktivitetsparat';
    if (ctx.caseDate >= '2025-07-01' && aktivitetsparat && ctx.age !== undefined && ctx.age >= 30 && since <= twoYearsBefore
        && !clarifications.some(e => e.date >= twoYearsBefore)) {
        ctx.report('AF-01', history, { keyword: 'sagsforløb', args: { since } });
    } else if (since < addMonths(ctx.caseDate, -12) && clarifications.length === 0) {
        ctx.report('AF-02', history, { keyword: 'sagsforløb' });
    }
};

export const checkHearing: RuleCheck = ctx => {
    const history = block(ctx.root, 'sagsforløb');
    if (!history) return;
    if (!events(ctx.root).some(e => e.kind === 'partshøring' && (!ctx.caseDate || e.date <= ctx.caseDate))) {
        ctx.report('PROC-01', history, { keyword: 'sagsforløb' });
    }
};

export const checkReasons: RuleCheck = ctx => {
    const c = conclusionFacts(ctx.root);
    if (!c.block) return;
    if (!c.reasons) {
        ctx.report('PROC-02', c.block, { keyword: 'vurdering' });
    } else {
        const facts = new Set<unknown>([...allResources(ctx.root), ...allBarriers(ctx.root)]);
        const segments = proseSegments(c.reasons.text);
        if (!segments.some(s => s.kind === 'mention' && facts.has(s.mention.target.ref))) {
            ctx.report('PROC-02', c.reasons, { property: 'text', variant: 'noFacts' });
        }
        const words = wordCount(proseText(c.reasons.text));
        if (words > 0 && words < 25) ctx.report('PROC-05', c.reasons, { property: 'text', args: { words } });
    }
    if (!c.legalBasis) ctx.report('PROC-02', c.block, { keyword: 'vurdering', variant: 'noBasis' });
};

const HEALTH_DOCUMENTS = new Set(['LÆ265', 'speciallægeerklæring', 'journaloplysninger']);
const GENERIC_CONSENT = /\b(alle (?:relevante )?oplysninger|alle relevante|generelt samtykke|alle nødvendige oplysninger)\b/iu;

export const checkConsent: RuleCheck = ctx => {
    const consents = events(ctx.root).filter(e => e.kind === 'samtykke');
    for (const document of documents(ctx.root)) {
        if (!HEALTH_DOCUMENTS.has(document.type) || !document.date) continue;
        if (!consents.some(c => c.date <= document.date)) {
            ctx.report('PROC-03', document, { property: 'name', args: { name: document.name, type: document.type, date: document.date } });
        }
    }
    for (const consent of consents) {
        const phrase = GENERIC_CONSENT.exec(proseText(consent.text));
        if (phrase) ctx.report('PROC-04', consent, { property: 'text', args: { phrase: phrase[1] } });
    }
};
