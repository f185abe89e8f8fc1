import {
    AstUtils, DocumentCache, EMPTY_SCOPE, stream, type AstNode, type AstNodeDescription, type AstNodeDescriptionProvider,
    type AstReflection, type LangiumCoreServices, type LangiumDocument, type ReferenceInfo, type Scope, type ScopeProvider, type Stream,
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
    private readonly entryCache: DocumentCache<string, NamedEntry[]>;
    private readonly describedCache: DocumentCache<string, Map<NamedEntry, AstNodeDescription>>;
    private readonly scopeCache: DocumentCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.reflection = services.shared.AstReflection;
        this.entryCache = new DocumentCache(services.shared);
        this.describedCache = new DocumentCache(services.shared);
        this.scopeCache = new DocumentCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.findRootNode(context.container).$document;
        if (!document) return EMPTY_SCOPE;
        const type = this.reflection.getReferenceType(context);
        // One scope per document and reference type: a file has thousands of mentions at most, but each would rebuild it.
        return this.scopeCache.get(document.uri, type, () => {
            const all = this.entryCache.get(document.uri, 'all', () => namedEntries(document.parseResult.value));
            const described = this.describedCache.get(document.uri, 'all', () => new Map());
            const describe = (entry: NamedEntry) => {
                let description = described.get(entry);
                if (!description) described.set(entry, description = this.lazyDescription(entry, document as LangiumDocument));
                return description;
            };
            return new EntryScope(type === 'NamedEntry' ? all : all.filter(e => this.reflection.isInstance(e, type)), describe);
        });
    }

    /**
     * Langium's description, with its path and place computed when first read: linking reads only
     * the node, and only the editor's reference index reads the rest (on 5,000 lines, a tenth of linking).
     */
    private lazyDescription(entry: NamedEntry, document: LangiumDocument): AstNodeDescription {
        let full: AstNodeDescription | undefined;
        const described = () => full ??= this.descriptions.createDescription(entry, entry.name, document);
        return {
            node: entry,
            name: entry.name,
            type: entry.$type,
            documentUri: document.uri,
            get path() { return described().path; },
            get nameSegment() { return described().nameSegment; },
            get selectionSegment() { return described().selectionSegment; },
        };
    }

    /** Every entry with this name, of any kind: for the message when a reference names the wrong kind. */
    entriesNamed(root: AstNode, name: string): NamedEntry[] {
        return namedEntries(root).filter(e => e.name === name);
    }
}

/**
 * Entries by name, as Langium's MapScope holds them (a repeated name: the last entry), but each
 * description made only when asked for: a description computes its name's place in the text and
 * its path, and most entries of a long file are never referenced (on 5,000 lines this was a tenth
 * of every keystroke).
 */
class EntryScope implements Scope {
    private readonly byName = new Map<string, NamedEntry>();

    constructor(entries: readonly NamedEntry[], private readonly describe: (entry: NamedEntry) => AstNodeDescription) {
        for (const entry of entries) this.byName.set(entry.name, entry);
    }

    getElement(name: string): AstNodeDescription | undefined {
        const entry = this.byName.get(name);
        return entry && this.describe(entry);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = this.getElement(name);
        return stream(found ? [found] : []);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.byName.values()).map(this.describe);
    }
}
