import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { allNodes, forEachReference } from '../semantics/all-nodes.js';

/**
 * Langium's linker, over the document's node list and yielding to other requests every thousand
 * nodes rather than after every node (an await per node was a large share of a keystroke's work).
 */
export class ArbejdsevneLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const nodes = allNodes(document.parseResult.value);
        for (let i = 0; i < nodes.length; i++) {
            if (i % 1000 === 0) await interruptAndCheck(cancelToken);
            forEachReference(nodes[i], reference => this.doLink(reference, document));
        }
    }
}
