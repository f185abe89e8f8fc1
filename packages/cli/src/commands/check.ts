import { URI } from 'langium';
import path from 'node:path';
import { INTERNAL_ERROR, MORE_FINDINGS, checkTexts, citizenAdvice } from '@arbejdsevne/language/checker';
import type { Assessment } from '@arbejdsevne/language';
import { checkOnWorkers, threadCount, type FileResult } from '../check-workers.js';
import { collectFiles, readText } from '../files.js';
import { collectGarbage } from '../heap.js';
import { formatText, sortDiagnostics, summary, toCliDiagnostic, type CliDiagnostic } from '../diagnostics.js';
import { CliError, EXIT } from '../exit-codes.js';
import { configFromOptions, type CheckerOptions } from '../options.js';
import { toSarif } from '../sarif.js';
import { createServices, docsFile } from '../services.js';
import { version } from '../version.js';

/**
 * Files per build. 50, not 100: on 10,000 files the peak memory was bimodal (250 or 650 MB, as the
 * garbage collector happened to grow the heap); with 50 it stays at 200-390 MB, and as fast.
 */
const BATCH = 50;
/** Files between two full garbage collections (a multiple of BATCH). */
const COLLECT_EVERY = 1000;

export interface CheckOptions extends CheckerOptions {
    format?: string;
}

/** Parses, links and validates the files in batches of one build each, so 1,000 files cost few passes. */
export async function checkFiles(files: readonly string[], options: CheckerOptions): Promise<FileResult[]> {
    const services = createServices(configFromOptions(options));
    const results: FileResult[] = [];
    // Batches keep the heap small (each assessment stands alone: nothing links across files).
    for (let start = 0; start < files.length; start += BATCH) {
        // The heap as small as the batches promise, whatever V8's growth heuristics decide (heap.ts).
        if (start > 0 && start % COLLECT_EVERY === 0) collectGarbage();
        // A file that cannot be read (binary, not UTF-8, a pipe) is said, and the others are still checked.
        const read = await Promise.all(files.slice(start, start + BATCH).map(file => readText(file).then(
            text => ({ file, text }),
            (error: unknown) => { if (error instanceof CliError) return { file, unreadable: error.message }; throw error; })));
        const texts = read.flatMap(r => ('text' in r ? [{ text: r.text, uri: URI.file(path.resolve(r.file)) }] : []));
        const checked = await checkTexts(services, texts);
        let next = 0;
        for (const r of read) {
            if ('unreadable' in r) {
                results.push({ file: r.file, diagnostics: [], advice: [], unreadable: r.unreadable });
                continue;
            }
            const c = checked[next++];
            // A text that cannot be parsed has no conclusion to advise on.
            results.push({ file: r.file, diagnostics: c.diagnostics, advice: c.syntaxErrors.length ? [] : citizenAdvice(c.root as Assessment) });
        }
    }
    return results;
}

export async function runCheck(args: string[], options: CheckOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    // "tekst" is the Danish for "text": both are the default format.
    const format = options.format === 'tekst' ? 'text' : options.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') {
        throw new CliError(`--format skal være "tekst" (eller "text"), "json" eller "sarif", ikke "${format}".`);
    }
    const files = await collectFiles(args);
    configFromOptions(options); // a wrong option is reported once, before any thread starts
    const threads = threadCount(files.length);
    const results = threads > 1 ? await checkOnWorkers(files, options, threads, checkFiles) : await checkFiles(files, options);
    const unreadable = results.filter(r => r.unreadable !== undefined);
    // One file named and not readable: its message alone, as before; among many, the rest are reported.
    if (unreadable.length === results.length) throw new CliError(unreadable[0].unreadable!);
    for (const r of unreadable) err(`arbejdsevne: ${r.unreadable} Filen er ikke tjekket.`);
    const all: CliDiagnostic[] = sortDiagnostics(results.flatMap(r => r.diagnostics.map(d => toCliDiagnostic(r.file, d))));
    if (format === 'json') {
        out(JSON.stringify(all, null, 2));
    } else if (format === 'sarif') {
        out(JSON.stringify(toSarif(all, version(), docsFile()), null, 2));
    } else {
        for (const d of all) out(formatText(d));
        // Advice on the text to the citizen: "råd", after the findings; never an error, never in JSON or SARIF.
        const advice = results.flatMap(r => r.advice.map(a => `${r.file}:${a.line ?? 1}:1: råd ${a.text}`));
        for (const line of advice) out(line);
        // A file with more findings than shown ends with "… og N flere fund"; the summary counts them all.
        const hidden = results.reduce((n, r) => {
            const more = r.diagnostics.find(d => d.code === MORE_FINDINGS);
            return n + (more ? (more.data as { total: number }).total - (r.diagnostics.length - 1) : 0);
        }, 0);
        const line = summary(all.filter(d => d.code !== MORE_FINDINGS), files.length - unreadable.length, hidden);
        out(unreadable.length ? `${line} ${unreadable.length === 1 ? '1 fil kunne' : `${unreadable.length} filer kunne`} ikke læses (se ovenfor).` : line);
    }
    const code = exitCodeFor(all);
    // Not every file was checked: exit code 2 (a file that cannot be read), unless a rule failed inside the tool (4).
    return unreadable.length && code !== EXIT.INTERNAL ? EXIT.USAGE : code;
}

/** 4 when a rule failed inside the tool (the file is not known to be correct), else 1 on any error, else 0. */
export function exitCodeFor(diagnostics: readonly CliDiagnostic[]): number {
    if (diagnostics.some(d => d.code === INTERNAL_ERROR)) return EXIT.INTERNAL;
    return diagnostics.some(d => d.severity === 'error') ? EXIT.ERRORS : EXIT.OK;
}
