import type { CustomPatternMatcherFunc } from 'chevrotain';

/**
 * The text tokens (Q_TEXT in "…", TQ_TEXT in """…""") as a linear scan instead of the grammar's
 * regular expression: the same tokens, but a text of megabytes cannot overflow the regex engine's
 * stack. A text runs until its closing quote, a line break (in "…"), or an `@` that starts a
 * mention (`@` + letter, not right after a word: `navn@kommune.dk` is text).
 */

const isWordChar = (c: number) =>
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || LETTERS.has(c);
const LETTERS = new Set([...'ÆØÅæøåÉÈÄÖÜéèäöü'].map(c => c.charCodeAt(0)));
const isNameStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || LETTERS.has(c);
const QUOTE = 0x22;
const AT = 0x40;

function scan(text: string, offset: number, multiline: boolean): number {
    let i = offset;
    // True right after a word or an e-mail-like `@…` chunk: an `@` there is text.
    let afterWord = false;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            if (!multiline || text.startsWith('"""', i)) break;
            i++;
            afterWord = false;
        } else if (!multiline && (c === 0x0a || c === 0x0d)) {
            break;
        } else if (c === AT) {
            if (afterWord) {
                i++;
                while (i < text.length && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 0x5f)) i++;
            } else if (i + 1 < text.length && isNameStart(text.charCodeAt(i + 1))) {
                break;
            } else {
                i++;
            }
        } else if (isWordChar(c)) {
            i++;
            afterWord = true;
        } else {
            i++;
            afterWord = false;
        }
    }
    return i;
}

function matcher(multiline: boolean): CustomPatternMatcherFunc {
    return (text, offset) => {
        const end = scan(text, offset, multiline);
        return end > offset ? [text.slice(offset, end)] as unknown as RegExpExecArray : null;
    };
}

export const singleLineText = matcher(false);
export const multiLineText = matcher(true);
