import path from 'node:path';
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

/** Starts the PDF thread as the process starts (bin.ts, for `rapport`), before the checker loads. */
export function startPdfRendererEarly(): void {
    early ??= startPdfRenderer();
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
