import { checkTexts, type ArbejdsevneServices } from '@arbejdsevne/language/checker';
import type { Assessment } from '@arbejdsevne/language';
import { URI } from 'langium';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { formatText, sortDiagnostics, toCliDiagnostic } from './diagnostics.js';
import { CliError, EXIT } from './exit-codes.js';
import { readText } from './files.js';

/** One version of an assessment, read and checked. */
export interface Version {
    file: string;
    root: Assessment;
    diagnostics: Diagnostic[];
}

/**
 * Reads and checks the given files together (each as a document of its own, so the same file
 * may be named twice). A version that cannot be read as an assessment ends the command: its
 * syntax errors are printed, and nothing is compared or written.
 */
export async function readVersions(services: ArbejdsevneServices, files: readonly string[], err: (text: string) => void, what: string): Promise<Version[]> {
    const texts = await Promise.all(files.map(f => readText(f)));
    // Two documents may not share a URI: a file compared with itself is read twice under two names.
    const uris = files.map((f, i) => URI.file(i > 0 && files.indexOf(f) < i ? `${path.resolve(f)}.version-${i + 1}` : path.resolve(f)));
    const checked = await checkTexts(services, texts.map((text, i) => ({ text, uri: uris[i] })));
    let broken = 0;
    checked.forEach((c, i) => {
        if (!c.syntaxErrors.length) return;
        broken++;
        for (const d of sortDiagnostics(c.syntaxErrors.map(s => toCliDiagnostic(files[i], s)))) err(formatText(d));
        err(`arbejdsevne: ${files[i]} kan ikke læses som en arbejdsevnebeskrivelse (${c.syntaxErrors.length} syntaksfejl).`);
    });
    if (broken) throw new CliError(`Ret syntaksfejlene; ${what}.`, EXIT.ERRORS);
    return checked.map((c, i) => ({ file: files[i], root: c.root as Assessment, diagnostics: c.diagnostics }));
}
