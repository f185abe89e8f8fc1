import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { startBrowserServer } from '@arbejdsevne/server/browser-server';
import { REPORT_FONTS, type ReportFontsParams } from '@arbejdsevne/server/protocol';
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
            const read = async (file: string) => toBase64(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist/fonts', file)));
            const [regular, bold, italic] = await Promise.all(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map(read));
            await client!.sendNotification(REPORT_FONTS, { regular, bold, italic } satisfies ReportFontsParams);
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

function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}
