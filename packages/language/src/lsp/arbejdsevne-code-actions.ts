import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider, LangiumServices } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { CURLY_QUOTE_MESSAGE, slashedDateIso, WRONG_DATE_MESSAGE } from '../parser/arbejdsevne-lexer.js';
import type * as ast from '../generated/ast.js';
import { executableRule } from '../rules/catalogue.js';
import { isFixDiagnostic } from '../rules/rule.js';
import { asSnippetEdits } from './snippet-edits.js';

/** The VS Code command that writes the partshøring letter (packages/server/src/protocol.ts names it for the clients). */
export const HEARING_LETTER_COMMAND = 'arbejdsevne.lavPartshoeringsbrev';

/** Quick fixes: each rule's fix lives with the rule (rules/<family>.ts) and reads its data from the diagnostic. */
export class ArbejdsevneCodeActionProvider implements CodeActionProvider {
    /** The editor can take snippet edits: placeholders become tab stops (else a plain "udfyldes" stays). */
    private snippets = false;
    /** Commands the client runs itself (`initializationOptions.clientCommands`): an action may run only those. */
    private clientCommands = new Set<string>();

    constructor(services: LangiumServices) {
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippets = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
            const commands = (params.initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands;
            this.clientCommands = new Set(Array.isArray(commands) ? commands.filter((c): c is string => typeof c === 'string') : []);
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            if (diagnostic.message === CURLY_QUOTE_MESSAGE) {
                actions.push(this.straightQuotes(document, diagnostic));
                continue;
            }
            const iso = typeof diagnostic.message === 'string' && diagnostic.message.startsWith(WRONG_DATE_MESSAGE) ? slashedDateIso(document.textDocument.getText(diagnostic.range)) : undefined;
            if (iso) {
                actions.push({ title: `Skriv datoen som ${iso}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: this.workspaceEdit(document, [{ range: diagnostic.range, newText: iso }]) });
                continue;
            }
            // The data comes back from the editor as the rule's check reported it.
            if (!isFixDiagnostic(diagnostic)) continue;
            // A document after the partshøring: the letter that hears the citizen on it, where the editor can make one.
            if (diagnostic.data.ruleId === 'PROC-06' && this.clientCommands.has(HEARING_LETTER_COMMAND)) {
                actions.push({ title: 'Lav partshøringsbrev', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Lav partshøringsbrev', command: HEARING_LETTER_COMMAND, arguments: [document.uri.toString()] } });
            }
            const fixes = (executableRule(diagnostic.data.ruleId)?.quickFixes ?? []).filter(f => !f.variants || f.variants.includes(diagnostic.data.variant));
            fixes.forEach((fix, index) => {
                try {
                    const edits = fix.edits(diagnostic, document as LangiumDocument<ast.Assessment>);
                    if (!edits?.length) return;
                    actions.push({
                        title: fix.titleFor?.(diagnostic) ?? fix.title,
                        kind: CodeActionKind.QuickFix,
                        diagnostics: [diagnostic],
                        isPreferred: index === 0,
                        edit: this.workspaceEdit(document, edits),
                    });
                } catch {
                    // A fix that cannot be computed on half-typed text is simply not offered.
                }
            });
        }
        return actions;
    }

    /** Every quote pasted from Word where a text starts or ends, made straight at once (the lexer found them). */
    private straightQuotes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction {
        const edits = document.parseResult.lexerErrors.filter(e => e.message === CURLY_QUOTE_MESSAGE).map(e => ({
            range: { start: document.textDocument.positionAt(e.offset), end: document.textDocument.positionAt(e.offset + 1) }, newText: '"',
        }));
        return { title: 'Ret krumme anførselstegn til lige', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: this.workspaceEdit(document, edits) };
    }

    private workspaceEdit(document: LangiumDocument, edits: TextEdit[]): WorkspaceEdit {
        const snippets = this.snippets ? asSnippetEdits(edits) : undefined;
        if (!snippets) return { changes: { [document.textDocument.uri]: edits } };
        return { documentChanges: [{ textDocument: { uri: document.textDocument.uri, version: document.textDocument.version }, edits: snippets }] };
    }
}
