/**
 * The report model: plain data built once from an assessment (model/build.ts). Every renderer
 * reads only this; dates are formatted and mentions resolved already, so no renderer re-derives
 * a fact (ARCHITECTURE.md, "The report").
 */

export interface ReportModel {
    meta: ReportMeta;
    /** The header: title and the key facts, as label/value rows. */
    header: { title: string; rows: Array<[string, string]> };
    sections: ReportSection[];
}

/** The mark every page and output of a report carries (`ReportMeta.confidential`). */
export const CONFIDENTIAL = 'Fortroligt – indeholder helbredsoplysninger';

export interface ReportMeta {
    /** Document title for metadata and the page header (never a CPR number). */
    title: string;
    subject: string;
    /** ISO date used as the creation date (sag.dato or --dato): never the clock. */
    date: string;
    language: 'da';
    /** True when the assessment has errors: "UDKAST – indeholder fejl" on every page. */
    draft: boolean;
    confidential: string;
    /** "Regelsæt REF-2026b, gældende fra 1. juli 2026". */
    ruleSet: string;
    /** The citizen version (plain language, no rule ids). */
    citizenVersion: boolean;
}

export interface ReportSection {
    id: string;
    title: string;
    /** 1-based line of the block in the source, for the preview's click-to-source. */
    line?: number;
    blocks: ReportBlock[];
}

/** Who wrote a text: the citizen, the caseworker, or the tool (the citizen version keeps the tool's own words plain). */
export type Origin = 'citizen' | 'caseworker' | 'generated';

export type ReportBlock =
    | { kind: 'paragraph'; text: string; label?: string; origin?: Origin }
    | { kind: 'quote'; text: string; caption?: string; origin?: Origin }
    | { kind: 'facts'; rows: Array<[string, string]> }
    | { kind: 'list'; items: string[] }
    | { kind: 'table'; caption: string; columns: string[]; rows: string[][]; widths?: number[];
        /** Rows that must stand out (the appendix: a requirement not met), by row, in every renderer. */
        emphasis?: Array<RowEmphasis | undefined> }
    | { kind: 'timeline'; caption: string; alt: string; timeline: Timeline }
    | { kind: 'matrix'; caption: string; alt: string; matrix: Matrix };

/** Bars on a time axis: forsørgelse periods or planned measures (Gantt). */
export interface Timeline {
    /** ISO dates of the axis. */
    from: string;
    to: string;
    bars: Array<{ label: string; from: string; to: string; group: string; open?: boolean }>;
    /** Groups (benefit or sector) in legend order, each with a fill colour and a greyscale pattern. */
    groups: Array<{ name: string; colour: string; pattern: 'solid' | 'hatch' | 'dots' | 'cross' }>;
    /** The assessment date, marked on the axis. */
    marker?: { date: string; label: string };
}

/** Barriers × planned measures: which measure addresses which barrier. */
export interface Matrix {
    rows: string[];
    columns: string[];
    cells: boolean[][];
    /** Rows with no measure and no reason: they stand out. */
    uncovered: boolean[];
    /** Rows with `uden_indsats`: the reason, shown instead. */
    reasons: Array<string | undefined>;
}

/** How a table row stands out: an error (red) or a warning (yellow), with the word saying so in the row itself. */
export type RowEmphasis = 'fejl' | 'advarsel';
