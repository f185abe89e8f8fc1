import { isValidIsoDate, looksLikeCpr, type Assessment } from '@arbejdsevne/language';
import { buildCitizenReport, buildReport, renderDocx, renderHtml, renderPdf, type ReportModel } from '@arbejdsevne/report';
import { URI } from 'langium';
import path from 'node:path';
import { writeFileAtomic } from '@arbejdsevne/report/write-atomic';
import { formatText, sortDiagnostics, toCliDiagnostic } from '../diagnostics.js';
import { CliError, EXIT } from '../exit-codes.js';
import { readText } from '../files.js';
import { configFromOptions, type CheckerOptions } from '../options.js';
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

/** A file name may never carry a CPR number (it ends up in folders, mails and backups). */
function assertNoCpr(file: string): void {
    const name = path.basename(file);
    if ([...name.matchAll(/(\d{6})[- _]?(\d{4})/g)].some(m => looksLikeCpr(m[1], m[2]))) {
        throw new CliError(`Filnavnet ${path.basename(file)} ligner et CPR-nummer. Vælg et navn uden CPR-nummer.`);
    }
}

function defaultOutput(input: string, citizen: boolean): string {
    const base = path.basename(input, path.extname(input)).replace(/\d{6}[- ]?\d{4}/g, 'XXXXXX-XXXX');
    return path.join(path.dirname(input), `${base}${citizen ? '-borgerversion' : ''}.pdf`);
}

export async function runReport(file: string, options: ReportOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    if (options.dato !== undefined && !isValidIsoDate(options.dato)) throw new CliError(`--dato skal være en dato som 2026-11-20, ikke "${options.dato}".`);
    const targets = { pdf: options.pdf, html: options.html, docx: options.docx };
    if (!targets.pdf && !targets.html && !targets.docx) targets.pdf = defaultOutput(file, Boolean(options.borgerversion));
    for (const target of Object.values(targets)) if (target) assertNoCpr(target);

    const services = createServices(configFromOptions(options));
    const text = await readText(file);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Assessment>(text, URI.file(path.resolve(file)));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const diagnostics = document.diagnostics ?? [];
    const syntax = diagnostics.filter(d => d.code === 'SYNTAX');
    if (syntax.length) {
        for (const d of sortDiagnostics(syntax.map(s => toCliDiagnostic(file, s)))) err(formatText(d));
        err(`arbejdsevne: ${file} kan ikke læses som en arbejdsevnebeskrivelse (${syntax.length} syntaksfejl). Ret fejlene; der er ikke lavet nogen rapport.`);
        return EXIT.ERRORS;
    }
    const config = await services.config.ConfigProvider.getConfig(document);
    const root = document.parseResult.value;
    const model: ReportModel = options.borgerversion
        ? buildCitizenReport(root, options.dato)
        : buildReport(root, diagnostics, { showCpr: options.visCpr, appendix: options.bilag, date: options.dato, config });
    const errors = diagnostics.filter(d => d.severity === 1).length;
    if (errors && !options.borgerversion) err(`arbejdsevne: advarsel: beskrivelsen har ${errors} fejl; rapporten er mærket "UDKAST – indeholder fejl". Se fejlene med: arbejdsevne tjek ${file}`);

    const renders: Array<[string | undefined, () => Promise<Buffer | string>]> = [
        [targets.pdf, () => renderPdf(model)],
        [targets.html, async () => renderHtml(model)],
        [targets.docx, () => renderDocx(model)],
    ];
    for (const [target, render] of renders) {
        if (!target) continue;
        let data: Buffer | string;
        try {
            data = await render();
        } catch (error) {
            throw new CliError(`Rapporten kunne ikke laves (${error instanceof Error ? error.message : String(error)}); ${target} er ikke ændret.`);
        }
        try {
            await writeFileAtomic(target, data);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            throw new CliError(`Kan ikke skrive ${target}: ${code === 'ENOENT' ? 'mappen findes ikke' : code === 'EACCES' ? 'adgang nægtet' : String(code ?? error)}. En tidligere fil er ikke ændret.`);
        }
        out(`Skrev ${target}`);
    }
    return EXIT.OK;
}
