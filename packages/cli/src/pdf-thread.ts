import { statSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ReportModel } from '@arbejdsevne/report';
import { nodeAssets } from '@arbejdsevne/report/node';
import { workerEntry } from './check-workers.js';

/** The PDF thread's file, beside the bin's own in the bundle (esbuild.mjs). */
export const PDF_WORKER_FILE = 'pdf-worker.js';

/** What the PDF thread answers: the document's bytes, or why there are none. */
export type PdfAnswer = { bytes: Uint8Array } | { error: string };

/** Renders one report model to PDF, on a thread of its own where there is one. */
export interface PdfRenderer {
    /** The PDF of `model`; the thread ends with it (while the caller writes the file). */
    render(model: ReportModel): Promise<Uint8Array>;
    /** Ends the thread without a PDF (a syntax error, or no PDF asked for). */
    close(): Promise<void>;
}

let early: PdfRenderer | undefined;

/** A description up to this size is a report rendered once by a short process (see startPdfRendererEarly). */
const SHORT_INPUT_BYTES = 64 * 1024;

/**
 * Starts the PDF thread as the process starts (bin.ts, for `rapport` and its arguments), before
 * the checker loads. For a description of usual size it also keeps V8 to its baseline compiler:
 * the optimizing compilers would spend the second core on pdfkit's loops that run for a fraction
 * of a second and are thrown away at exit (measured on fie-hansen.aev: `rapport` 6–8 % faster
 * with a third less CPU; `tjek` gains nothing from it). A long one keeps them: a 1 MB text took half as
 * long again without. The flag only limits how far V8 compiles functions from now on.
 */
export function startPdfRendererEarly(args: readonly string[]): void {
    if (isShortReport(args)) setFlagsFromString('--max-opt=1');
    early ??= startPdfRenderer();
}

/** `rapport`'s arguments name one description of at most SHORT_INPUT_BYTES. */
export function isShortReport(args: readonly string[]): boolean {
    const inputs = args.filter(arg => arg.toLowerCase().endsWith('.aev'));
    const size = inputs.length === 1 ? sizeOf(inputs[0]) : undefined;
    return size !== undefined && size <= SHORT_INPUT_BYTES;
}

/** A file's size, or undefined: a file that cannot be read is reported later, by the command. */
function sizeOf(file: string): number | undefined {
    try {
        const stat = statSync(file);
        return stat.isFile() ? stat.size : undefined;
    } catch {
        return undefined;
    }
}

/** The renderer started early, if any (the caller owns it from now on). */
export function takeEarlyPdfRenderer(): PdfRenderer | undefined {
    const renderer = early;
    early = undefined;
    return renderer;
}

/**
 * `rapport`'s PDF renderer, started before the file is read: on a thread of its own it loads pdfkit
 * and fontkit and parses the fonts while this thread loads the checker and checks the file (that
 * loading was a third of a cold `rapport`), then renders the model it is sent. Without a bundle
 * (tests in-process) it renders on this thread.
 */
export function startPdfRenderer(): PdfRenderer {
    const entry = workerEntry();
    if (!entry) return renderHere();
    const worker = new Worker(path.join(path.dirname(entry), PDF_WORKER_FILE));
    // An idle thread keeps no process alive (rapport may stop at a syntax error before it renders).
    worker.unref();
    let failure: Error | undefined;
    worker.on('error', error => { failure = error; });
    return {
        render: model => new Promise<Uint8Array>((resolve, reject) => {
            if (failure) return reject(failure);
            worker.ref();
            const stopped = (error: Error) => { worker.unref(); reject(error); };
            worker.once('error', stopped);
            worker.once('exit', code => stopped(new Error(`PDF-tråden stoppede (kode ${code})`)));
            worker.once('message', (answer: PdfAnswer) => {
                worker.removeAllListeners('exit');
                void worker.terminate();
                if ('bytes' in answer) resolve(answer.bytes);
                else reject(new Error(answer.error));
            });
            worker.postMessage(model);
        }),
        close: async () => { await worker.terminate(); },
    };
}

function renderHere(): PdfRenderer {
    return {
        render: async model => (await import('@arbejdsevne/report')).renderPdf(model, nodeAssets()),
        close: async () => undefined,
    };
}
