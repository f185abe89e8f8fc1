import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { startBrowserServer } from '@arbejdsevne/server/browser-server';
import { REPORT_FONTS, reportFontsParams } from '@arbejdsevne/server/protocol';
import { DocsView } from './docs-view.js';
import { registerFeatures } from './features.js';

/**
 * The web extension (vscode.dev, code-server's web worker host): the same language server in a web
 * worker, files through vscode.workspace.fs, the PDF fonts read from the extension and sent once.
 */

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js').toString(true);
    const clientOptions: LanguageClientOptions = {
        // Every file system a web editor may open a description from (memfs, vscode-vfs, file …).
        documentSelector: [{ language: 'arbejdsevne' }],
        initializationOptions: { docsBaseUri: DocsView.linkBase(context.extension.id) },
        synchronize: { configurationSection: 'arbejdsevne' },
    };
    client = new LanguageClient('arbejdsevne', 'Arbejdsevne', () => Promise.resolve(serverTransport(serverUrl)), clientOptions);
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

/**
 * The server in a web worker of its own; where the host forbids that (code-server runs an extension
 * installed on its server as a "remote" one: "Creating workers from remote extensions is currently
 * not supported"), in the extension host's worker, over a MessageChannel.
 */
function serverTransport(url: string): Worker | MessageTransports {
    try {
        return new Worker(url);
    } catch {
        const channel = new MessageChannel();
        startBrowserServer(channel.port1);
        return { reader: new BrowserMessageReader(channel.port2), writer: new BrowserMessageWriter(channel.port2) };
    }
}
