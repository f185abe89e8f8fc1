/**
 * Limits instead of crashes: a file over the size limit is refused with a clear message, and a
 * document reports at most DIAGNOSTICS_LIMIT findings plus one that says how many more there are.
 */

/** 5 MB: a long assessment is about 50 KB; anything near the limit is pasted material, not a description. */
export const INPUT_LIMIT_BYTES = 5 * 1024 * 1024;

export const DIAGNOSTICS_LIMIT = 1000;

/** After this many syntax errors the parser stops recovering: the rest of the file is one error (each recovery costs a stack frame). */
export const MAX_SYNTAX_ERRORS = 200;

/** Code of the diagnostic for a file over the limit. */
export const TOO_LARGE = 'STØRRELSE';
/** Code of the closing diagnostic "… og N flere fund"; its `data.total` is the full count. */
export const MORE_FINDINGS = 'FLERE';

export function megabytes(bytes: number): string {
    return `${(bytes / (1024 * 1024)).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`;
}

export function tooLargeMessage(bytes: number): string {
    return `Filen er for stor til at blive tjekket (${megabytes(bytes)}; grænsen er ${megabytes(INPUT_LIMIT_BYTES)}). En beskrivelse fylder sjældent over 100 KB: fjern indsat materiale, eller del filen op.`;
}

/** True when a text is over the input limit (measured only when it could be). */
export function overInputLimit(text: string): boolean {
    return text.length > INPUT_LIMIT_BYTES / 4 && utf8Length(text) > INPUT_LIMIT_BYTES;
}

/** The UTF-8 size of a text, without encoding it (a text of 5 MB must not be copied to be measured). */
export function utf8Length(text: string): number {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80) bytes += 1;
        else if (c < 0x800) bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff) { bytes += 4; i++; }
        else bytes += 3;
    }
    return bytes;
}
