import { addMonths } from '../semantics/dates.js';

/**
 * Folkepensionsalderen after pensionsloven § 1 a (as amended; the step to 70 adopted in 2025):
 * the age by birth date, in months. "Has reached" means the case date is on or after the birth
 * date plus that age: FJ-05 and FP-04.
 */
const TABLE: ReadonlyArray<{ bornBefore: string; months: number }> = [
    { bornBefore: '1954-01-01', months: 65 * 12 },
    { bornBefore: '1954-07-01', months: 65 * 12 + 6 },
    { bornBefore: '1955-01-01', months: 66 * 12 },
    { bornBefore: '1955-07-01', months: 66 * 12 + 6 },
    { bornBefore: '1963-01-01', months: 67 * 12 },
    { bornBefore: '1967-01-01', months: 68 * 12 },
    { bornBefore: '1971-01-01', months: 69 * 12 },
    { bornBefore: '9999-12-31', months: 70 * 12 },
];

/** The day the citizen reaches folkepensionsalderen (ISO), or undefined without a birth date. */
export function folkepensionDate(birthDate: string | undefined): string | undefined {
    if (!birthDate) return undefined;
    // The last row holds for every later birth date (9999-12-31 included).
    const row = TABLE.find(r => birthDate < r.bornBefore) ?? TABLE[TABLE.length - 1];
    return addMonths(birthDate, row.months);
}
