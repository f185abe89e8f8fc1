/** Calendar dates as ISO strings (YYYY-MM-DD): no time zones, no clock. */

export const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** `20.11.2026` and `1.7.2027` become `2026-11-20` and `2027-07-01`; ISO input is kept. */
export function normalizeDate(text: string): string {
    const dk = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
    if (dk) return `${dk[3]}-${dk[2].padStart(2, '0')}-${dk[1].padStart(2, '0')}`;
    return text.trim();
}

export interface DayMonthYear { year: number; month: number; day: number }

export function parseIsoDate(iso: string | undefined): DayMonthYear | undefined {
    const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
    if (!m) return undefined;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isRealDate(year: number, month: number, day: number): boolean {
    if (month < 1 || month > 12 || day < 1) return false;
    // Gregorian leap years, by arithmetic: the rules test dates thousands of times per check.
    const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0);
}

export function isValidIsoDate(iso: string | undefined): boolean {
    return parseIsoDate(iso) !== undefined;
}

/** Whole years from `birth` to `on`. */
export function ageOn(birth: string, on: string): number | undefined {
    const b = parseIsoDate(birth);
    const d = parseIsoDate(on);
    if (!b || !d) return undefined;
    let age = d.year - b.year;
    if (d.month < b.month || (d.month === b.month && d.day < b.day)) age--;
    return age;
}

/** The date `months` calendar months after `iso` (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
    const d = parseIsoDate(iso);
    if (!d) return iso;
    const total = d.year * 12 + (d.month - 1) + months;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    const day = Math.min(d.day, new Date(Date.UTC(year, month, 0)).getUTCDate());
    return toIso(year, month, day);
}

export function addDays(iso: string, days: number): string {
    const d = parseIsoDate(iso);
    if (!d) return iso;
    const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
    return toIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The last day of the calendar month `iso` lies in. */
export function endOfMonth(iso: string): string {
    const d = parseIsoDate(iso);
    if (!d) return iso;
    return toIso(d.year, d.month, new Date(Date.UTC(d.year, d.month, 0)).getUTCDate());
}

export function toIso(year: number, month: number, day: number): string {
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number | undefined {
    const x = parseIsoDate(a);
    const y = parseIsoDate(b);
    if (!x || !y) return undefined;
    return Math.round((Date.UTC(y.year, y.month - 1, y.day) - Date.UTC(x.year, x.month - 1, x.day)) / 86_400_000);
}

/** "20. november 2026" */
export function danishLongDate(iso: string | undefined): string {
    const d = parseIsoDate(iso);
    if (!d) return iso ?? '';
    return `${d.day}. ${MONTHS[d.month - 1]} ${d.year}`;
}

/** Today's date on this machine, as ISO; only GEN-03 and `ny` need it. */
export function todayIso(): string {
    const now = new Date();
    return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
