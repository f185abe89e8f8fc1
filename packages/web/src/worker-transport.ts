import type { Transport } from '@codemirror/lsp-client';

/**
 * The LSP client's transport to the language server in a web worker. The client speaks JSON
 * strings; the worker's message reader (vscode-languageserver/browser) wants message objects.
 */
export function workerTransport(worker: Worker): Transport {
    const handlers = new Set<(message: string) => void>();
    worker.addEventListener('message', event => {
        const text = JSON.stringify(event.data);
        for (const handler of handlers) handler(text);
    });
    return {
        send: message => worker.postMessage(JSON.parse(message)),
        subscribe: handler => { handlers.add(handler); },
        unsubscribe: handler => { handlers.delete(handler); },
    };
}
