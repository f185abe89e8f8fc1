import { caseFacts, checkText, citizenAdvice, danishLongDate, derivedFileName, isError, isValidIsoDate } from '@arbejdsevne/language';
import { renderReport, reportModel, type ReportFormat } from '@arbejdsevne/report';
import { URI } from 'langium';
import path from 'node:path';
import { formatText, sortDiagnostics, toCliDiagnostic } from '../diagnostics.js';
import { CliError, EXIT } from '../exit-codes.js';
import { readText } from '../files.js';
import { checkTargets, writeOutputs } from '../outputs.js';
import { configFromOptions, dateOption, type CheckerOptions } from '../options.js';
import { startPdfRenderer, takeEarlyPdfRenderer, type PdfRenderer } from '../pdf-thread.js';
import { createServices } from '../services.js';

export interface ReportOptions extends CheckerOptions {
    pdf?: string;
    html?: string;
    docx?: string;
    borgerversion?: boolean;
    visCpr?: boolean;
    bilag?: boolean;
    dato?: string;
}

function defaultOutput(input: string, citizen: boolean): string {
    const name = derivedFileName(path.basename(input), citizen ? '-borgerversion' : '', 'pdf');
    if (!name) throw new CliError(`Beskrivelsens filnavn ligner et CPR-nummer, så rapporten kan ikke få et navn efter det. Angiv et navn uden CPR-nummer med --pdf FIL, og omdøb gerne beskrivelsen.`);
    return path.join(path.dirname(input), name);
}

export async function runReport(file: string, options: ReportOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    // 20.11.2026 as well as 2026-11-20, as everywhere else; from here on ISO.
    options = { ...options, dato: dateOption('--dato', options.dato) };
    const targets: Record<ReportFormat, string | undefined> = { pdf: options.pdf, html: options.html, docx: options.docx };
    if (!targets.pdf && !targets.html && !targets.docx) targets.pdf = defaultOutput(file, Boolean(options.borgerversion));
    checkTargets(targets, [file]);

    const early = takeEarlyPdfRenderer();
    if (!targets.pdf) await early?.close();
    const pdf = targets.pdf ? early ?? startPdfRenderer() : undefined;
    try {
        return await checkAndRender(file, options, targets, pdf, out, err);
    } finally {
        await pdf?.close();
    }
}

async function checkAndRender(file: string, options: ReportOptions, targets: Record<ReportFormat, string | undefined>, pdf: PdfRenderer | undefined,
    out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const services = createServices(configFromOptions(options));
    const checked = await checkText(services, await readText(file), URI.file(path.resolve(file)));
    if (checked.syntaxErrors.length) {
        for (const d of sortDiagnostics(checked.syntaxErrors.map(s => toCliDiagnostic(file, s)))) err(formatText(d));
        err(`arbejdsevne: ${file} kan ikke læses som en arbejdsevnebeskrivelse (${checked.syntaxErrors.length} syntaksfejl). Ret fejlene; der er ikke lavet nogen rapport.`);
        return EXIT.ERRORS;
    }
    const caseDate = caseFacts(checked.root).date?.value;
    // The report's date heads its charts ("Beskrivelsens dato"): one before the case's own date is a typing error.
    if (options.dato && caseDate && isValidIsoDate(caseDate) && options.dato < caseDate) {
        throw new CliError(`--dato ${options.dato} ligger før sagens dato (${danishLongDate(caseDate)}); en rapport kan ikke være lavet før beskrivelsen. Ret --dato, eller udelad den (så bruges sagens dato). Der er ikke lavet nogen rapport.`);
    }
    const errors = checked.diagnostics.filter(isError).length;
    if (errors) err(`arbejdsevne: advarsel: beskrivelsen har ${errors} fejl; ${options.borgerversion ? 'borgerversionen' : 'rapporten'} er mærket "UDKAST – indeholder fejl". Se fejlene med: arbejdsevne tjek ${file}`);

    if (options.borgerversion) for (const advice of citizenAdvice(checked.root)) err(`arbejdsevne: råd: ${advice.text}`);
    const renderOptions = { version: options.borgerversion ? 'borger' : 'fuld', showCpr: options.visCpr, appendix: options.bilag, date: options.dato } as const;
    // runReport starts the PDF renderer exactly when a PDF is asked for.
    await writeOutputs(targets, async format => (format === 'pdf' ? pdf!.render(reportModel(checked, renderOptions)) : (await renderReport(checked, format, renderOptions)).bytes), out);
    // A draft is written, but is no success: `rapport … && send` must not send it.
    return errors ? EXIT.ERRORS : EXIT.OK;
}
