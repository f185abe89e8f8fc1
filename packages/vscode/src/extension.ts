import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerExportCommands } from './export.js';
import { ReportPreview } from './preview.js';
import { NEW_DESCRIPTION_OUTCOMES, NEW_SKELETON, type NewSkeletonResult } from '@arbejdsevne/server/protocol';
import { DocsView } from './docs-view.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'arbejdsevne' }, { scheme: 'untitled', language: 'arbejdsevne' }],
        // Rule links in diagnostics come back to this extension and open the rendered rule.
        initializationOptions: { docsBaseUri: DocsView.linkBase(context.extension.id) },
        synchronize: { configurationSection: 'arbejdsevne', fileEvents: vscode.workspace.createFileSystemWatcher('**/arbejdsevne.json') },
    };
    client = new LanguageClient('arbejdsevne', 'Arbejdsevne', serverOptions, clientOptions);
    await client.start();

    const preview = new ReportPreview(context, client);
    const docsView = new DocsView(client);
    context.subscriptions.push(
        vscode.commands.registerCommand('arbejdsevne.visRapport', (uri?: string) => preview.show(uri)),
        vscode.window.registerWebviewPanelSerializer(ReportPreview.viewType, preview),
        vscode.commands.registerCommand('arbejdsevne.nyBeskrivelse', async () => {
            const picked = await vscode.window.showQuickPick(NEW_DESCRIPTION_OUTCOMES.map(outcome => ({ ...outcome })), { title: 'Ny arbejdsevnebeskrivelse', placeHolder: 'Hvad skal beskrivelsen forberede?' });
            if (!picked || !client) return;
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
        vscode.window.registerUriHandler({ handleUri: uri => docsView.handleUri(uri) }),
    );
    registerExportCommands(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
