/** Rule sets by date (docs/regler.md, "Regelsæt"). The assessment's `sag.dato` picks one. */

export type RegimeId = 'RP-2022' | 'RP-2025' | 'REF-2026a' | 'REF-2026b' | 'LAB-2027';

export interface Regime {
    id: RegimeId;
    from: string;
    to?: string;
    /** Danish one-liner for hover and report. */
    summary: string;
    /** The whole rule set is provisional: every diagnostic says so. */
    usikker: boolean;
}

export const REGIMES: readonly Regime[] = [
    { id: 'RP-2022', from: '2022-01-01', to: '2024-12-31', usikker: false,
        summary: 'Rehabiliteringsplan og rehabiliteringsteam; ressourceforløb højst 3 år.' },
    { id: 'RP-2025', from: '2025-01-01', to: '2026-01-31', usikker: false,
        summary: 'Som RP-2022; fra 1. juli 2025 ny kontanthjælp og afklaring efter LAB § 36 a.' },
    { id: 'REF-2026a', from: '2026-02-01', to: '2026-06-30', usikker: false,
        summary: 'Lov nr. 1750 af 29/12/2025, trin 1: ingen nye ressourceforløb eller revalidering; rehabiliteringsteamet bruges stadig.' },
    { id: 'REF-2026b', from: '2026-07-01', to: '2026-12-31', usikker: false,
        summary: 'Trin 2: pligten til rehabiliteringsteam ophører (sandsynligt); sundhedsfaglig rådgivning fra klinisk funktion er obligatorisk i sager om fleksjob og førtidspension.' },
    { id: 'LAB-2027', from: '2027-01-01', usikker: true,
        summary: 'En ny beskæftigelseslov var i høring i efteråret 2025; vedtagelsen er ikke bekræftet. Tjekkes som REF-2026b, foreløbigt.' },
];

/** A ressourceforløb or revalidering granted on or before this day runs on under the old rules (lov nr. 1750 af 29/12/2025). */
export const LAST_GRANT_UNDER_OLD_RULES = '2026-01-31';
/** The outcomes that cannot be granted after that day (lov nr. 1750 af 29/12/2025): UDF-01 and `ny` judge by this. */
export const NOT_GRANTED_FROM_2026: readonly string[] = ['ressourceforløb', 'revalidering'];

export const REGIME_IDS: readonly RegimeId[] = REGIMES.map(r => r.id);

/** The rule set for a date; dates before 2022 use the oldest (GEN-03 warns). */
export function regimeForDate(iso: string | undefined): Regime {
    if (!iso) return REGIMES[REGIMES.length - 1];
    const found = REGIMES.find(r => iso >= r.from && (!r.to || iso <= r.to));
    return found ?? REGIMES[0];
}

export function regimeById(id: string | undefined): Regime | undefined {
    return REGIMES.find(r => r.id === id);
}

/** True when `regime` is `first` or later. */
export function regimeAtLeast(regime: RegimeId, first: RegimeId): boolean {
    return REGIME_IDS.indexOf(regime) >= REGIME_IDS.indexOf(first);
}

/** Every regime from `first` to `last` (inclusive), for catalogue entries. */
export function regimesFrom(first: RegimeId, last: RegimeId = 'LAB-2027'): RegimeId[] {
    return REGIME_IDS.slice(REGIME_IDS.indexOf(first), REGIME_IDS.indexOf(last) + 1);
}

/** "Regelsæt REF-2026b, gældende fra 1. juli 2026" is built by the report from these fields. */
export function describeRegime(regime: Regime): string {
    return `${regime.id} (${regime.from}${regime.to ? ' – ' + regime.to : ' –'})`;
}
