import type { LSPClient } from '@codemirror/lsp-client';
import type * as lsp from 'vscode-languageserver-protocol';

/** The description's outline (the server's document symbols) as a list of links to their lines. */
export async function renderOutline(client: LSPClient, uri: string, container: HTMLElement, reveal: (position: lsp.Position) => void): Promise<void> {
    let symbols: lsp.DocumentSymbol[] | null;
    try {
        symbols = await client.request<lsp.DocumentSymbolParams, lsp.DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
    } catch {
        return;
    }
    container.replaceChildren(symbols?.length ? list(symbols, reveal) : Object.assign(document.createElement('p'), { textContent: 'Ingen blokke endnu.' }));
}

function list(symbols: lsp.DocumentSymbol[], reveal: (position: lsp.Position) => void): HTMLUListElement {
    const ul = document.createElement('ul');
    for (const symbol of symbols) {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'link';
        // The name alone keeps the outline short; the entry's text is the button's tooltip.
        button.textContent = symbol.name;
        if (symbol.detail) button.title = symbol.detail;
        button.addEventListener('click', () => reveal(symbol.selectionRange.start));
        li.append(button);
        if (symbol.children?.length) li.append(list(symbol.children, reveal));
        ul.append(li);
    }
    return ul;
}
