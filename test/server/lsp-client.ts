import { afterAll, beforeAll } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { BIN } from '../cli/cli-harness.js';

/** An editor as any LSP client is one: `arbejdsevne lsp` over stdio, JSON-RPC on its stdin/stdout. */
export class LspClient {
    readonly connection: MessageConnection;
    private readonly child: ChildProcessWithoutNullStreams;
    private readonly waiting = new Map<string, Array<(d: Diagnostic[]) => void>>();
    private readonly listeners: Array<(uri: string, d: Diagnostic[]) => void> = [];
    stderr = '';
    /** What the server asked to register (client/registerCapability), e.g. its file watchers. */
    readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];

    /** `settings`: the editor's settings, answered to workspace/configuration by section. */
    constructor(private readonly settings: Record<string, unknown> = {}) {
        this.child = spawn(process.execPath, [BIN, 'lsp'], { stdio: 'pipe' });
        this.child.stderr.on('data', chunk => { this.stderr += String(chunk); });
        this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
            for (const listener of this.listeners) listener(params.uri, params.diagnostics);
            const resolvers = this.waiting.get(params.uri) ?? [];
            this.waiting.delete(params.uri);
            for (const resolve of resolvers) resolve(params.diagnostics);
        });
        // The server asks for settings and to watch files; an editor answers.
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map(i => this.settings[i.section ?? ''] ?? {}));
        this.connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
            this.registrations.push(...params.registrations);
            return null;
        });
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    /** Every diagnostics notification, for a test that follows several. */
    onDiagnostics(listener: (uri: string, diagnostics: Diagnostic[]) => void): void {
        this.listeners.push(listener);
    }

    get pid(): number | undefined {
        return this.child.pid;
    }

    /** `workspace` capabilities beyond settings, e.g. `{ workspaceEdit: { snippetEditSupport: true } }`. */
    async initialize(workspace: Record<string, unknown> = {}, initializationOptions?: unknown): Promise<unknown> {
        const result = await this.connection.sendRequest('initialize', {
            processId: process.pid, rootUri: null, initializationOptions,
            capabilities: {
                textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} },
                workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, ...workspace },
            },
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    /** Opens a document and resolves with the first diagnostics published for it. */
    open(uri: string, text: string): Promise<Diagnostic[]> {
        const published = new Promise<Diagnostic[]>(resolve => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]));
        void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'arbejdsevne', version: 1, text } });
        return published;
    }

    request<T>(method: string, params: unknown): Promise<T> {
        return this.connection.sendRequest(method, params) as Promise<T>;
    }

    async close(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(resolve => setTimeout(resolve, 2000))]);
            await this.connection.sendNotification('exit');
        } catch {
            // already gone
        }
        this.connection.dispose();
        if (this.child.exitCode === null) this.child.kill();
    }
}

/** One server for the test file: started before its tests, stopped after them. */
export function useLspClient(workspace: Record<string, unknown> = {}, initializationOptions?: unknown): () => LspClient {
    let client: LspClient | undefined;
    beforeAll(async () => {
        client = new LspClient();
        await client.initialize(workspace, initializationOptions);
    }, 30_000);
    afterAll(async () => client?.close());
    return () => client!;
}
