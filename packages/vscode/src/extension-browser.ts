import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { startBrowserServer } from '@arbejdsevne/server/browser-server';
import { HEARING_LETTER_COMMAND, REPORT_FONTS, reportFontsParams } from '@arbejdsevne/server/protocol';
import { DocsView } from './docs-view.js';
import { registerFeatures } from './features.js';

/**
 * The web extension (vscode.dev, code-server's web worker host): the same language server, files
 * through vscode.workspace.fs, the PDF fonts read from the extension and sent once. The server runs
 * in the extension host's own worker, over a MessageChannel: never on the editor's UI thread, and
 * one copy of the server in the package instead of two (a worker of its own needs a second bundle,
 * and code-server refuses workers to an extension installed on its server anyway).
 */

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const clientOptions: LanguageClientOptions = {
        // Every file system a web editor may open a description from (memfs, vscode-vfs, file …).
        documentSelector: [{ language: 'arbejdsevne' }],
        initializationOptions: { docsBaseUri: DocsView.linkBase(context.extension.id), clientCommands: [HEARING_LETTER_COMMAND] },
        synchronize: { configurationSection: 'arbejdsevne' },
    };
    client = new LanguageClient('arbejdsevne', 'Arbejdsevne', () => Promise.resolve(serverTransport()), clientOptions);
    await client.start();
    let fontsSent = false;
    registerFeatures(context, {
        client,
        writeFile: (destination, bytes) => Promise.resolve(vscode.workspace.fs.writeFile(destination, bytes)),
        beforeExport: async () => {
            if (fontsSent) return;
            const fonts = await reportFontsParams(file => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist/fonts', file))));
            await client!.sendNotification(REPORT_FONTS, fonts);
            fontsSent = true;
        },
    });
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

/** The server beside the client in the extension host's worker, the two talking over a MessageChannel. */
function serverTransport(): MessageTransports {
    const channel = new MessageChannel();
    startBrowserServer(channel.port1);
    return { reader: new BrowserMessageReader(channel.port2), writer: new BrowserMessageWriter(channel.port2) };
}
