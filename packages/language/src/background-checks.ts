import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ArbejdsevneConfig } from './config.js';
import { megabytes, overInputLimit, utf8Length } from './limits.js';

/**
 * A large text checked off the editor's thread, so that its parse never holds up requests for the
 * other open documents. A host that can (the Node server: a worker thread) sets `checker`; without
 * one (the CLI, a browser, the tests) every text is checked where it is.
 */
export interface BackgroundChecker {
    /** The findings of `text` under `config`, as checkText gives them; abandoned when `token` is cancelled. */
    check(uri: string, text: string, config: ArbejdsevneConfig, token?: CancellationToken): Promise<Diagnostic[]>;
}

/**
 * 1 MB: the longest real description is about 50 KB. Up to this size a keystroke parses only the
 * block it is in (parser/block-reparse.ts): on 1 MB the keystroke p95 is about 210 ms on this
 * thread (bench/lsp-bench.mjs), and hover, completion, outline and the report stay. Beyond it a
 * full parse takes seconds (2 MB of broken text: 3 s), so the text is checked off the thread.
 */
export const BACKGROUND_CHECK_BYTES = 1024 * 1024;

/** Code of the note on a document checked in the background. */
export const CHECKED_IN_BACKGROUND = 'BAGGRUND';

export function backgroundNote(bytes: number): string {
    return `Filen er stor (${megabytes(bytes)}): den tjekkes i baggrunden, så editoren kan svare imens. Fundene står her, men hjælp ved musen, forslag, disposition og rapport er slået fra for filen. En beskrivelse fylder sjældent over 100 KB.`;
}

/** Which texts go to the background, and who checks them there (shared by the document factory and the validator). */
export class BackgroundChecks {
    checker?: BackgroundChecker;

    /** True when this text is checked in the background: a checker is set, and the text is large but under the input limit. */
    offloads(text: string): boolean {
        return !!this.checker && text.length > BACKGROUND_CHECK_BYTES / 4 && !overInputLimit(text) && utf8Length(text) > BACKGROUND_CHECK_BYTES;
    }
}
