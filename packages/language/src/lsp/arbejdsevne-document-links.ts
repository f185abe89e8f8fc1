import { AstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { lawByAbbreviation, referenceText } from '../legal/provisions.js';

/** § references link to a search for the law on retsinformation.dk (opened by the user, never fetched by us). */
export class ArbejdsevneDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): MaybePromise<DocumentLink[]> {
        return AstUtils.streamAst(document.parseResult.value).filter(ast.isLegalReference).toArray().flatMap(ref => {
            const law = lawByAbbreviation(ref.law);
            if (!law || !ref.$cstNode) return [];
            const query = encodeURIComponent(`${law.name} § ${ref.section}${ref.letter ? ` ${ref.letter}` : ''}`);
            return [{ range: ref.$cstNode.range, target: `https://www.retsinformation.dk/search?q=${query}`, tooltip: `Slå ${referenceText(ref)} op i ${law.name}` }];
        });
    }
}
