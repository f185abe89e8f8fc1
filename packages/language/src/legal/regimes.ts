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
        summary: 'Forslaget til en ny hovedlov om en aktiv beskæftigelsesindsats var i høring 13. oktober–10. november 2025 og skal efter planen gælde fra 1. januar 2027 (STAR); vedtagelsen er ikke bekræftet (december 2026). Udkastet til ændring af sygedagpengeloven afskaffer jobafklaringsforløb fra samme dag. Tjekkes som REF-2026b, foreløbigt.' },
];

/** A ressourceforløb or revalidering granted on or before this day runs on under the old rules (lov nr. 1750 af 29/12/2025). */
export const LAST_GRANT_UNDER_OLD_RULES = '2026-01-31';
/** The outcomes that cannot be granted after that day (lov nr. 1750 af 29/12/2025): UDF-01 and `ny` judge by this. */
export const NOT_GRANTED_FROM_2026: readonly string[] = ['ressourceforløb', 'revalidering'];

export const REGIME_IDS: readonly RegimeId[] = REGIMES.map(r => r.id);

/**
 * A run of rule sets in the table above: from one onwards, open-ended, unless a law ends it
 * (`until`, the last rule set it holds in, and `endedBy`, the law). A new rule set added to the
 * table is inside every open span at once: adding a regime is one entry, and the rules carry on.
 */
export type RegimeSpan =
    | { readonly from: RegimeId; readonly until?: undefined }
    | { readonly from: RegimeId; readonly until: RegimeId; readonly endedBy: string };

/** The span from `from` onwards: written `onwards('REF-2026a')` in a catalogue entry. */
export function onwards(from: RegimeId): RegimeSpan {
    return { from };
}

/** The span from `from` to `until`, which the law `endedBy` ended. */
export function between(from: RegimeId, until: RegimeId, endedBy: string): RegimeSpan {
    return { from, until, endedBy };
}

/** Read from the table each time (never a copy), so a regime added later is in order too. */
function position(id: string): number {
    return REGIMES.findIndex(r => r.id === id);
}

export function inSpan(span: RegimeSpan, regime: string): boolean {
    const at = position(regime);
    return at >= position(span.from) && (span.until === undefined || at <= position(span.until));
}

/** The regimes a span holds today, in order. */
export function spanIds(span: RegimeSpan): RegimeId[] {
    return REGIMES.map(r => r.id).filter(id => inSpan(span, id));
}

/** A span in Danish, for the catalogue: "REF-2026a og senere", "RP-2022–RP-2025 (ophørt med …)". */
export function describeSpan(span: RegimeSpan): string {
    if (span.until === undefined) return span.from === REGIMES[0].id ? 'alle' : `${span.from} og senere`;
    return `${span.from === span.until ? span.from : `${span.from}–${span.until}`} (ophørt med ${span.endedBy})`;
}

/** The rule set for a date; dates before 2022 use the oldest (GEN-03 warns). */
export function regimeForDate(iso: string | undefined): Regime {
    if (!iso) return REGIMES[REGIMES.length - 1];
    const found = REGIMES.find(r => iso >= r.from && (!r.to || iso <= r.to));
    return found ?? REGIMES[0];
}

export function regimeById(id: string | undefined): Regime | undefined {
    return REGIMES.find(r => r.id === id);
}

/** The rule set after `regime` in the table, if any. */
export function nextRegime(regime: Regime): Regime | undefined {
    return REGIMES[REGIMES.findIndex(r => r.id === regime.id) + 1];
}
