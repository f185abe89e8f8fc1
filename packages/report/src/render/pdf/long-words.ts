// The CommonJS module by its file: Node's ES module loader neither resolves the folder nor sees named exports in it.
import danish from 'hyphen/da/index.js';

const SOFT_HYPHEN = '\u00AD';

/**
 * Words wider than their box, broken into pieces that fit, each but the last ending in a hyphen.
 * A word breaks where Danish hyphenation allows ("virksomheds-konsulent", patterns of the `hyphen`
 * library), and only a syllable wider than the box is cut where it must.
 * `widths` caches character widths for one font and size (measuring a character is a font layout).
 * pdfkit breaks such a word itself by measuring ever shorter prefixes: quadratic in the word's
 * length (a 2,000-character word took seconds and hundreds of MB; 1 MB of them ran out of memory),
 * and without a hyphen. This is linear: each character is measured once per font and size.
 * The text never gets soft hyphens (pdfkit would draw one in the middle of a line).
 */
/** A web address, an e-mail address, a path or anything with a digit in it. */
const TECHNICAL = /[@/\\]|^(https?:|www\.)|\d/u;

export function breakLongWords(text: string, width: number, measure: (s: string) => number, widths = new Map<string, number>()): string {
    const charWidth = (c: string) => {
        let w = widths.get(c);
        if (w === undefined) widths.set(c, w = measure(c));
        return w;
    };
    const hyphen = charWidth('-');
    // Short words always fit a column of the report; only longer ones are measured.
    return text.replace(/\S{12,}/gu, (word: string, offset: number) => {
        const chars = Array.from(word);
        let total = 0;
        for (const c of chars) total += charWidth(c);
        if (total <= width) return word;
        // Kerning is ignored when adding widths: a small margin keeps each piece inside its box.
        const room = width * 0.97 - hyphen;
        const pieces: string[] = [];
        let piece = '';
        let used = 0;
        // An address, a path or a number is not Danish: no hyphen goes into it (a reader would copy it);
        // it breaks after its own separators, or where it must.
        const technical = TECHNICAL.test(word);
        const syllables = technical ? word.split(/(?<=[/.@_\-:?&=])/u) : danish.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
        for (const syllable of syllables) {
            let w = 0;
            for (const c of syllable) w += charWidth(c);
            if (used + w <= room) {
                piece += syllable;
                used += w;
                continue;
            }
            if (piece) pieces.push(piece);
            piece = '';
            used = 0;
            if (w <= room) {
                piece = syllable;
                used = w;
                continue;
            }
            // A syllable wider than the box (a run of letters with no hyphenation point): cut where it must.
            for (const c of syllable) {
                const cw = charWidth(c);
                if (piece && used + cw > room) {
                    pieces.push(piece);
                    piece = '';
                    used = 0;
                }
                piece += c;
                used += cw;
            }
        }
        pieces.push(piece);
        // Starting on a line of its own, each piece is exactly one line.
        const newLine = offset > 0 && text[offset - 1] !== '\n' ? '\n' : '';
        return newLine + pieces.join(technical ? '\n' : '-\n');
    });
}

/** `text` shortened with an ellipsis until it fits `width` on one line (pdfkit's own ellipsis does not shorten text drawn without line breaks). */
export function fitOnOneLine(text: string, width: number, measure: (s: string) => number): string {
    let shown = text;
    // Each round drops at least one character, so this ends.
    while (shown.length > 2 && measure(shown) > width) {
        const keep = Math.min(shown.length - 2, Math.floor((shown.length * width) / measure(shown)) - 1);
        shown = `${shown.slice(0, Math.max(1, keep))}…`;
    }
    return shown;
}
