import type { Position } from 'vscode-languageserver-types';

/**
 * Unicode NFC before lexing (an `å` typed or pasted as `a` + ring is the same letter as `å`), and
 * the one mapping between the editor's text and the NFC text the parser reads. NFC never changes
 * line breaks, so lines are the same; only columns on lines with combining marks differ.
 */

/** The text the parser reads. (ICU's quick check makes this cheaper than searching the text for a combining mark.) */
export function toNfc(text: string): string {
    return text.normalize('NFC');
}

export function needsNormalising(text: string): boolean {
    return toNfc(text) !== text;
}

/** Per line: for each NFC column the editor's column (one more entry for the end of the line). */
type ColumnMap = number[];

/** Positions between the editor's text and its NFC form; the identity for text that is NFC already. */
export class PositionMap {
    private readonly toClientColumns = new Map<number, ColumnMap>();
    private readonly toServerColumns = new Map<number, ColumnMap>();

    constructor(original: string) {
        if (!needsNormalising(original)) return;
        original.split(/\r?\n|\r/).forEach((line, number) => {
            if (line.normalize('NFC') === line) return;
            const client: number[] = [];
            const server: number[] = [];
            // A starter with the marks after it composes on its own (NFC does not compose across starters here).
            for (const chunk of line.match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
                const composed = chunk.normalize('NFC');
                for (let i = 0; i < composed.length; i++) client.push(server.length + (i === 0 ? 0 : Math.min(i, chunk.length - 1)));
                for (let i = 0; i < chunk.length; i++) server.push(client.length - composed.length + Math.min(i, composed.length - 1));
            }
            client.push(server.length);
            server.push(client.length - 1);
            this.toClientColumns.set(number, client);
            this.toServerColumns.set(number, server);
        });
    }

    get identity(): boolean {
        return this.toClientColumns.size === 0;
    }

    /** An NFC position (the server's) as the editor counts it. */
    toClient(position: Position): Position {
        const map = this.toClientColumns.get(position.line);
        return map ? { line: position.line, character: map[Math.min(position.character, map.length - 1)] } : position;
    }

    /** An editor position as the server counts it. */
    toServer(position: Position): Position {
        const map = this.toServerColumns.get(position.line);
        return map ? { line: position.line, character: map[Math.min(position.character, map.length - 1)] } : position;
    }
}
