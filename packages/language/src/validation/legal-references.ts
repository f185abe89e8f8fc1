import * as ast from '../generated/ast.js';
import { LAW_ABBREVIATIONS, lawByAbbreviation, lookupProvision, referenceText } from '../legal/provisions.js';
import type { RuleCheck } from './rule-engine.js';

/** GEN-07: `§` references name a known law; a provision outside the catalogue is information. */
export const checkLegalReferences: RuleCheck = ctx => {
    for (const node of ctx.nodes) {
        if (!ast.isLegalReference(node) || !node.law) continue;
        if (!lawByAbbreviation(node.law)) {
            ctx.report('GEN-07', node, { property: 'law', args: { law: node.law, laws: LAW_ABBREVIATIONS.join(', ') } });
        } else if (node.section !== undefined && !lookupProvision(node.law, node.section, node.letter)) {
            ctx.report('GEN-07', node, { variant: 'unknownSection', args: { ref: referenceText(node) } });
        }
    }
};
