import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/**
 * What differs between the desktop extension (Node: the server as a process, exports written
 * atomically to disk) and the web extension (a web worker, files through vscode.workspace.fs).
 */
export interface ExtensionPlatform {
    client: BaseLanguageClient;
    /** Writes an export; a failure leaves an earlier file as it was. Danish messages. */
    writeFile(destination: vscode.Uri, bytes: Uint8Array): Promise<void>;
    /** Runs before the first PDF (the web worker gets its fonts then). */
    beforeExport?(): Promise<void>;
}

/** A random nonce for a webview's Content-Security-Policy (Web Crypto: in Node and in a browser). */
export function nonce(): string {
    return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(16))));
}

export function baseName(uri: vscode.Uri): string {
    return uri.path.split('/').at(-1) ?? uri.path;
}
