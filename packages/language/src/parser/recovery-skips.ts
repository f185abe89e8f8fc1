import type { ParseResult } from 'langium';
import type { Assessment, TopLevelBlock } from '../generated/ast.js';
import { blockKeyword } from '../semantics/model-access.js';

/**
 * What the parser's error recovery skipped. A `}` too many inside a block closes the block early;
 * the parser then skips the block's remaining lines, up to its real `}`, as one error at the first
 * skipped statement. The skipped lines are not in the tree, so the block looks empty and its names
 * look undefined: the checker must know, or it reports a dozen false findings.
 */
export interface RecoverySkips {
    /** Names written in skipped text (entries the tree lacks): a reference to one is not GEN-05. */
    names: Set<string>;
    /** Per parser error (by index) whose cause is a `}` too many: that brace and the block it closed. */
    strayBraces: Map<number, { block: TopLevelBlock; keyword: string; line: number; character: number }>;
}

const NAME = /^[\p{L}_][\p{L}\d_]*$/u;

const computed = new WeakMap<ParseResult, RecoverySkips>();

export function recoverySkips(parseResult: ParseResult): RecoverySkips {
    let skips = computed.get(parseResult);
    if (skips) return skips;
    skips = { names: new Set(), strayBraces: new Map() };
    computed.set(parseResult, skips);
    const found = skips;
    const blocks = (parseResult.value as Assessment).blocks;
    parseResult.parserErrors.forEach((error, index) => {
        const skipped = (error as { resyncedTokens?: Array<{ image: string }> }).resyncedTokens ?? [];
        if (skipped.length === 0) return;
        for (const token of [error.token, ...skipped]) if (NAME.test(token.image)) found.names.add(token.image);
        // More `}` than `{` skipped: the block before the error was closed by a brace too many.
        let depth = 0;
        for (const token of skipped) depth += token.image === '{' ? 1 : token.image === '}' ? -1 : 0;
        if (depth >= 0 || !Number.isFinite(error.token.startOffset)) return;
        const before = blocks.filter(b => b.$cstNode && b.$cstNode.end <= error.token.startOffset).at(-1);
        const end = before?.$cstNode;
        if (!before || !end || !end.text.endsWith('}')) return;
        const { line, character } = end.range.end;
        found.strayBraces.set(index, { block: before, keyword: blockKeyword(before), line, character: character - 1 });
    });
    return skips;
}

/** The message for a `}` too many: where it is, which block it closed, and what to do. */
export function strayBraceMessage(keyword: string, firstSkippedLine: number): string {
    return `Uventet '}' her. Den lukker blokken \`${keyword}\` for tidligt, så linjerne fra linje ${firstSkippedLine} frem til næste } hører ikke til nogen blok. Slet den }, der står én for meget.`;
}

/**
 * `"Han sagde "nej" til praktik"`: the second " ended the text, and the word after it stands
 * outside it. Read from the line itself (the parser, after recovering, no longer knows which
 * token came before): a word right after a closing quote, with another quote later on the line.
 */
export function quoteInsideText(text: string, character: number): string | undefined {
    const before = text.slice(0, character).trimEnd();
    const quotes = (before.match(/"/g) ?? []).length;
    if (!before.endsWith('"') || before.endsWith('"""') || quotes < 2 || quotes % 2 !== 0 || !text.slice(character).includes('"')) return undefined;
    const word = /^[\p{L}\d_]+/u.exec(text.slice(character))?.[0];
    return word ? `Et " inde i en tekst afslutter teksten, så \`${word}\` står uden for den. Skriv citater i en tekst med »…«, eller skriv hele teksten som """ … """.` : undefined;
}
