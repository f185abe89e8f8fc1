import { URI } from 'langium';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Assessment } from '@arbejdsevne/language';
import { collectFiles, readText } from '../files.js';
import { formatText, sortDiagnostics, summary, toCliDiagnostic, type CliDiagnostic } from '../diagnostics.js';
import { EXIT } from '../exit-codes.js';
import { configFromOptions, type CheckerOptions } from '../options.js';
import { createServices } from '../services.js';

const BATCH = 100;

export interface CheckOptions extends CheckerOptions {
    format?: string;
}

/** Parses, links and validates every file in one build, so 1,000 files cost one pass. */
export async function checkFiles(files: readonly string[], options: CheckerOptions): Promise<Array<{ file: string; diagnostics: Diagnostic[] }>> {
    const services = createServices(configFromOptions(options));
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const results: Array<{ file: string; diagnostics: Diagnostic[] }> = [];
    // Batches keep the heap small (each assessment stands alone: nothing links across files).
    for (let start = 0; start < files.length; start += BATCH) {
        const batch = files.slice(start, start + BATCH);
        const texts = await Promise.all(batch.map(readText));
        const documents = batch.map((file, i) => {
            const document = LangiumDocumentFactory.fromString<Assessment>(texts[i], URI.file(path.resolve(file)));
            LangiumDocuments.addDocument(document);
            return { file, document };
        });
        await DocumentBuilder.build(documents.map(d => d.document), { validation: true });
        for (const { file, document } of documents) {
            results.push({ file, diagnostics: document.diagnostics ?? [] });
            LangiumDocuments.deleteDocument(document.uri);
        }
    }
    return results;
}

export async function runCheck(args: string[], options: CheckOptions, out: (text: string) => void): Promise<number> {
    const format = options.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
        const { CliError } = await import('../exit-codes.js');
        throw new CliError(`--format skal være "text" eller "json", ikke "${format}".`);
    }
    const files = await collectFiles(args);
    const results = await checkFiles(files, options);
    const all: CliDiagnostic[] = sortDiagnostics(results.flatMap(r => r.diagnostics.map(d => toCliDiagnostic(r.file, d))));
    if (format === 'json') {
        out(JSON.stringify(all, null, 2));
    } else {
        for (const d of all) out(formatText(d));
        out(summary(all, files.length));
    }
    return all.some(d => d.severity === 'error') ? EXIT.ERRORS : EXIT.OK;
}
