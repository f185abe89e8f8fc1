import * as vscode from 'vscode';
import { NEW_DESCRIPTION_OUTCOMES, NEW_SKELETON, type NewSkeletonResult } from '@arbejdsevne/server/protocol';
import { CompareView } from './compare-view.js';
import { DocsView } from './docs-view.js';
import { registerExportCommands } from './export.js';
import type { ExtensionPlatform } from './platform.js';
import { ReportPreview } from './preview.js';
import { trackWalkthroughProgress } from './walkthrough-progress.js';

/** The extension's commands and views, the same on the desktop and on the web (./extension.ts, ./extension-browser.ts). */
export function registerFeatures(context: vscode.ExtensionContext, platform: ExtensionPlatform): void {
    const { client } = platform;
    const preview = new ReportPreview(context, client);
    const docsView = new DocsView(client);
    const compareView = new CompareView(client);
    context.subscriptions.push(
        vscode.commands.registerCommand('arbejdsevne.visRapport', (uri?: string) => preview.show(uri)),
        vscode.window.registerWebviewPanelSerializer(ReportPreview.viewType, preview),
        vscode.commands.registerCommand('arbejdsevne.nyBeskrivelse', async () => {
            const picked = await vscode.window.showQuickPick(NEW_DESCRIPTION_OUTCOMES.map(outcome => ({ ...outcome })), { title: 'Ny arbejdsevnebeskrivelse', placeHolder: 'Hvad skal beskrivelsen forberede?' });
            if (!picked) return;
            let result = await client.sendRequest<NewSkeletonResult>(NEW_SKELETON, { formål: picked.formål });
            if (result.needsGrantDate) {
                const bevilget = await vscode.window.showInputBox({
                    title: `${picked.label}: bevillingsdato`,
                    prompt: `${result.refusal} Skriv bevillingsdatoen (ÅÅÅÅ-MM-DD), eller tryk Escape for at fortryde.`,
                    placeHolder: '2026-01-15',
                    validateInput: value => /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? undefined : 'Skriv datoen som ÅÅÅÅ-MM-DD.',
                });
                if (!bevilget) return;
                result = await client.sendRequest<NewSkeletonResult>(NEW_SKELETON, { formål: picked.formål, bevilget: bevilget.trim() });
            }
            if (result.refusal || result.text === undefined) {
                void vscode.window.showWarningMessage(result.refusal ?? 'Beskrivelsen kunne ikke oprettes.');
                return;
            }
            const document = await vscode.workspace.openTextDocument({ language: 'arbejdsevne', content: result.text });
            await vscode.window.showTextDocument(document);
        }),
        vscode.commands.registerCommand('arbejdsevne.visRegler', (id?: string) => docsView.show(id)),
        vscode.commands.registerCommand('arbejdsevne.sammenlign', (uri?: string, other?: string) => compareView.show(uri, other)),
        vscode.window.registerUriHandler({ handleUri: uri => docsView.handleUri(uri) }),
    );
    registerExportCommands(context, platform);
    trackWalkthroughProgress(context);
}
