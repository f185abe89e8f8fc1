import * as vscode from 'vscode';
import { CPR_IN_NAME, pathHasCpr } from '@arbejdsevne/language/cpr-policy';
import { pickDescription } from './pick-description.js';
import { markStep } from './walkthrough-progress.js';
import { baseName, type ExtensionPlatform } from './platform.js';
import { decodeBase64, HEARING_LETTER_COMMAND, RENDER_EXPORT, type ExportFormat, type ExportParams, type ExportResult } from '@arbejdsevne/server/protocol';

const LABELS: Record<ExportFormat, { command: string; title: string; filters: Record<string, string[]> }> = {
    pdf: { command: 'arbejdsevne.eksporterPdf', title: 'Eksportér PDF', filters: { PDF: ['pdf'] } },
    html: { command: 'arbejdsevne.eksporterHtml', title: 'Eksportér HTML', filters: { HTML: ['html'] } },
    docx: { command: 'arbejdsevne.eksporterDocx', title: 'Eksportér Word', filters: { Word: ['docx'] } },
    borgerversion: { command: 'arbejdsevne.eksporterBorgerversion', title: 'Eksportér borgerversion', filters: { PDF: ['pdf'] } },
    partshøring: { command: HEARING_LETTER_COMMAND, title: 'Lav partshøringsbrev', filters: { PDF: ['pdf'] } },
};

export async function exportReport(platform: ExtensionPlatform, format: ExportFormat, uri: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const settings = vscode.workspace.getConfiguration('arbejdsevne.rapport');
    const params: ExportParams = { uri: uri.toString(), format, showCpr: settings.get('visCpr', false), appendix: settings.get('bilag', true) };
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `${LABELS[format].title} …` },
        async () => {
            if (format !== 'html' && format !== 'docx') await platform.beforeExport?.();
            return platform.client.sendRequest<ExportResult>(RENDER_EXPORT, params);
        });
    if (result.error || !result.base64) {
        void vscode.window.showErrorMessage(`Rapporten kunne ikke laves: ${result.error ?? 'ukendt fejl'}. En tidligere fil er ikke ændret.`);
        return undefined;
    }
    const destination = target ?? await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(uri, '..', result.suggestedName), filters: LABELS[format].filters, title: LABELS[format].title,
    });
    if (!destination) return undefined;
    if (pathHasCpr(destination.path)) {
        void vscode.window.showErrorMessage(CPR_IN_NAME);
        return undefined;
    }
    try {
        await platform.writeFile(destination, decodeBase64(result.base64));
    } catch (error) {
        // The writers' messages are Danish and name no temporary file.
        void vscode.window.showErrorMessage(error instanceof Error && error.name === 'WriteError' ? error.message : `${baseName(destination)} kunne ikke gemmes. En tidligere fil er ikke ændret.`);
        return undefined;
    }
    markStep('eksport');
    const note = result.draft ? ` Beskrivelsen har fejl, så ${format === 'partshøring' ? 'brevet' : 'rapporten'} er mærket UDKAST.` : '';
    void vscode.window.showInformationMessage(`Gemt: ${baseName(destination)}.${note}`);
    return destination;
}

export function registerExportCommands(context: vscode.ExtensionContext, platform: ExtensionPlatform): void {
    for (const format of Object.keys(LABELS) as ExportFormat[]) {
        context.subscriptions.push(vscode.commands.registerCommand(LABELS[format].command, async (uriArg?: string | vscode.Uri, target?: string) => {
            const uri = await pickDescription(uriArg);
            if (!uri) return undefined;
            return exportReport(platform, format, uri, target ? vscode.Uri.file(target) : undefined);
        }));
    }
}
