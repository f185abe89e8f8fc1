import type { LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type * as ast from '../generated/ast.js';
import { todayIso } from '../semantics/dates.js';
import { blockKeyword, caseFacts, type BlockKeyword } from '../semantics/model-access.js';

/** Text edits the quick fixes share: append to the file, insert a line at the end of a block. */

export function caseDateOf(document: LangiumDocument<ast.Assessment>): string {
    return caseFacts(document.parseResult.value).date?.value ?? todayIso();
}

export function appendToFile(document: LangiumDocument, text: string): TextEdit[] {
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    const separator = document.textDocument.getText().endsWith('\n') ? '\n' : '\n\n';
    return [{ range: { start: end, end }, newText: `${separator}${text}\n` }];
}

/** Inserts `line` before the closing brace of the first block with this keyword. */
export function insertInBlock(document: LangiumDocument<ast.Assessment>, keyword: BlockKeyword, line: string): TextEdit[] | undefined {
    const block = document.parseResult.value.blocks.find(b => blockKeyword(b) === keyword);
    const cst = block?.$cstNode;
    if (!cst) return undefined;
    return insertBeforeClosingBrace(document, cst.end - 1, line);
}

/** Inserts `text` on its own line before the `}` at `close`. */
export function insertBeforeClosingBrace(document: LangiumDocument, close: number, text: string): TextEdit[] | undefined {
    const source = document.textDocument.getText();
    if (source[close] !== '}') return undefined;
    const at = document.textDocument.positionAt(close);
    const prefix = source.slice(lineStart(source, close), close).trim() === '' ? '' : '\n';
    return [{ range: { start: at, end: at }, newText: `${prefix}${text}\n` }];
}

export function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

export function nextLine(text: string, offset: number): number {
    const newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length : newline + 1;
}
