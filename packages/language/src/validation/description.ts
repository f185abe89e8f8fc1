import * as ast from '../generated/ast.js';
import { isInList } from '../legal/enumerations.js';
import { AREA_KEYWORDS, areaItems, barriers, block, citizenFacts, resources } from '../model-access.js';
import { proseText, wordCount } from '../prose.js';
import { TOP_OF_FILE, type RuleCheck } from './rule-engine.js';

/** FD-01…12: the description (forberedende del): the three life areas, goal, provision, history. */

export const checkLifeAreas: RuleCheck = ctx => {
    const employment = block(ctx.root, 'beskæftigelse');
    const social = block(ctx.root, 'socialt');
    const health = block(ctx.root, 'helbred');
    if (employment && resources(employment).length === 0) ctx.report('FD-01', employment, { keyword: 'beskæftigelse' });
    if (social && resources(social).length === 0) ctx.report('FD-02', social, { keyword: 'socialt' });
    if (health && resources(health).length === 0) ctx.report('FD-10', health, { keyword: 'helbred' });
    for (const keyword of AREA_KEYWORDS) {
        const area = block(ctx.root, keyword);
        if (area && barriers(area).length === 0 && !areaItems(area).some(ast.isNoBarriers)) {
            ctx.report('FD-03', area, { keyword, args: { area: keyword } });
        }
    }
    if (employment && !employment.items.some(ast.isCv)) ctx.report('FD-09', employment, { keyword: 'beskæftigelse' });
    if (health) {
        if (!health.items.some(ast.isTreatment)) ctx.report('FD-05', health, { keyword: 'helbred' });
        if (!health.items.some(ast.isHealthPerspective)) ctx.report('FD-06', health, { keyword: 'helbred' });
        for (const barrier of barriers(health)) {
            if (!barrier.attributes.some(ast.isSources)) ctx.report('FD-12', barrier, { property: 'name', args: { name: barrier.name } });
        }
    }
};

const VAGUE = /\b(ukendt|afklares|uafklaret|todo|xxx)\b/iu;

export const checkGoal: RuleCheck = ctx => {
    const goal = block(ctx.root, 'mål');
    if (!goal) {
        ctx.report('FD-04', ctx.root, { range: TOP_OF_FILE });
        return;
    }
    const text = proseText(goal.text).trim();
    if (wordCount(text) < 4 || VAGUE.test(text)) ctx.report('FD-04', goal, { property: 'text', variant: 'vague', args: { text } });
};

export const checkProvision: RuleCheck = ctx => {
    const provision = block(ctx.root, 'forsørgelse');
    if (!provision) {
        ctx.report('FD-07', ctx.root, { range: TOP_OF_FILE });
        return;
    }
    if (provision.periods.length === 0) {
        ctx.report('FD-07', provision, { keyword: 'forsørgelse', variant: 'empty' });
        return;
    }
    const open = provision.periods.find(p => p.open);
    const benefit = citizenFacts(ctx.root).benefit;
    // A misspelt word is GEN-09's fact; only two valid words can disagree.
    if (open && benefit && isInList('ydelse', open.benefit) && isInList('ydelse', benefit.value) && open.benefit !== benefit.value) {
        ctx.report('FD-07', open, { property: 'benefit', variant: 'mismatch', args: { provision: open.benefit, benefit: benefit.value } });
    }
};

export const checkPreviousMeasures: RuleCheck = ctx => {
    const history = block(ctx.root, 'hidtidige_indsatser');
    if (!history) {
        ctx.report('FD-08', ctx.root, { range: TOP_OF_FILE });
        return;
    }
    if (history.items.length === 0) {
        ctx.report('FD-08', history, { keyword: 'hidtidige_indsatser', variant: 'empty' });
        return;
    }
    for (const measure of history.items.filter(ast.isPreviousMeasure)) {
        if (!measure.attributes.some(ast.isResult)) ctx.report('FD-08', measure, { property: 'name', variant: 'noResult', args: { name: measure.name } });
    }
};

export const checkConversation: RuleCheck = ctx => {
    const history = block(ctx.root, 'sagsforløb');
    if (history && !history.events.some(e => e.kind === 'samtale')) ctx.report('FD-11', history, { keyword: 'sagsforløb' });
};
