import * as vscode from 'vscode';
import { markStep } from './walkthrough-progress.js';
import { escapeXml as escape } from '@arbejdsevne/report/escape';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { nonce } from './platform.js';
import { LANGUAGE_GUIDE, RULE_DOCS } from '@arbejdsevne/server/protocol';

const DOCS = {
    regler: { request: RULE_DOCS, title: 'Regler' },
    sprog: { request: LANGUAGE_GUIDE, title: 'Sproget' },
} as const;
type Doc = keyof typeof DOCS;

/**
 * The rule catalogue (docs/regler.md) and the language guide (docs/sprog.md) rendered and
 * read-only, opened at a rule or a block: "Vis regler", the rule links of the diagnostics and the
 * guide links in hovers (`<uriScheme>://arbejdsevne.arbejdsevne/regler#cpr-03`, `…/sprog#blok-borger`,
 * handled by the extension's URI handler) all come here. Rendered by VS Code's own Markdown extension.
 */
export class DocsView {
    static readonly viewType = 'arbejdsevne.regler';
    private readonly panels = new Map<Doc, vscode.WebviewPanel>();

    constructor(private readonly client: BaseLanguageClient) {}

    /** The base the server puts before `#<rule id>` in a diagnostic's link. */
    static linkBase(extensionId: string): string {
        return `${vscode.env.uriScheme}://${extensionId}/regler`;
    }

    handleUri(uri: vscode.Uri): void {
        const doc = uri.path.slice(1);
        if (doc === 'regler' || doc === 'sprog') void this.show(uri.fragment || undefined, doc);
    }

    async show(anchor?: string, doc: Doc = 'regler'): Promise<void> {
        let panel = this.panels.get(doc);
        if (!panel) {
            const pageNonce = nonce();
            const created = vscode.window.createWebviewPanel(DocsView.viewType, DOCS[doc].title, vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
            this.panels.set(doc, panel = created);
            created.onDidDispose(() => this.panels.delete(doc));
            const markdown = await this.client.sendRequest<string>(DOCS[doc].request);
            const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown).then(r => r, () => undefined);
            created.webview.html = page(pageNonce, html ?? `<pre>${escape(markdown)}</pre>`);
        }
        panel.reveal(vscode.ViewColumn.Beside);
        if (doc === 'regler') markStep('regler');
        if (anchor) await panel.webview.postMessage({ type: 'anchor', id: anchor.toLowerCase() });
    }
}

function page(nonce: string, body: string): string {
    const script = `
function go(id) {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  document.querySelectorAll('.current').forEach(e => e.classList.remove('current'));
  // The anchor stands in a paragraph of its own just above the rule's heading.
  const heading = (target.closest('p') ?? target).nextElementSibling;
  if (heading) heading.classList.add('current');
}
let pending;
window.addEventListener('message', event => { if (event.data.type === 'anchor') { pending = event.data.id; go(pending); } });
window.addEventListener('load', () => { if (pending) go(pending); });`;
    return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); line-height: 1.5; max-width: 52rem; padding: 0 1rem 3rem; }
a { color: var(--vscode-textLink-foreground); }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--vscode-panel-border, #888); padding: .2rem .4rem; vertical-align: top; text-align: left; }
code { font-family: var(--vscode-editor-font-family); }
.current { outline: 2px solid var(--vscode-focusBorder); outline-offset: 4px; }
</style></head><body>${body}<script nonce="${nonce}">${script}</script></body></html>`;
}
