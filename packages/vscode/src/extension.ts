import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerExportCommands } from './export.js';
import { ReportPreview } from './preview.js';
import { NEW_SKELETON, RULE_DOCS } from '@arbejdsevne/server/protocol';

let client: LanguageClient | undefined;

const OUTCOMES = ['fleksjob', 'førtidspension', 'seniorførtidspension', 'jobafklaringsforløb', 'afklaring', 'anden_indsats', 'ordinær_beskæftigelse', 'ressourceforløb', 'revalidering'];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'arbejdsevne' }, { scheme: 'untitled', language: 'arbejdsevne' }],
        synchronize: { configurationSection: 'arbejdsevne', fileEvents: vscode.workspace.createFileSystemWatcher('**/arbejdsevne.json') },
    };
    client = new LanguageClient('arbejdsevne', 'Arbejdsevne', serverOptions, clientOptions);
    await client.start();

    const preview = new ReportPreview(context, client);
    context.subscriptions.push(
        vscode.commands.registerCommand('arbejdsevne.visRapport', (uri?: string) => preview.show(uri)),
        vscode.window.registerWebviewPanelSerializer(ReportPreview.viewType, preview),
        vscode.commands.registerCommand('arbejdsevne.nyBeskrivelse', async () => {
            const formål = await vscode.window.showQuickPick(OUTCOMES, { title: 'Ny arbejdsevnebeskrivelse', placeHolder: 'Hvad skal beskrivelsen forberede?' });
            if (!formål || !client) return;
            const content = await client.sendRequest<string>(NEW_SKELETON, { formål });
            const document = await vscode.workspace.openTextDocument({ language: 'arbejdsevne', content });
            await vscode.window.showTextDocument(document);
        }),
        vscode.commands.registerCommand('arbejdsevne.visRegler', async () => {
            if (!client) return;
            const content = await client.sendRequest<string>(RULE_DOCS);
            const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
            await vscode.commands.executeCommand('markdown.showPreview', document.uri).then(undefined, () => vscode.window.showTextDocument(document));
        }),
    );
    registerExportCommands(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
