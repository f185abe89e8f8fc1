import {
    AstUtils, DocumentCache, EMPTY_SCOPE, MapScope, type AstNode, type AstNodeDescription, type AstNodeDescriptionProvider,
    type AstReflection, type LangiumCoreServices, type ReferenceInfo, type Scope, type ScopeProvider,
} from 'langium';
import type { NamedEntry } from '../generated/ast.js';
import { namedEntries } from '../model-access.js';

/**
 * One file-wide scope: every named entry of the document, whatever block it stands in, and
 * nothing from other documents. A reference sees only entries of the kind it takes.
 */
export class ArbejdsevneScopeProvider implements ScopeProvider {
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly reflection: AstReflection;
    private readonly cache: DocumentCache<string, AstNodeDescription[]>;

    constructor(services: LangiumCoreServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.reflection = services.shared.AstReflection;
        this.cache = new DocumentCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.findRootNode(context.container).$document;
        if (!document) return EMPTY_SCOPE;
        const type = this.reflection.getReferenceType(context);
        const all = this.cache.get(document.uri, 'all', () =>
            namedEntries(document.parseResult.value).map(entry => this.descriptions.createDescription(entry, entry.name, document)));
        const fitting = type === 'NamedEntry' ? all : all.filter(d => d.node && this.reflection.isInstance(d.node, type));
        return new MapScope(fitting);
    }

    /** Every entry with this name, of any kind: for the message when a reference names the wrong kind. */
    entriesNamed(root: AstNode, name: string): NamedEntry[] {
        return namedEntries(root).filter(e => e.name === name);
    }
}
