import { DefaultScopeComputation, type AstNodeDescription, type LangiumDocument } from 'langium';

/** Each assessment stands alone: nothing is exported to other documents. */
export class ArbejdsevneScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(_document: LangiumDocument): Promise<AstNodeDescription[]> {
        return [];
    }
}
