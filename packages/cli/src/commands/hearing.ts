import { addDays, compareAssessments, danishLongDate, derivedFileName, isError, todayIso, type SemanticChange } from '@arbejdsevne/language';
import { buildHearingLetter, changesToTell, newDocuments, renderModel } from '@arbejdsevne/report';
import { nodeAssets } from '@arbejdsevne/report/node';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CliError, EXIT } from '../exit-codes.js';
import { dateOption } from '../options.js';
import { checkTargets, writeOutputs, type Targets } from '../outputs.js';
import { createServices } from '../services.js';
import { readVersions } from '../versions.js';

export interface HearingOptions {
    siden?: string;
    frist?: string;
    dato?: string;
    pdf?: string;
    html?: string;
    docx?: string;
}


/** 2026-11-20 or 20.11.2026 in shape, whether or not a real date. */
const DATE_SHAPED = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\.\d{1,2}\.\d{4}$/;

function defaultOutput(input: string): string {
    const name = derivedFileName(path.basename(input), '-partshøring', 'pdf');
    if (!name) throw new CliError('Beskrivelsens filnavn ligner et CPR-nummer, så brevet kan ikke få et navn efter det. Angiv et navn med --pdf FIL, og omdøb gerne beskrivelsen.');
    return path.join(path.dirname(input), name);
}

/**
 * `arbejdsevne partshøring <fil.aev> [--siden <før.aev> | --siden <dato>] [--frist <dato>]`: the
 * letter that hears the citizen on what they have not seen (forvaltningslovens § 19), as PDF by
 * default; marked UDKAST while the assessment has errors.
 */
export async function runHearing(file: string, options: HearingOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const date = dateOption('--dato', options.dato) ?? todayIso();
    const deadline = dateOption('--frist', options.frist) ?? addDays(date, 14);
    if (deadline <= date) throw new CliError(`Fristen (--frist ${deadline}) skal ligge efter brevets dato (${date}).`);
    // --siden is a date or an earlier version's file; a date-shaped value that is no date (2026-13-01) is said to be so.
    const sinceDate = options.siden !== undefined && DATE_SHAPED.test(options.siden.trim()) && !existsSync(options.siden) ? dateOption('--siden', options.siden.trim()) : undefined;
    const earlier = options.siden !== undefined && !sinceDate ? options.siden : undefined;
    const targets: Targets = { pdf: options.pdf, html: options.html, docx: options.docx };
    if (!targets.pdf && !targets.html && !targets.docx) targets.pdf = defaultOutput(file);
    checkTargets(targets, earlier ? [file, earlier] : [file]);

    const files = earlier ? [earlier, file] : [file];
    const versions = await readVersions(createServices(), files, err, 'der er ikke skrevet noget brev');
    const current = versions.at(-1)!;
    const changes: SemanticChange[] | undefined = versions.length === 2 ? compareAssessments(versions[0].root, current.root) : undefined;
    const letterOptions = { date, deadline, since: sinceDate, changes, diagnostics: current.diagnostics };

    const errors = current.diagnostics.filter(isError).length;
    if (errors) err(`arbejdsevne: advarsel: beskrivelsen har ${errors} fejl; brevet er mærket "UDKAST – indeholder fejl". Se fejlene med: arbejdsevne tjek ${file}`);
    const documents = newDocuments(current.root, letterOptions);
    // A letter cannot tell the citizen about a document it predates: most likely a mistyped --dato.
    const later = documents.filter(d => d.date > date);
    if (later.length) throw new CliError(`Brevets dato (${danishLongDate(date)}) ligger før ${later.length === 1 ? 'dokumentet' : 'dokumenterne'} ${later.map(d => `${d.name} (${danishLongDate(d.date)})`).join(', ')}, som brevet skal høre borgeren om. Ret --dato (eller dokumentets dato); der er ikke skrevet noget brev.`);
    if (!documents.length && !changesToTell(changes).length) err('arbejdsevne: advarsel: der er ingen nye dokumenter eller ændringer at høre borgeren om; brevet siger det. Tjek --siden.');

    const model = buildHearingLetter(current.root, letterOptions);
    await writeOutputs(targets, format => renderModel(model, format, { assets: nodeAssets() }), out, 'Brevet');
    // A draft letter is written, but is no success (exit code 1, as for the report).
    return errors ? EXIT.ERRORS : EXIT.OK;
}
