import { CPR_IN_NAME, assessmentSkeleton, pathHasCpr, skeletonRefusal, todayIso } from '@arbejdsevne/language';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { CliError, EXIT } from '../exit-codes.js';
import { dateOption } from '../options.js';

export interface NewOptions { formål?: string; dato?: string; bevilget?: string; navn?: string; fødselsdato?: string }

/**
 * `arbejdsevne ny <fil> --formål <udfald>`: a new assessment under the rules of its date; never
 * overwrites a file. What is left to write is what the first `tjek` lists.
 */
export async function runNew(file: string, options: NewOptions, out: (text: string) => void): Promise<number> {
    const outcome = options.formål ?? '';
    // Dates as the language takes them: 2026-12-01 or 1.12.2026.
    // A name goes into a one-line text: a line break or a quotation mark would break the file.
    if (options.navn !== undefined && /["\r\n\u201C\u201D\u201E]/.test(options.navn)) throw new CliError(`--navn må ikke indeholde linjeskift eller anførselstegn: "${options.navn.replace(/\r?\n/g, ' ')}".`);
    const skeleton = {
        date: dateOption('--dato', options.dato) ?? todayIso(), granted: dateOption('--bevilget', options.bevilget),
        name: options.navn, birthDate: dateOption('--fødselsdato', options.fødselsdato),
    };
    const refusal = skeletonRefusal(outcome, skeleton);
    if (refusal) throw new CliError(refusal.grantDateHelps ? `${refusal.text} Bevillingsdatoen angives med --bevilget ÅÅÅÅ-MM-DD.` : refusal.text);
    if (!file.endsWith('.aev')) throw new CliError(`Filen skal hedde noget med .aev, fx ${file}.aev.`);
    if (pathHasCpr(path.resolve(file))) throw new CliError(CPR_IN_NAME);
    let handle;
    try {
        handle = await open(file, 'wx');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new CliError(`${file} findes allerede; vælg et andet navn (filen er ikke ændret).`);
        throw new CliError(`Kan ikke oprette ${file}: ${code === 'ENOENT' ? 'mappen findes ikke' : 'filen kan ikke skrives her'}.`);
    }
    try {
        await handle.writeFile(assessmentSkeleton(outcome, skeleton));
    } finally {
        await handle.close();
    }
    out(`Oprettede ${file}. Tjek den med "arbejdsevne tjek ${file}": hvert fund er et sted, du mangler at udfylde.`);
    return EXIT.OK;
}
