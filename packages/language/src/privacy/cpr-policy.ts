import { looksLikeCpr } from '../semantics/cpr.js';

/**
 * THE CPR POLICY: where a CPR number is found (the one definition of CPR-03), how it is masked,
 * and which names may hold one (none). The checker, every renderer, the CLI and the extension
 * use these functions and no other.
 */

export interface CprMatch {
    /** Offset in the text and length of the whole number. */
    index: number;
    length: number;
    /** The number as DDMMYY-XXXX: the date stays, the serial number is hidden. */
    masked: string;
}

/** What may stand between the date and the serial number: dash, slash, space and the dashes and spaces Word and Outlook produce. */
const SEPARATOR = '[-/ \\u2010-\\u2015\\u2212\\u00A0\\u202F]';
/** A separator with a space on either side, as typed in a hurry ("010190 - 1234"). */
const SPACED = `(?: ?${SEPARATOR} ?)`;
/**
 * Six digits (DDMMYY), an optional separator (spaces around it allowed), four digits; or DD.MM.YY,
 * a separator, four digits; or DD.MM.YYYY-dddd (a dash only: "01.08.2005 - 2013" is a period);
 * never inside a longer run of digits. Matched on the text with invisible characters
 * removed and other digits read as 0–9 (findCprNumbers).
 */
const CPR_IN_TEXT = new RegExp(`(?<!\\d)(?:(\\d{6})${SPACED}?|(\\d{2})\\.(\\d{2})\\.(\\d{2})${SEPARATOR}|(\\d{2})\\.(\\d{2})\\.((?:19|20)\\d{2})-)(\\d{4})(?!\\d)`, 'g');

/** What every match of CPR_IN_TEXT contains. */
const MAY_HOLD_CPR = /\d{6}|\d\d\.\d\d\.\d\d/;

/** Characters that show nothing: a number pasted with one inside it is still the number. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
/** Digits other than 0–9 that a paste brings (full-width, Arabic-Indic), each one UTF-16 unit. */
const DIGIT_BLOCKS: ReadonlyArray<readonly [number, number]> = [[0xFF10, 0xFF19], [0x0660, 0x0669], [0x06F0, 0x06F9]];

/** The text as CPR_IN_TEXT reads it, and for each of its characters the offset in the original text. */
function readable(text: string): { text: string; offsets: number[] } {
    // The common case costs one test: nothing to translate.
    if (!/[\u00AD\u200B-\u200D\u2060\uFEFF\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/u.test(text)) return { text, offsets: [] };
    let out = '';
    const offsets: number[] = [];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (INVISIBLE.test(ch)) continue;
        const code = ch.charCodeAt(0);
        const block = DIGIT_BLOCKS.find(([from, to]) => code >= from && code <= to);
        out += block ? String(code - block[0]) : ch;
        offsets.push(i);
    }
    offsets.push(text.length);
    return { text: out, offsets };
}

/** The CPR numbers in a text: the one definition, CPR-03 in docs/regler.md (a real date; modulus 11 is not asked). */
export function findCprNumbers(text: string): CprMatch[] {
    const found: CprMatch[] = [];
    const read = readable(text);
    // Every form above starts with six digits or DD.MM.YY: most texts have neither, and one quick test says so.
    if (!MAY_HOLD_CPR.test(read.text)) return found;
    for (const match of read.text.matchAll(CPR_IN_TEXT)) {
        // "01.08.2005-2013" is a period, not a CPR number: a full year, then a later year.
        if (match[7] && Number(match[8]) >= Number(match[7]) && Number(match[8]) <= Number(match[7]) + 80) continue;
        const date = match[1] ?? (match[2] ? `${match[2]}${match[3]}${match[4]}` : `${match[5]}${match[6]}${match[7].slice(2)}`);
        if (!looksLikeCpr(date, match[8])) continue;
        const start = match.index!;
        const end = start + match[0].length;
        // Offsets in the original text, with whatever invisible characters stood inside the number.
        const index = read.offsets.length ? read.offsets[start] : start;
        const length = (read.offsets.length ? read.offsets[end - 1] + 1 : end) - index;
        found.push({ index, length, masked: `${date}-XXXX` });
    }
    return found;
}

/** The citizen's own `cpr` as shown by default: "120384-XXXX" (the date stays, the serial number is hidden). */
export function maskCpr(text: string): string {
    const digits = text.replace(/\D/g, '');
    return digits.length >= 6 ? `${digits.slice(0, 6)}-XXXX` : 'XXXXXX-XXXX';
}

/** A number already masked (DDMMYY-XXXX or XXXXXX-XXXX): not a placeholder, not a CPR number. */
export const MASKED_CPR = /(\d{6}|X{6})-X{4}/g;

/** The text with every CPR number replaced (by default masked as DDMMYY-XXXX). */
export function maskCprNumbers(text: string, replacement: (match: CprMatch) => string = m => m.masked): string {
    let out = '';
    let last = 0;
    for (const m of findCprNumbers(text)) {
        out += text.slice(last, m.index) + replacement(m);
        last = m.index + m.length;
    }
    return out + text.slice(last);
}

/** A file or folder name may never hold a CPR number: names end up in folders, mails and backups. */
export function nameHasCpr(name: string): boolean {
    // A name may also join the parts with _ or ., or with nothing at all.
    return [name, name.replace(/[_.]/g, '-'), name.replace(/[-_.\s]/g, '')].some(variant => findCprNumbers(variant).length > 0);
}

/** True when a segment of the path (a folder or the file) holds a CPR number. */
export function pathHasCpr(filePath: string): boolean {
    return filePath.split(/[\\/]/).some(nameHasCpr);
}

/** The Danish message for a refused name; it never repeats the number. */
export const CPR_IN_NAME = 'Navnet ligner et CPR-nummer. Vælg et navn uden CPR-nummer (fx borgerens initialer og sagens dato).';

/**
 * The default name of a file made from `sourceName` (a report next to its assessment): the source's
 * base name with a suffix and extension — or none, when the source's own name holds a CPR number
 * (masking it would give two citizens the same report name).
 */
export function derivedFileName(sourceName: string, suffix: string, extension: string): string | undefined {
    const base = sourceName.replace(/\.[^.\\/]*$/, '');
    if (nameHasCpr(base)) return undefined;
    return `${base}${suffix}.${extension}`;
}
