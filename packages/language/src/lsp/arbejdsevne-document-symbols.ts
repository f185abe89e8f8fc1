import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { blockKeyword } from '../semantics/model-access.js';
import { proseText } from '../semantics/prose.js';
import { AstUtils } from 'langium';

const KIND: Partial<Record<string, SymbolKind>> = {
    Resource: SymbolKind.Constant, Barrier: SymbolKind.Event, Document: SymbolKind.File, PreviousMeasure: SymbolKind.Method,
    PlannedMeasure: SymbolKind.Method, Event: SymbolKind.Event,
};

/** The outline: one symbol per block, with the block's named entries inside. */
export class ArbejdsevneDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value as ast.Assessment;
        return root.blocks.filter(b => b.$cstNode).map(block => {
            const keyword = blockKeyword(block);
            const children = AstUtils.streamAllContents(block).filter(ast.isNamedEntry).filter(e => e.$cstNode && e.name).map(e => this.symbol(e, e.name, KIND[e.$type] ?? SymbolKind.Variable, this.detail(e))).toArray();
            const detail = ast.isTitle(block) ? proseText(block.title) : ast.isGoal(block) ? proseText(block.text) : undefined;
            return { ...this.symbol(block, keyword, SymbolKind.Namespace, detail), children };
        });
    }

    private symbol(node: AstNode, name: string, kind: SymbolKind, detail?: string): DocumentSymbol {
        const range = node.$cstNode!.range;
        return { name, kind, range, selectionRange: range, detail: detail && detail.length > 60 ? detail.slice(0, 57) + '…' : detail };
    }

    private detail(entry: ast.NamedEntry): string {
        if (ast.isDocument(entry)) return `${entry.type} ${entry.date}`;
        if (ast.isEvent(entry)) return `${entry.kind} ${entry.date}`;
        return proseText(entry.text);
    }
}
