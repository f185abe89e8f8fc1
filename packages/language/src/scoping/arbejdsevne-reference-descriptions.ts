import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';

/**
 * The reference index (find references, rename) from the references the linker already collected,
 * in document order, instead of walking every node and its properties again.
 */
export class ArbejdsevneReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        let i = 0;
        for (const reference of document.references) {
            if (++i % 1000 === 0) await interruptAndCheck(cancelToken);
            const container = reference.$refNode?.astNode;
            if (!container || reference.error) continue;
            descriptions.push(...this.createInfoDescriptions({ reference, container, property: '' }));
        }
        return descriptions;
    }
}

/**
 * No reference index: a check without an editor never asks who mentions what (find references,
 * rename), so `arbejdsevne tjek` does not build one for every file (createArbejdsevneCheckServices).
 */
export class NoReferenceIndex extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(): Promise<ReferenceDescription[]> {
        return [];
    }
}
