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
/** Six digits (DDMMYY), an optional separator, four digits; or DD.MM.YY, a separator, four digits; never inside a longer run of digits. */
const CPR_IN_TEXT = new RegExp(`(?<!\\d)(?:(\\d{6})${SEPARATOR}?|(\\d{2})\\.(\\d{2})\\.(\\d{2})${SEPARATOR})(\\d{4})(?!\\d)`, 'g');

/** The CPR numbers in a text: the one definition, CPR-03 in docs/regler.md (a real date; modulus 11 is not asked). */
export function findCprNumbers(text: string): CprMatch[] {
    const found: CprMatch[] = [];
    for (const match of text.matchAll(CPR_IN_TEXT)) {
        const date = match[1] ?? `${match[2]}${match[3]}${match[4]}`;
        if (looksLikeCpr(date, match[5])) found.push({ index: match.index!, length: match[0].length, masked: `${date}-XXXX` });
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
