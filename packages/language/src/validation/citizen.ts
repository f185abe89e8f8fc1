import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { CPR_IN_TEXT, looksLikeCpr, maskCpr, parseCpr } from '../legal/cpr.js';
import { citizenFacts } from '../model-access.js';
import { proseText } from '../prose.js';
import type { RuleCheck } from './rule-engine.js';

/** BOR-01, BOR-02, CPR-01…03: the citizen and personal data. */

export const checkCitizenAge: RuleCheck = ctx => {
    const citizen = citizenFacts(ctx.root);
    if (!citizen.block) return;
    if (!citizen.birthDate && !citizen.cpr) {
        ctx.report('BOR-01', citizen.block, { keyword: 'borger' });
        return;
    }
    if (ctx.age !== undefined && ctx.age < 25) {
        const node = citizen.birthDate ?? citizen.cpr!;
        ctx.report('BOR-02', node, { property: 'value', args: { age: ctx.age } });
    }
};

export const checkCpr: RuleCheck = ctx => {
    const { cpr, birthDate } = citizenFacts(ctx.root);
    if (!cpr) return;
    const text = proseText(cpr.value).trim();
    const result = parseCpr(text);
    if (!result.valid) {
        ctx.report('CPR-01', cpr, { property: 'value', args: { cpr: maskCpr(text), reason: result.reason } });
        return;
    }
    if (birthDate && birthDate.value !== result.birthDate) {
        ctx.report('CPR-02', birthDate, { property: 'value', args: { fromCpr: result.birthDate, birthDate: birthDate.value } });
    }
};

/** CPR-like numbers in free text; the `cpr` property itself is skipped. */
export const checkCprInText: RuleCheck = ctx => {
    for (const chunk of ctx.nodes.filter(ast.isTextChunk)) {
        if (AstUtils.getContainerOfType(chunk, ast.isCpr)) continue;
        const cst = chunk.$cstNode;
        if (!cst) continue;
        for (const match of chunk.value.matchAll(CPR_IN_TEXT)) {
            if (!looksLikeCpr(match[1], match[2])) continue;
            const start = cst.offset + match.index!;
            const doc = ctx.document.textDocument;
            const range = { start: doc.positionAt(start), end: doc.positionAt(start + match[0].length) };
            ctx.report('CPR-03', chunk, { range, args: { masked: maskCpr(match[0]) }, data: { masked: `${match[1]}-XXXX` } });
        }
    }
};
