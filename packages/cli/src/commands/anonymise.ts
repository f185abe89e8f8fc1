import { anonymise, type Assessment } from '@arbejdsevne/language';
import { URI } from 'langium';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '@arbejdsevne/report/write-atomic';
import { CliError, EXIT } from '../exit-codes.js';
import { readText } from '../files.js';
import { createServices } from '../services.js';

/** `arbejdsevne anonymiser <fil> [-o FIL] [--forskyd DAGE]`: a training copy of a real case. */
export async function runAnonymise(file: string, options: { output?: string; forskyd?: string }, out: (text: string) => void): Promise<number> {
    const shift = options.forskyd === undefined ? undefined : Number(options.forskyd);
    if (shift !== undefined && !Number.isInteger(shift)) throw new CliError(`--forskyd skal være et helt antal dage, ikke "${options.forskyd}".`);
    const base = path.basename(file, path.extname(file)).replace(/\d{6}[- ]?\d{4}/g, 'XXXXXX-XXXX');
    const target = options.output ?? path.join(path.dirname(file), `${base}-anonymiseret.aev`);
    if (!options.output && existsSync(target)) throw new CliError(`${target} findes allerede; angiv et andet navn med -o.`);
    const services = createServices();
    const text = await readText(file);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Assessment>(text, URI.file(path.resolve(file)));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
    if (document.parseResult.lexerErrors.length || document.parseResult.parserErrors.length) {
        throw new CliError(`${file} har syntaksfejl; ret dem først (se arbejdsevne tjek ${file}).`, EXIT.ERRORS);
    }
    let result;
    try {
        result = anonymise(document.textDocument.getText(), document.parseResult.value, { shiftDays: shift });
    } catch (error) {
        throw new CliError(`Kan ikke anonymisere: ${error instanceof Error ? error.message : String(error)}.`);
    }
    await writeFileAtomic(target, result.text);
    out(`Skrev ${target} (datoer flyttet ${result.shiftDays} dage). Læs kopien igennem: fritekst kan stadig røbe borgeren.`);
    return EXIT.OK;
}
