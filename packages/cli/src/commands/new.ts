import { CPR_IN_NAME, assessmentSkeleton, pathHasCpr, todayIso, UDFALD } from '@arbejdsevne/language';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { CliError, EXIT } from '../exit-codes.js';

/** `arbejdsevne ny <fil> --formål <udfald>`: a new assessment to fill in; never overwrites a file. */
export async function runNew(file: string, options: { formål?: string; dato?: string }, out: (text: string) => void): Promise<number> {
    const outcome = options.formål;
    if (!outcome || !(UDFALD as readonly string[]).includes(outcome)) {
        throw new CliError(`Angiv formålet med --formål: ${UDFALD.join(', ')}.`);
    }
    if (outcome === 'seniorførtidspension') {
        throw new CliError('Seniorførtidspension blev afskaffet 1. januar 2020 (lov nr. 1559 af 27/12/2019); seniorpension søges hos Seniorpensionsenheden. Vælg et andet formål, fx førtidspension.');
    }
    if (!file.endsWith('.aev')) throw new CliError(`Filen skal hedde noget med .aev, fx ${file}.aev.`);
    if (pathHasCpr(path.resolve(file))) throw new CliError(CPR_IN_NAME);
    let handle;
    try {
        handle = await open(file, 'wx');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new CliError(`${file} findes allerede; vælg et andet navn (filen er ikke ændret).`);
        throw new CliError(`Kan ikke oprette ${file}: ${code === 'ENOENT' ? 'mappen findes ikke' : String(code ?? error)}.`);
    }
    try {
        await handle.writeFile(assessmentSkeleton(outcome, options.dato ?? todayIso()));
    } finally {
        await handle.close();
    }
    out(`Oprettede ${file}. Erstat hvert "udfyldes", og tjek filen med: arbejdsevne tjek ${file}`);
    return EXIT.OK;
}
