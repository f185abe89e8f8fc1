import { CstUtils, DefaultDocumentValidator, isLeafCstNode, type AstNode, type LangiumDocument, type ParseResult, type ValidateSingleNodeOptions, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isValidIsoDate, normalizeDate } from '../dates.js';

/** Code of lexer and parser errors (and impossible dates): the CLI prints it as `SYNTAX`. */
export const SYNTAX = 'SYNTAX';

/**
 * Syntax errors carry the code SYNTAX; linking errors are left to the rule GEN-05, which knows
 * what kind of entry a reference takes and says so in Danish.
 */
export class ArbejdsevneDocumentValidator extends DefaultDocumentValidator {
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        markSyntax(diagnostics, before);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        markSyntax(diagnostics, before);
        this.processImpossibleDates(parseResult, diagnostics);
    }

    /** Every check is registered on the root; the rule engine walks the tree itself, once. */
    protected override validateSingleNodeOptions(_node: AstNode): ValidateSingleNodeOptions {
        return { validateNode: true, validateChildren: false };
    }

    protected override processLinkingErrors(_document: LangiumDocument, _diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // Reported by GEN-05 (validation/structure.ts).
    }

    /** `2026-02-30` lexes as a date but is none: an error at that date. */
    protected processImpossibleDates(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const root = parseResult.value.$cstNode;
        if (!root) return;
        for (const node of CstUtils.streamCst(root)) {
            if (!isLeafCstNode(node) || (node.tokenType.name !== 'ISO_DATE' && node.tokenType.name !== 'DK_DATE')) continue;
            if (isValidIsoDate(normalizeDate(node.text))) continue;
            diagnostics.push({
                severity: 1,
                range: node.range,
                message: `Datoen ${node.text} findes ikke. Skriv en rigtig dato som 2026-11-20 eller 20.11.2026.`,
                code: SYNTAX,
                source: this.getSource(),
            });
        }
    }
}

function markSyntax(diagnostics: Diagnostic[], from: number): void {
    for (let i = from; i < diagnostics.length; i++) diagnostics[i].code = SYNTAX;
}
