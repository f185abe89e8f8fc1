import type { SnippetTextEdit, TextEdit } from 'vscode-languageserver-types';

/** The placeholder the skeletons and quick fixes write where the caseworker must write (GEN-08 keeps it a finding). */
const PLACEHOLDER = /\budfyldes\b/giu;
const HAS_PLACEHOLDER = /\budfyldes\b/iu;

/**
 * The same edits as snippets, for an editor that supports snippet edits (LSP 3.18
 * `workspaceEdit.snippetEditSupport`): each "udfyldes" becomes a tab stop, selected, so the caseworker
 * types over it and Tab goes to the next. Undefined when no edit inserts a placeholder.
 */
export function asSnippetEdits(edits: readonly TextEdit[]): SnippetTextEdit[] | undefined {
    if (!edits.some(e => HAS_PLACEHOLDER.test(e.newText))) return undefined;
    let stop = 0;
    return edits.map(edit => ({
        range: edit.range,
        snippet: {
            kind: 'snippet',
            // Snippet syntax gives $, } and \ a meaning: escaped first, then the tab stops.
            value: edit.newText.replace(/[\\$}]/g, c => `\\${c}`).replace(PLACEHOLDER, word => `\${${++stop}:${word}}`),
        },
    }));
}
