import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COMPARE, type CompareResult } from '@arbejdsevne/server/protocol';
import { pickDescription } from './pick-description.js';
import { baseName, nonce } from './platform.js';
import { NOTE_CSS, PAPER_CSS } from './webview-style.js';
import { escapeXml as escape } from '@arbejdsevne/report/escape';

/** The part of VS Code's git extension API (`vscode.git`, version 1) this view uses. */
interface GitRepository { show(ref: string, path: string): Promise<string> }
interface GitApi { state: 'uninitialized' | 'initialized'; getRepository(uri: vscode.Uri): GitRepository | null }

/** The git repository holding the file, if VS Code's git extension is there and finds one (it looks for repositories after it starts). */
async function gitRepository(uri: vscode.Uri): Promise<GitRepository | undefined> {
    if (uri.scheme !== 'file') return undefined;
    const git = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!git) return undefined;
    try {
        const api = (git.isActive ? git.exports : await git.activate()).getAPI(1);
        for (let i = 0; i < 20; i++) {
            const repository = api.state === 'initialized' ? api.getRepository(uri) : null;
            if (repository) return repository;
            await new Promise(resolve => setTimeout(resolve, 250));
        }
    } catch {
        // No git (the web, or git not installed): the other file is the choice.
    }
    return undefined;
}

/**
 * "Sammenlign med …": the change report between the open description and another version of it
 * (another file, or the version in git's HEAD when the folder is a git repository), in a panel
 * beside the text. The other version is only read, never changed.
 */
export class CompareView {
    private panel: vscode.WebviewPanel | undefined;

    constructor(private readonly client: BaseLanguageClient) {}

    /** `other` (a file) skips the choice: for scripts and tests. */
    async show(uriArg?: string | vscode.Uri, other?: string | vscode.Uri): Promise<void> {
        const uri = await pickDescription(uriArg);
        if (!uri) return;
        const before = other ? await this.readFile(typeof other === 'string' ? vscode.Uri.parse(other) : other) : await this.chooseOther(uri);
        if (!before) return;
        const pageNonce = nonce();
        let result: CompareResult;
        try {
            result = await this.client.sendRequest<CompareResult>(COMPARE, { uri: uri.toString(), otherText: before.text, nonce: pageNonce });
        } catch (error) {
            void vscode.window.showErrorMessage(`Versionerne kunne ikke sammenlignes: ${String(error)}`);
            return;
        }
        if (result.error || result.html === undefined) {
            void vscode.window.showErrorMessage(result.error ?? 'Versionerne kunne ikke sammenlignes.');
            return;
        }
        this.panel ??= this.createPanel();
        this.panel.title = `Ændringer: ${baseName(uri)} mod ${before.label}`;
        const summary = result.count === 0 ? 'Ingen ændringer.' : result.count === 1 ? '1 ændring.' : `${result.count} ændringer.`;
        this.panel.webview.html = this.page(pageNonce, result.css, `<p role="status" class="summary">${escape(`${baseName(uri)} sammenlignet med ${before.label}: ${summary}`)}</p>${result.html}`);
        this.panel.reveal(vscode.ViewColumn.Beside, true);
    }

    private createPanel(): vscode.WebviewPanel {
        const panel = vscode.window.createWebviewPanel('arbejdsevne.aendringer', 'Ændringer', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
        panel.onDidDispose(() => { this.panel = undefined; });
        return panel;
    }

    private async chooseOther(uri: vscode.Uri): Promise<{ text: string; label: string } | undefined> {
        const repository = await gitRepository(uri);
        const choices = [
            ...(repository ? [{ label: 'Versionen i git (HEAD)', detail: 'Den senest gemte version (commit) af filen', source: 'git' as const }] : []),
            { label: 'En anden fil …', detail: 'Fx en tidligere udgave af beskrivelsen', source: 'file' as const },
        ];
        const picked = choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { title: 'Sammenlign med …', placeHolder: 'Hvilken version skal beskrivelsen sammenlignes med?' });
        if (!picked) return undefined;
        if (picked.source === 'git') {
            try {
                return { text: await repository!.show('HEAD', uri.fsPath), label: 'versionen i git (HEAD)' };
            } catch {
                void vscode.window.showWarningMessage('Filen findes ikke i git endnu (HEAD). Vælg en anden fil at sammenligne med.');
                return undefined;
            }
        }
        const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Arbejdsevnebeskrivelse: ['aev'] }, defaultUri: vscode.Uri.joinPath(uri, '..'), title: 'Sammenlign med …', openLabel: 'Sammenlign' });
        return files?.[0] ? this.readFile(files[0]) : undefined;
    }

    private async readFile(file: vscode.Uri): Promise<{ text: string; label: string } | undefined> {
        try {
            return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), label: baseName(file) };
        } catch {
            void vscode.window.showErrorMessage(`${baseName(file)} kunne ikke læses.`);
            return undefined;
        }
    }

    private page(pageNonce: string, css: string, body: string): string {
        return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${pageNonce}'; img-src data:;">
<style nonce="${pageNonce}">${css}${PAPER_CSS}
.summary { ${NOTE_CSS} }</style></head>
<body>${body}</body></html>`;
    }
}
