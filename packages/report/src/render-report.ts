import type { ResolvedConfig } from '@arbejdsevne/language';
import type { Assessment, Readability } from '@arbejdsevne/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ReportAssets } from './assets.js';
import { buildReport } from './model/build.js';
import { buildCitizenReport, citizenReadability } from './model/citizen.js';
import type { ReportModel } from './model/types.js';
import { renderHtml, type HtmlOptions } from './render/html.js';

/** The one entry for a report: a checked document in, the bytes of one format out. */

export type ReportFormat = 'pdf' | 'html' | 'docx';

export interface RenderOptions {
    /** The full report (default) or the short citizen version (borgerversion). */
    version?: 'fuld' | 'borger';
    /** Show the citizen's CPR number in full (default: DDMMYY-XXXX). */
    showCpr?: boolean;
    /** Add the appendix "Bilag: lovmæssig fuldstændighed". */
    appendix?: boolean;
    /** The report's date (default: sag.dato; never the clock, so the same file gives the same bytes). */
    date?: string;
    /** Fonts and other bytes from the platform (needed for PDF). */
    assets?: ReportAssets;
    /** HTML only: a style nonce, or the body's content alone (the preview). */
    html?: HtmlOptions;
}

/** What the report is made from: the document service's result. */
export interface ReportInput {
    root: Assessment;
    diagnostics: readonly Diagnostic[];
    config?: Pick<ResolvedConfig, 'profil' | 'regler' | 'regelsæt'>;
}

export interface RenderedReport {
    bytes: Uint8Array;
    /** The report's title (never a CPR number): for a tab or a window. */
    title: string;
    /** The assessment has errors: the report is marked "UDKAST – indeholder fejl". */
    draft: boolean;
    /** The citizen version only: how easy what the caseworker and the tool wrote is to read. */
    readability?: Readability;
}

/** The report model for the chosen version: the single input of every renderer. */
export function reportModel(input: ReportInput, options: RenderOptions = {}): ReportModel {
    return options.version === 'borger'
        ? buildCitizenReport(input.root, input.diagnostics, options.date)
        : buildReport(input.root, input.diagnostics, { showCpr: options.showCpr, appendix: options.appendix, date: options.date, config: input.config });
}

/**
 * The PDF and Word renderers, loaded when first used: pdfkit, fontkit and docx are most of the
 * report's code, and a checker (the CLI's `tjek`, the language server, the playground's worker)
 * may never need them.
 */
export async function renderPdf(model: ReportModel, assets: ReportAssets): Promise<Uint8Array> {
    return (await import('./render/pdf/pdf.js')).renderPdf(model, assets);
}

export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
    return (await import('./render/docx.js')).renderDocx(model);
}

/** Any model (the report, the borgerversion, a change report, a letter) in one format. */
export async function renderModel(model: ReportModel, format: ReportFormat, options: Pick<RenderOptions, 'assets' | 'html'> = {}): Promise<Uint8Array> {
    if (format === 'html') return new TextEncoder().encode(renderHtml(model, options.html));
    if (format === 'docx') return renderDocx(model);
    if (!options.assets) throw new Error('PDF kræver skrifttyperne (assets)');
    return renderPdf(model, options.assets);
}

export async function renderReport(input: ReportInput, format: ReportFormat, options: RenderOptions = {}): Promise<RenderedReport> {
    const model = reportModel(input, options);
    const bytes = await renderModel(model, format, options);
    return { bytes, title: model.meta.title, draft: model.meta.draft, readability: options.version === 'borger' ? citizenReadability(model) : undefined };
}
