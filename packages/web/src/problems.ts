import { setDiagnostics, type Action, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import type { Text } from '@codemirror/state';
import { LSPPlugin, type LSPClient, type LSPClientExtension } from '@codemirror/lsp-client';
import type * as lsp from 'vscode-languageserver-protocol';
import { messageNode } from './message-text.js';

/** A finding as the page shows it: in the editor (underline, tooltip) and in the problems list. */
export interface Problem {
    from: number;
    to: number;
    line: number;
    column: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    ruleId?: string;
    message: string;
    fixes: Fix[];
}

export interface Fix { title: string; apply: (view: EditorView) => boolean }

export type ProblemsListener = (uri: string, problems: readonly Problem[]) => void;

const SEVERITY = ['error', 'error', 'warning', 'info', 'hint'] as const;

/**
 * The server's findings with their quick fixes. @codemirror/lsp-client shows diagnostics but has no
 * code actions; here the fixes are asked for once per published set and attached to each finding.
 */
export function serverProblems(listener: ProblemsListener): LSPClientExtension {
    return {
        clientCapabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client, params: lsp.PublishDiagnosticsParams) => {
                const file = client.workspace.getFile(params.uri);
                if (!file || (params.version != null && params.version !== file.version)) return false;
                const view = file.getView();
                const plugin = view && LSPPlugin.get(view);
                if (!view || !plugin) return false;
                const synced = plugin.syncedDoc;
                show(view, plugin, params.diagnostics, new Map(), listener);
                if (params.diagnostics.length) {
                    void fixesFor(client, params.uri, synced, params.diagnostics).then(fixes => {
                        // A newer text has newer findings: these fixes belong to an old one.
                        if (plugin.syncedDoc === synced && LSPPlugin.get(view) === plugin) show(view, plugin, params.diagnostics, fixes, listener);
                    }, () => undefined);
                }
                return true;
            },
        },
        editorExtension: syncAfterTyping,
    };
}

function show(view: EditorView, plugin: LSPPlugin, diagnostics: lsp.Diagnostic[], fixes: Map<lsp.Diagnostic, lsp.CodeAction[]>, listener: ProblemsListener): void {
    const synced = plugin.syncedDoc;
    const problems = diagnostics.map((item): Problem => {
        const from = plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.start, synced));
        const to = plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.end, synced));
        const line = view.state.doc.lineAt(from);
        return {
            from, to, line: line.number, column: from - line.from + 1,
            severity: SEVERITY[item.severity ?? 1],
            ruleId: typeof item.code === 'string' ? item.code : undefined,
            message: typeof item.message === 'string' ? item.message : item.message.value,
            fixes: (fixes.get(item) ?? []).map(action => ({ title: action.title, apply: target => applyEdit(target, plugin, synced, action.edit) })),
        };
    });
    view.dispatch(setDiagnostics(view.state, problems.map((problem): LintDiagnostic => ({
        from: problem.from, to: problem.to, severity: problem.severity,
        source: problem.ruleId,
        message: problem.message,
        renderMessage: () => messageNode(problem.message),
        actions: problem.fixes.map((fix): Action => ({ name: fix.title, apply: target => { fix.apply(target); } })),
    }))));
    listener(plugin.uri, problems);
}

async function fixesFor(client: LSPClient, uri: string, doc: Text, diagnostics: lsp.Diagnostic[]): Promise<Map<lsp.Diagnostic, lsp.CodeAction[]>> {
    const end = doc.lineAt(doc.length);
    const actions = await client.request<lsp.CodeActionParams, (lsp.CodeAction | lsp.Command)[] | null>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: end.number - 1, character: end.length } },
        context: { diagnostics, only: ['quickfix'] },
    });
    const byDiagnostic = new Map<lsp.Diagnostic, lsp.CodeAction[]>();
    for (const action of actions ?? []) {
        if (!('edit' in action) || !action.edit) continue;
        for (const target of action.diagnostics ?? []) {
            const own = diagnostics.find(d => sameDiagnostic(d, target));
            if (own) byDiagnostic.set(own, [...byDiagnostic.get(own) ?? [], action]);
        }
    }
    return byDiagnostic;
}

function sameDiagnostic(a: lsp.Diagnostic, b: lsp.Diagnostic): boolean {
    return a.code === b.code && a.message === b.message && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}

/** Applies a fix made for `synced` to the editor's text now, if the text has not been re-sent since. */
function applyEdit(view: EditorView, plugin: LSPPlugin, synced: Text, edit: lsp.WorkspaceEdit | undefined): boolean {
    if (!edit || plugin.syncedDoc !== synced) return false;
    const edits = edit.changes?.[plugin.uri]
        ?? edit.documentChanges?.flatMap(change => ('textDocument' in change && change.textDocument.uri === plugin.uri ? change.edits : [])) ?? [];
    const changes = edits.map(item => ({
        from: plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.start, synced), 1),
        to: plugin.unsyncedChanges.mapPos(plugin.fromPosition(item.range.end, synced), -1),
        insert: 'newText' in item ? item.newText : '',
    }));
    if (!changes.length) return false;
    const changeSet = view.state.changes(changes);
    // The cursor goes where the caseworker writes next: on the inserted placeholder, selected, so typing
    // replaces it (as a VS Code snippet's tab stop does); else after what was inserted. Focus back in the editor.
    let selection: { anchor: number; head: number } | undefined;
    changeSet.iterChanges((_fromA, _toA, fromB, toB, inserted) => {
        if (selection && selection.anchor !== selection.head) return;
        const at = inserted.toString().search(/udfyldes/i);
        selection = at >= 0 ? { anchor: fromB + at, head: fromB + at + 'udfyldes'.length } : selection ?? { anchor: toB, head: toB };
    });
    view.dispatch({ changes: changeSet, selection, userEvent: 'input.fix', scrollIntoView: true });
    view.focus();
    return true;
}

/** Sends the text to the server half a second after typing stops (the client sends it only before requests). */
const syncAfterTyping = ViewPlugin.fromClass(class {
    private pending: ReturnType<typeof setTimeout> | undefined;
    update(update: ViewUpdate) {
        if (!update.docChanged) return;
        clearTimeout(this.pending);
        this.pending = setTimeout(() => { LSPPlugin.get(update.view)?.client.sync(); }, 400);
    }
    destroy() { clearTimeout(this.pending); }
});
