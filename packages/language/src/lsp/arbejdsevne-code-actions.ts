import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import type * as ast from '../generated/ast.js';
import { executableRule } from '../rules/catalogue.js';

/** Quick fixes: each rule's fix lives with the rule (rules/<family>.ts) and reads its data from the diagnostic. */
export class ArbejdsevneCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const id = diagnostic.data?.ruleId as string | undefined;
            const fix = id ? executableRule(id)?.quickFix : undefined;
            if (!fix || (fix.variants && !fix.variants.includes(diagnostic.data?.variant))) continue;
            try {
                const edits = fix.edits(diagnostic, document as LangiumDocument<ast.Assessment>);
                if (!edits?.length) continue;
                actions.push({
                    title: fix.titleFor?.(diagnostic) ?? fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: true,
                    edit: { changes: { [document.textDocument.uri]: edits } },
                });
            } catch {
                // A fix that cannot be computed on half-typed text is simply not offered.
            }
        }
        return actions;
    }
}
