import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { normalizeDate } from '../semantics/dates.js';

/** Dates become ISO strings whichever form was written; strings have no escapes in this language. */
export class ArbejdsevneValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'DateValue') return normalizeDate(input);
        return super.runConverter(rule, input, cstNode);
    }
}
