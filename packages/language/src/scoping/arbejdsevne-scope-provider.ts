import {
    AstUtils, DocumentCache, EMPTY_SCOPE, MapScope, type AstNode, type AstNodeDescription, type AstNodeDescriptionProvider,
    type AstReflection, type LangiumCoreServices, type ReferenceInfo, type Scope, type ScopeProvider,
} from 'langium';
import type { NamedEntry } from '../generated/ast.js';
import { namedEntries } from '../semantics/model-access.js';

/**
 * One file-wide scope: every named entry of the document, whatever block it stands in, and
 * nothing from other documents. A reference sees only entries of the kind it takes.
 */
export class ArbejdsevneScopeProvider implements ScopeProvider {
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly reflection: AstReflection;
    private readonly descriptionCache: DocumentCache<string, AstNodeDescription[]>;
    private readonly scopeCache: DocumentCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.reflection = services.shared.AstReflection;
        this.descriptionCache = new DocumentCache(services.shared);
        this.scopeCache = new DocumentCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.findRootNode(context.container).$document;
        if (!document) return EMPTY_SCOPE;
        const type = this.reflection.getReferenceType(context);
        // One scope per document and reference type: a file has thousands of mentions at most, but each would rebuild it.
        return this.scopeCache.get(document.uri, type, () => {
            const all = this.descriptionCache.get(document.uri, 'all', () =>
                namedEntries(document.parseResult.value).map(entry => this.descriptions.createDescription(entry, entry.name, document)));
            return new MapScope(type === 'NamedEntry' ? all : all.filter(d => d.node && this.reflection.isInstance(d.node, type)));
        });
    }

    /** Every entry with this name, of any kind: for the message when a reference names the wrong kind. */
    entriesNamed(root: AstNode, name: string): NamedEntry[] {
        return namedEntries(root).filter(e => e.name === name);
    }
}
