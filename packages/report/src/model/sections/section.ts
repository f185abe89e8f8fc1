import type { Assessment, Facts } from '@arbejdsevne/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { BuildOptions } from '../build.js';
import { lineOf } from '../text.js';
import type { ReportBlock, ReportSection } from '../types.js';

/** What every section builder reads: the assessment, its findings and the facts computed once. */
export interface SectionContext {
    root: Assessment;
    diagnostics: readonly Diagnostic[];
    options: BuildOptions;
    facts: Facts;
    /** The report's date (ISO): `--dato`, else `sag.dato`. */
    date: string;
    /** "Regelsæt REF-2026b, gældende fra 1. juli 2026". */
    ruleSet: string;
}

/** Builds one section of the report (in the order of SECTION_BUILDERS, build.ts), or nothing when the assessment has nothing for it. */
export type SectionBuilder = (ctx: SectionContext) => ReportSection | ReportSection[] | undefined;

/** A section with its source line; none when it would be empty. */
export function section(id: string, title: string, node: Parameters<typeof lineOf>[0], blocks: ReportBlock[]): ReportSection | undefined {
    return blocks.length ? { id, title, line: lineOf(node), blocks } : undefined;
}
