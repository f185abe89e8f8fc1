import { isRealDate, toIso } from './dates.js';

/** CPR numbers (CPR-kontoret): DDMMYY-SSSS; the century follows from the 7th digit and the year. */

export const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;

export type CprResult = { valid: true; birthDate: string } | { valid: false; reason: string };

export function parseCpr(text: string): CprResult {
    const m = CPR_PATTERN.exec(text.trim());
    if (!m) return { valid: false, reason: 'det skal have formen DDMMÅÅ-SSSS' };
    const day = Number(m[1]);
    const month = Number(m[2]);
    const yy = Number(m[3]);
    const seventh = Number(m[4][0]);
    const year = centuryOf(seventh, yy) + yy;
    if (!isRealDate(year, month, day)) return { valid: false, reason: `${m[1]}.${m[2]}.${m[3]} er ikke en rigtig dato` };
    return { valid: true, birthDate: toIso(year, month, day) };
}

function centuryOf(seventh: number, yy: number): number {
    if (seventh <= 3) return 1900;
    if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
    return yy <= 57 ? 2000 : 1800;
}


/** True when six digits and four more look like a CPR number with a real date. */
export function looksLikeCpr(six: string, four: string): boolean {
    return parseCpr(`${six}-${four}`).valid;
}
