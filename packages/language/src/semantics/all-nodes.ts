import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';
import type { ArbejdsevneAstType } from '../generated/ast.js';

const NODES = new WeakMap<AstNode, readonly AstNode[]>();

/**
 * Every node of a parsed document, root first, in document order (the order of Langium's
 * `streamAst`): walked once per parse (a new parse makes a new root) and shared by the linker, the
 * scope, the reference index and the rules, which each walked the whole tree before. A plain
 * recursive walk: Langium's generic streams cost a fifth of a keystroke on 5,000 lines.
 */
export function allNodes(root: AstNode): readonly AstNode[] {
    let nodes = NODES.get(root);
    if (!nodes) {
        const found: AstNode[] = [];
        collect(root, found);
        NODES.set(root, nodes = found);
    }
    return nodes;
}

const BY_TYPE = new WeakMap<AstNode, ReadonlyMap<string, readonly AstNode[]>>();

/**
 * The document's nodes of exactly these types (`$type`), in document order within each type: grouped
 * once per parse, so a rule looks at its own kind of node instead of testing every node of the tree
 * (on 5,000 lines the type tests of the GEN rules cost more than the rest of their checks).
 */
export function nodesOfType<K extends keyof ArbejdsevneAstType>(root: AstNode, ...types: readonly K[]): ReadonlyArray<ArbejdsevneAstType[K]> {
    let groups = BY_TYPE.get(root);
    if (!groups) {
        const map = new Map<string, AstNode[]>();
        for (const node of allNodes(root)) {
            const group = map.get(node.$type);
            if (group) group.push(node);
            else map.set(node.$type, [node]);
        }
        BY_TYPE.set(root, groups = map);
    }
    const found: AstNode[] = types.length === 1 ? (groups.get(types[0]) as AstNode[] | undefined) ?? [] : types.flatMap(type => groups.get(type) ?? []);
    return found as unknown as ReadonlyArray<ArbejdsevneAstType[K]>;
}

function collect(node: AstNode, found: AstNode[]): void {
    found.push(node);
    for (const key of Object.keys(node)) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isAstNode(value)) collect(value, found);
        else if (Array.isArray(value)) for (const element of value) if (isAstNode(element)) collect(element, found);
    }
}

/** The references of one node, as Langium's `streamReferences` gives them, without a stream. */
export function forEachReference(node: AstNode, action: (info: ReferenceInfo) => void): void {
    for (const key of Object.keys(node)) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isAnyReference(value)) action({ reference: value, container: node, property: key });
        else if (Array.isArray(value)) {
            value.forEach((element, index) => { if (isAnyReference(element)) action({ reference: element, container: node, property: key, index }); });
        }
    }
}

function isAnyReference(value: unknown): value is ReferenceInfo['reference'] {
    return isReference(value) || isMultiReference(value);
}
