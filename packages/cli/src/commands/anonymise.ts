import { CPR_IN_NAME, anonymise, checkText, derivedFileName, pathHasCpr } from '@arbejdsevne/language';
import { URI } from 'langium';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileSafely } from '@arbejdsevne/report/safe-write';
import { CliError, EXIT } from '../exit-codes.js';
import { readText } from '../files.js';
import { createServices } from '../services.js';

/** `arbejdsevne anonymiser <fil> [-o FIL] [--forskyd DAGE]`: a training copy of a real case. */
export async function runAnonymise(file: string, options: { output?: string; forskyd?: string; overskriv?: boolean }, out: (text: string) => void): Promise<number> {
    const shift = options.forskyd === undefined ? undefined : Number(options.forskyd);
    if (shift !== undefined && !Number.isInteger(shift)) throw new CliError(`--forskyd skal være et helt antal dage, ikke "${options.forskyd}".`);
    if (shift === 0) throw new CliError('--forskyd 0 flytter ingen datoer, og datoerne kan genkende borgeren. Vælg et andet antal dage, eller udelad --forskyd.');
    const name = derivedFileName(path.basename(file), '-anonymiseret', 'aev');
    if (!options.output && !name) throw new CliError('Filnavnet ligner et CPR-nummer, så kopien kan ikke få et navn efter det. Angiv et navn uden CPR-nummer med -o FIL.');
    const target = options.output ?? path.join(path.dirname(file), name!);
    if (pathHasCpr(path.resolve(target))) throw new CliError(CPR_IN_NAME);
    if (existsSync(target) && !options.overskriv) throw new CliError(`${target} findes allerede og er ikke ændret. Vælg et andet navn med -o, eller tilføj --overskriv.`);
    const services = createServices();
    const { document, syntaxErrors } = await checkText(services, await readText(file), URI.file(path.resolve(file)));
    if (syntaxErrors.length) {
        throw new CliError(`${file} har syntaksfejl; ret dem først (se arbejdsevne tjek ${file}).`, EXIT.ERRORS);
    }
    let result;
    try {
        result = anonymise(document.textDocument.getText(), document.parseResult.value, { shiftDays: shift });
    } catch (error) {
        throw new CliError(`Kan ikke anonymisere: ${error instanceof Error ? error.message : String(error)}.`);
    }
    try {
        await writeFileSafely(target, result.text);
    } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error), EXIT.NOT_WRITTEN);
    }
    out(`Skrev ${target} (datoer flyttet ${result.shiftDays} dage). Læs kopien igennem: fritekst kan stadig røbe borgeren.`);
    if (result.kept.length) out(`Ord med stort begyndelsesbogstav, som er bevaret (kan være navne på læger, pårørende eller arbejdsgivere): ${result.kept.join(', ')}.`);
    return EXIT.OK;
}
