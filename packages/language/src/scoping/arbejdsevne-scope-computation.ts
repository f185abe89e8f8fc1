import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';

/**
 * Each assessment stands alone: nothing is exported to other documents, and the file-wide scope
 * is built by ArbejdsevneScopeProvider, so no per-node local symbol tables are needed either.
 */
export class ArbejdsevneScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(_document: LangiumDocument): Promise<AstNodeDescription[]> {
        return [];
    }

    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
