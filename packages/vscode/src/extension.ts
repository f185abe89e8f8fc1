import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { writeFileSafely } from '@arbejdsevne/report/safe-write';
import { HEARING_LETTER_COMMAND } from '@arbejdsevne/server/protocol';
import { DocsView } from './docs-view.js';
import { registerFeatures } from './features.js';

/** The desktop extension: the language server as a Node process over IPC; exports written atomically. */

let client: LanguageClient | undefined;

/**
 * The server lives all day: young-generation semi-spaces of 2 MB keep its memory down at no cost to a
 * keystroke (bench/lsp-bench.mjs: 159 -> 133 MB after 2,000 edits of a 300-line file; p95 unchanged).
 * V8 takes it only at start, so it is given here (other editors: NODE_OPTIONS, docs/editorer.md).
 */
const SERVER_EXEC_ARGV = ['--max-semi-space-size=2'];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'arbejdsevne' }, { scheme: 'untitled', language: 'arbejdsevne' }],
        // Rule links in diagnostics come back to this extension and open the rendered rule.
        initializationOptions: { docsBaseUri: DocsView.linkBase(context.extension.id), clientCommands: [HEARING_LETTER_COMMAND] },
        synchronize: { configurationSection: 'arbejdsevne', fileEvents: vscode.workspace.createFileSystemWatcher('**/arbejdsevne.json') },
    };
    client = new LanguageClient('arbejdsevne', 'Arbejdsevne', serverOptions, clientOptions);
    await client.start();
    registerFeatures(context, { client, writeFile: (destination, bytes) => writeFileSafely(destination.fsPath, bytes) });
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
