import { DefaultDocumentValidator, isOperationCancelled, type AstNode, type LangiumDocument, type ParseResult, type ValidateSingleNodeOptions, type ValidationOptions } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { DIAGNOSTICS_LIMIT, MORE_FINDINGS, TOO_LARGE, overInputLimit, tooLargeMessage, utf8Length } from '../limits.js';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { maskCprNumbers } from '../privacy/cpr-policy.js';
import { backgroundNote, CHECKED_IN_BACKGROUND, type BackgroundChecks } from '../background-checks.js';
import type { ArbejdsevneServices } from '../arbejdsevne-module.js';
import { quoteInsideText, recoverySkips, strayBraceMessage } from '../parser/recovery-skips.js';

/** Code of lexer and parser errors (impossible dates are lexer errors): the CLI prints it as `SYNTAX`. */
export const SYNTAX = 'SYNTAX';

/**
 * Syntax errors carry the code SYNTAX; linking errors are left to the rule GEN-05, which knows
 * what kind of entry a reference takes and says so in Danish.
 */
export class ArbejdsevneDocumentValidator extends DefaultDocumentValidator {
    /** Rule findings beyond the limit, per document root: how many and the most severe. */
    private readonly hidden = new WeakMap<AstNode, { count: number; severity: number }>();
    private readonly services: ArbejdsevneServices;

    constructor(services: ArbejdsevneServices) {
        super(services);
        this.services = services;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const text = document.textDocument.getText();
        if (overInputLimit(text)) {
            return [{ range: TOP, severity: DiagnosticSeverity.Error, code: TOO_LARGE, message: tooLargeMessage(utf8Length(text)), source: 'arbejdsevne' }];
        }
        // Optional: language services composed without this package's shared module have none.
        const background = this.services.shared.workspace.BackgroundChecks as BackgroundChecks | undefined;
        if (background?.offloads(text)) {
            // Parsed, linked and checked on another thread: this one stays free for the other documents.
            const { profil, regler, regelsæt, idag } = await this.services.config.ConfigProvider.getConfig(document);
            const note: Diagnostic = { range: TOP, severity: DiagnosticSeverity.Information, code: CHECKED_IN_BACKGROUND, message: backgroundNote(utf8Length(text)), source: 'arbejdsevne' };
            try {
                return [note, ...await background.checker!.check(document.uri.toString(), text, { profil, regler, regelsæt, idag }, cancelToken)];
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                // A check that failed must not look like a file without findings.
                return [note, { range: TOP, severity: DiagnosticSeverity.Error, code: CHECKED_IN_BACKGROUND, source: 'arbejdsevne',
                    message: `Filen kunne ikke tjekkes i baggrunden (${error instanceof Error ? error.message : String(error)}). Tjek den med kommandoen: arbejdsevne tjek <fil>.` }];
            }
        }
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const root = document.parseResult.value;
        const hidden = this.hidden.get(root) ?? { count: 0, severity: 4 };
        this.hidden.delete(root);
        const total = diagnostics.length + hidden.count;
        if (total <= DIAGNOSTICS_LIMIT) return diagnostics;
        const kept = diagnostics.slice(0, DIAGNOSTICS_LIMIT);
        let severity = hidden.severity;
        for (let i = DIAGNOSTICS_LIMIT; i < diagnostics.length; i++) severity = Math.min(severity, diagnostics[i].severity ?? 1);
        const more = total - kept.length;
        kept.push({
            range: TOP, severity: severity as DiagnosticSeverity, code: MORE_FINDINGS, source: 'arbejdsevne', data: { total },
            message: `… og ${more.toLocaleString('da-DK')} flere fund (${total.toLocaleString('da-DK')} i alt). Kun de første ${DIAGNOSTICS_LIMIT.toLocaleString('da-DK')} vises: ret dem, og tjek filen igen.`,
        });
        return kept;
    }

    /** Rule findings are capped here, before Langium spreads them into one array (a spread of 125,000 overflows the stack). */
    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const all = await super.validateAst(rootNode, options, cancelToken);
        if (all.length <= DIAGNOSTICS_LIMIT) return all;
        let severity = 4;
        for (let i = DIAGNOSTICS_LIMIT; i < all.length; i++) severity = Math.min(severity, all[i].severity ?? 1);
        this.hidden.set(rootNode, { count: all.length - DIAGNOSTICS_LIMIT, severity });
        return all.slice(0, DIAGNOSTICS_LIMIT);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        markSyntax(diagnostics, before);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        // One diagnostic per parser error, in order: a `}` too many is reported on that brace, as docs/sprog.md promises.
        for (const [index, brace] of recoverySkips(parseResult).strayBraces) {
            const diagnostic = diagnostics[before + index];
            if (!diagnostic) continue;
            diagnostic.message = strayBraceMessage(brace.keyword, diagnostic.range.start.line + 1);
            diagnostic.range = { start: { line: brace.line, character: brace.character }, end: { line: brace.line, character: brace.character + 1 } };
        }
        // A " inside a text: the first error after it says so (the text is split into lines once, and only when there is an error).
        const fullText = diagnostics.length > before ? (parseResult.value.$cstNode as { root?: { fullText?: string } } | undefined)?.root?.fullText : undefined;
        const lines = fullText?.split('\n') ?? [];
        for (const diagnostic of diagnostics.slice(before)) {
            const message = quoteInsideText(lines[diagnostic.range.start.line] ?? '', diagnostic.range.start.character);
            if (message) {
                diagnostic.message = message;
                break;
            }
        }
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

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Marks syntax errors as such; their messages quote the text, so a CPR number in it is masked. */
function markSyntax(diagnostics: Diagnostic[], from: number): void {
    for (let i = from; i < diagnostics.length; i++) {
        diagnostics[i].code = SYNTAX;
        const message = diagnostics[i].message;
        if (typeof message === 'string') diagnostics[i].message = maskCprNumbers(message);
    }
}
