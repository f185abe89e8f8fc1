import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Advice } from '@arbejdsevne/language/checker';
import { CliError, EXIT } from './exit-codes.js';
import type { CheckerOptions } from './options.js';


/** One file's findings, and the advice on its text to the citizen (not findings: no exit code, not in JSON). */
export type FileResult = { file: string; diagnostics: Diagnostic[]; advice: Advice[]; unreadable?: string };
type Job = { kind: 'arbejdsevne-tjek'; files: string[]; options: CheckerOptions };

/** The bin's own file, set by bin.ts: workers run it again. Absent (tests in-process): no workers. */
let entry: string | undefined;
export function setWorkerEntry(file: string): void {
    entry = file;
}

/** The bin's own file, for worker threads of other kinds (the language server's background checks). */
export function workerEntry(): string | undefined {
    return entry;
}

/**
 * How many threads to check `count` files on: one, unless ARBEJDSEVNE_TRAADE=<n> asks for more.
 * Measured on the 2-core machine this was built on (bench/check-bench.mjs): two threads were no
 * faster on 1,000 files (the checker is already partly parallel in V8's garbage collector, and a
 * worker's start-up costs a third of a second) and each thread holds a heap of its own (10,000
 * files: 529 MB against a 400 MB goal). So it is a choice for machines with cores to spare.
 */
export function threadCount(count: number): number {
    if (!entry) return 1;
    const wanted = Number(process.env.ARBEJDSEVNE_TRAADE);
    if (Number.isInteger(wanted) && wanted > 1) return Math.max(1, Math.min(wanted, count, availableParallelism() * 2));
    return 1;
}

/**
 * Checks the files on `threads` threads: this one and `threads - 1` workers, each a contiguous
 * share, and returns the results in the files' order: the output is the same as on one thread.
 * This thread takes a share too, while the workers start (a worker's start-up is a third of a second).
 */
export async function checkOnWorkers(files: readonly string[], options: CheckerOptions, threads: number,
    checkHere: (files: string[], options: CheckerOptions) => Promise<FileResult[]>): Promise<FileResult[]> {
    const size = Math.ceil(files.length / threads);
    const shares = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size)).filter(s => s.length);
    const onWorkers = shares.slice(1).map(share => new Promise<FileResult[]>((resolve, reject) => {
        const job: Job = { kind: 'arbejdsevne-tjek', files: share, options };
        const worker = new Worker(entry!, { workerData: job });
        // A file that cannot be read is the same Danish message as on one thread.
        worker.once('message', (answer: Answer) => ('results' in answer ? resolve(answer.results) : reject(new CliError(answer.error.message, answer.error.exitCode))));
        worker.once('error', reject);
        worker.once('exit', code => { if (code !== 0) reject(new Error(`tjek-tråden stoppede (kode ${code})`)); });
    }));
    const here = checkHere(shares[0], options);
    const results = await Promise.allSettled([here, ...onWorkers]);
    // The first failure in file order wins, as on one thread.
    const failed = results.find(r => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    return results.flatMap(r => (r as PromiseFulfilledResult<FileResult[]>).value);
}

/** In a worker started by checkOnWorkers: the job, else undefined. */
export function workerJob(): Job | undefined {
    if (isMainThread) return undefined;
    const job = workerData as Job | undefined;
    return job?.kind === 'arbejdsevne-tjek' ? job : undefined;
}

type Answer = { results: FileResult[] } | { error: { message: string; exitCode: number } };

/** Runs the job in this worker and hands its results (or its Danish error) back. */
export async function answerJob(job: Job, check: (files: string[], options: CheckerOptions) => Promise<FileResult[]>): Promise<void> {
    let answer: Answer;
    try {
        answer = { results: await check(job.files, job.options) };
    } catch (error) {
        answer = { error: { message: error instanceof Error ? error.message : String(error), exitCode: error instanceof CliError ? error.exitCode : EXIT.USAGE } };
    }
    parentPort!.postMessage(answer);
}
