import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { nonce } from './platform.js';
import { RENDER_HTML, type RenderHtmlResult } from '@arbejdsevne/server/protocol';
import { pickDescription } from './pick-description.js';
import { scrollTarget } from './scroll-sync.js';
import { markStep } from './walkthrough-progress.js';
import { NOTE_CSS, PAPER_CSS } from './webview-style.js';
import { escapeXml as escape } from '@arbejdsevne/report/escape';

interface PreviewState { uri: string; version?: ReportVersion }
type ReportVersion = 'fuld' | 'borger';

/**
 * The report beside the text. It renders the report model's HTML in a webview with a strict
 * Content-Security-Policy (a nonce, no remote resources), updates after edits (debounced), keeps
 * the last good render while the text has syntax errors, scrolls with the editor, and a click on
 * a section reveals its source line. It comes back after a window reload (panel serializer).
 */
export class ReportPreview implements vscode.WebviewPanelSerializer<PreviewState> {
    static readonly viewType = 'arbejdsevne.rapport';
    private panel: vscode.WebviewPanel | undefined;
    private uri: vscode.Uri | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private lastGood: string | undefined;
    /** The full report or the citizen version (with its LIX), switched in the view. */
    private version: ReportVersion = 'fuld';

    constructor(context: vscode.ExtensionContext, private readonly client: BaseLanguageClient) {
        context.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument(e => { if (this.isShown(e.document.uri)) this.scheduleUpdate(); }),
            vscode.window.onDidChangeTextEditorVisibleRanges(e => {
                if (this.panel && this.isShown(e.textEditor.document.uri) && e.visibleRanges[0]) {
                    void this.panel.webview.postMessage({ type: 'scroll', line: e.visibleRanges[0].start.line + 1 });
                }
            }),
            vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('arbejdsevne')) this.scheduleUpdate(); }),
        );
    }

    async show(uriArg?: string): Promise<void> {
        const uri = await pickDescription(uriArg);
        if (!uri) return;
        if (!this.panel) {
            this.attach(vscode.window.createWebviewPanel(ReportPreview.viewType, 'Rapport', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] }));
        }
        this.uri = uri;
        this.lastGood = undefined;
        this.panel!.reveal(vscode.ViewColumn.Beside, true);
        await this.update();
    }

    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        this.attach(panel);
        this.uri = state?.uri ? vscode.Uri.parse(state.uri) : undefined;
        this.version = state?.version === 'borger' ? 'borger' : 'fuld';
        // Never an empty tab after a reload: say what is happening until the server answers.
        panel.webview.html = this.page(nonce(), '', this.uri
            ? '<p role="status">Henter rapporten …</p>'
            : '<p role="status">Åbn en .aev-fil, og vælg "Vis rapport" for at se rapporten her.</p>');
        await this.update();
    }

    private attach(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        panel.webview.options = { enableScripts: true, localResourceRoots: [] };
        panel.onDidDispose(() => { this.panel = undefined; });
        panel.webview.onDidReceiveMessage(async (message: { type: string; line?: number; version?: string }) => {
            if (message.type === 'version') {
                this.version = message.version === 'borger' ? 'borger' : 'fuld';
                this.lastGood = undefined;
                await this.update();
                return;
            }
            if (message.type !== 'reveal' || !message.line || !this.uri) return;
            const document = await vscode.workspace.openTextDocument(this.uri);
            const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
            const position = new vscode.Position(message.line - 1, 0);
            editor.selection = new vscode.Selection(position, position);
            editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
        });
    }

    private isShown(uri: vscode.Uri): boolean {
        return !!this.panel && this.uri?.toString() === uri.toString();
    }

    private scheduleUpdate(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), 400);
    }

    private async update(): Promise<void> {
        if (!this.panel || !this.uri) return;
        const pageNonce = nonce();
        const appendix = vscode.workspace.getConfiguration('arbejdsevne.rapport').get('bilag', true);
        let result: RenderHtmlResult;
        try {
            result = await this.client.sendRequest(RENDER_HTML, { uri: this.uri.toString(), nonce: pageNonce, appendix, version: this.version });
        } catch (error) {
            this.panel.webview.html = this.page(pageNonce, '', `<p role="alert">Rapporten kan ikke vises: ${escape(String(error))}</p>`);
            return;
        }
        let body = result.html;
        let notice = '';
        if (result.syntaxErrors && this.lastGood) {
            body = this.lastGood;
            notice = '<p class="stale" role="status">Teksten har syntaksfejl – her vises den seneste gyldige version.</p>';
        } else if (!result.syntaxErrors) {
            this.lastGood = body;
        }
        if (result.readability) notice += `<p class="lix" role="note">${escape(result.readability.note)}</p>`;
        this.panel.title = `${this.version === 'borger' ? 'Borgerversion' : 'Rapport'}: ${result.title}`;
        this.panel.webview.html = this.page(pageNonce, result.css, notice + body);
        // The walkthrough's step is done when a report was actually shown.
        markStep('rapport');
    }

    /** Two buttons above the report: the full report or the citizen version. */
    private versionSwitch(): string {
        if (!this.uri) return '';
        const button = (version: ReportVersion, label: string) => `<button type="button" data-version="${version}" aria-pressed="${this.version === version}">${label}</button>`;
        return `<div class="versions" role="group" aria-label="Vis">${button('fuld', 'Fuld rapport')}${button('borger', 'Borgerversion')}</div>`;
    }

    private page(nonce: string, css: string, body: string): string {
        // The file shown is kept as the webview's state from the page itself (a message could arrive
        // before the script runs and be lost), so a reload knows what to restore.
        const state = this.uri ? JSON.stringify({ uri: this.uri.toString(), version: this.version }).replace(/</g, '\\u003c') : 'null';
        const script = `
const scrollTarget = ${scrollTarget.toString()};
const vscode = acquireVsCodeApi();
if (${state}) vscode.setState(${state});
window.addEventListener('message', event => {
  const message = event.data;
  if (message.type === 'scroll') {
    // Only sections in the file's order follow the editor (scroll-sync.ts): no jumps to the end and back.
    const sections = [...document.querySelectorAll('section[data-line]')];
    const index = scrollTarget(sections.map(s => Number(s.dataset.line)), message.line);
    if (index !== undefined) sections[index].scrollIntoView({ block: 'start' });
  }
});
document.addEventListener('click', event => {
  const choice = event.target.closest('button[data-version]');
  if (choice) { vscode.postMessage({ type: 'version', version: choice.dataset.version }); return; }
  const section = event.target.closest('section[data-line]');
  if (section) vscode.postMessage({ type: 'reveal', line: Number(section.dataset.line) });
});`;
        return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:;">
<style nonce="${nonce}">${css}${PAPER_CSS}
.stale { border: 1px solid var(--vscode-editorWarning-foreground); padding: .4rem .6rem; }
.versions { display: flex; gap: .4rem; margin: 0 0 .8rem; position: sticky; top: 0; z-index: 1; background: #fff; padding: .4rem 0; }
.versions button { font: inherit; padding: .2rem .7rem; border: 1px solid #555; background: #fff; color: #1b1b1b; border-radius: 3px; cursor: pointer; }
.versions button[aria-pressed="true"] { background: #1b1b1b; color: #fff; }
.lix { ${NOTE_CSS} }
section[data-line]:hover { outline: 1px dashed var(--vscode-focusBorder); cursor: pointer; }</style></head>
<body>${this.versionSwitch()}${body}<script nonce="${nonce}">${script}</script></body></html>`;
    }
}
