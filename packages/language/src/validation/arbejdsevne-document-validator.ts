import { DefaultDocumentValidator, type AstNode, type LangiumDocument, type ParseResult, type ValidateSingleNodeOptions, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/** Code of lexer and parser errors (impossible dates are lexer errors): the CLI prints it as `SYNTAX`. */
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
    }

    /** Every check is registered on the root; the rule engine walks the tree itself, once. */
    protected override validateSingleNodeOptions(_node: AstNode): ValidateSingleNodeOptions {
        return { validateNode: true, validateChildren: false };
    }

    protected override processLinkingErrors(_document: LangiumDocument, _diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // Reported by GEN-05 (rules/gen.ts).
    }
}

function markSyntax(diagnostics: Diagnostic[], from: number): void {
    for (let i = from; i < diagnostics.length; i++) diagnostics[i].code = SYNTAX;
}
