import { CstNodeBuilder, prepareLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { CompositeCstNode, CstNode } from 'langium';
import { MAX_SYNTAX_ERRORS } from '../limits.js';

/**
 * Langium's CST builder, without the two ways it fails on large input (Langium 4.4):
 * - it adds hidden tokens with `push(...nodes)` / `splice(i, 0, ...nodes)`: 125,000 comment lines
 *   are 125,000 call arguments and overflow the stack;
 * - it finds a new node among its siblings with `indexOf` from the front: quadratic in a block's
 *   entries, where the node looked for is almost always the last.
 * The behaviour is otherwise Langium's own (the tests compare trees). The same fix is offered upstream
 * as patches/langium-cst-node-builder.patch: drop this class when Langium has it.
 */
export class ArbejdsevneCstNodeBuilder extends CstNodeBuilder {
    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        for (const child of children) {
            (child as { container?: CompositeCstNode }).container = parent;
            (parent.content as CstNode[]).push(child);
        }
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        for (const child of children) (child as { container?: CompositeCstNode }).container = parent;
        const content = parent.content as CstNode[];
        content.length += children.length;
        content.copyWithin(index + children.length, index, content.length - children.length);
        for (let i = 0; i < children.length; i++) content[index + i] = children[i];
    }

    override addHiddenNodes(tokens: Parameters<CstNodeBuilder['addHiddenNodes']>[0]): void {
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        // A new node: the hidden nodes go before it, in the first ancestor that has content before it.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren((this as unknown as { rootNode: CompositeCstNode }).rootNode, 0, nodes);
    }
}

interface RecoveringWrapper {
    errors: unknown[];
    shouldInRepetitionRecoveryBeTried(...args: unknown[]): boolean;
}

/**
 * The parser: Langium's, with the CST builder above, and no more in-repetition recovery after
 * MAX_SYNTAX_ERRORS errors. Chevrotain recovers inside a repetition by calling the rule again, one
 * stack frame per error: about 3,000 errors overflowed the stack. Past the cap the rest of the
 * file is one "not all input parsed" error.
 */
export function createArbejdsevneParser(services: LangiumCoreServices): LangiumParser {
    const parser = prepareLangiumParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new ArbejdsevneCstNodeBuilder();
    const wrapper = (parser as unknown as { wrapper: RecoveringWrapper }).wrapper;
    const tryRecovery = wrapper.shouldInRepetitionRecoveryBeTried.bind(wrapper);
    wrapper.shouldInRepetitionRecoveryBeTried = (...args: unknown[]) => wrapper.errors.length < MAX_SYNTAX_ERRORS && tryRecovery(...args);
    parser.finalize();
    return parser;
}
