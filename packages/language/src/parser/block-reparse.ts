import type { AstNode, CstNode, LangiumParser, ParseResult } from 'langium';
import type * as ast from '../generated/ast.js';

/**
 * Incremental parsing for a keystroke: a description is a sequence of top-level blocks, and an edit
 * almost always stays inside one of them. Then only that block's new text is parsed (from the rule
 * `TopLevelBlock`), its tree takes the old block's place, and the syntax tree after it is moved by
 * the change in length and lines. Anything else is a full parse (undefined here): an edit across
 * blocks or at a block's first or last character, a file with syntax errors before or after, a
 * block that does not parse on its own, or a layout this cannot move exactly (another block on the
 * changed block's last line). A test compares the result with a full parse after random edits.
 */

interface MutableLeaf {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

interface MutableComposite {
    content: CstNode[];
    container?: CstNode;
    _rangeCache?: unknown;
    _astNode?: AstNode;
    _text?: string;
}

function isLeaf(node: CstNode): boolean {
    return !('content' in node);
}

function forEachNode(node: CstNode, action: (node: CstNode) => void): void {
    action(node);
    if (!isLeaf(node)) for (const child of (node as unknown as MutableComposite).content) forEachNode(child, action);
}

/** Moves every node of `node` by `offset` characters and `lines` lines (columns stay: the block starts a line). */
function shift(node: CstNode, offset: number, lines: number): void {
    forEachNode(node, n => {
        if (isLeaf(n)) {
            const leaf = n as unknown as MutableLeaf;
            leaf._offset += offset;
            leaf._startLine += lines;
            leaf._endLine += lines;
        } else {
            (n as unknown as MutableComposite)._rangeCache = undefined;
        }
    });
}

function lineBreaks(text: string, from: number, to: number): number {
    let count = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
    return count;
}

export function reparseBlock(parser: LangiumParser, old: ParseResult<ast.Assessment>, oldText: string, newText: string): ParseResult<ast.Assessment> | undefined {
    if (old.lexerErrors.length || old.parserErrors.length || (old.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const root = old.value;
    const rootCst = root.$cstNode as (CstNode & MutableComposite) | undefined;
    if (!rootCst || (rootCst as unknown as { fullText: string }).fullText !== oldText) return undefined;

    // The changed range: what lies between the common start and the common end.
    const shortest = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shortest && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let tail = 0;
    while (tail < shortest - start && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
    const oldEnd = oldText.length - tail;
    const delta = newText.length - oldText.length;

    // The block that holds the change strictly inside (its first and last characters stay).
    const index = root.blocks.findIndex(b => b.$cstNode && b.$cstNode.offset < start && oldEnd < b.$cstNode.end);
    if (index < 0) return undefined;
    const block = root.blocks[index];
    const blockCst = block.$cstNode!;
    if (blockCst.range.start.character !== 0) return undefined;
    const blockEnd = blockCst.end;
    const endLine = blockCst.range.end.line;
    // Nothing else may stand on the block's last line: its columns would move.
    const position = rootCst.content.indexOf(blockCst);
    if (position < 0) return undefined;
    const after = rootCst.content.slice(position + 1);
    if (after.some(n => n.range.start.line === endLine)) return undefined;

    const slice = newText.slice(blockCst.offset, blockEnd + delta);
    const parsed = parser.parse<ast.TopLevelBlock>(slice, { rule: 'TopLevelBlock' });
    const newCst = parsed.value.$cstNode as (CstNode & MutableComposite) | undefined;
    if (parsed.lexerErrors.length || parsed.parserErrors.length || (parsed.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    // The same kind of block, alone and exactly: nothing of the slice left over.
    if (!newCst || parsed.value.$type !== block.$type || newCst.offset !== 0 || newCst.end !== slice.length) return undefined;
    // Parsed from its own rule, the block's node is the root of its parse: it becomes an ordinary
    // node of the document's tree, grammar source as the node it replaces.
    Object.setPrototypeOf(newCst, Object.getPrototypeOf(blockCst) as object);
    delete newCst._text;
    (newCst as unknown as { grammarSource: unknown }).grammarSource = (blockCst as unknown as { grammarSource: unknown }).grammarSource;

    const lineDelta = lineBreaks(newText, blockCst.offset, blockEnd + delta) - lineBreaks(oldText, blockCst.offset, blockEnd);
    shift(newCst, blockCst.offset, blockCst.range.start.line);
    for (const node of after) shift(node, delta, lineDelta);

    // A new root: caches keyed by the tree (all-nodes.ts, prose.ts) start afresh for it.
    const newRoot = Object.assign(Object.create(Object.getPrototypeOf(root) as object) as ast.Assessment, root);
    newRoot.blocks = [...root.blocks];
    newRoot.blocks[index] = parsed.value;
    newRoot.blocks.forEach((b, i) => {
        const mutable = b as unknown as { $container: AstNode; $containerProperty: string; $containerIndex: number };
        mutable.$container = newRoot;
        mutable.$containerProperty = 'blocks';
        mutable.$containerIndex = i;
    });
    rootCst.content[position] = newCst;
    newCst.container = rootCst;
    rootCst._rangeCache = undefined;
    rootCst._astNode = newRoot;
    rootCst._text = newText;
    return { value: newRoot, lexerErrors: [], parserErrors: [], lexerReport: old.lexerReport };
}
