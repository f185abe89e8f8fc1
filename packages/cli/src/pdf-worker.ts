// The PDF thread of `rapport` (pdf-thread.ts): pdfkit, fontkit and the fonts are ready before the
// first model arrives; each model is answered with its PDF or the reason there is none.
import { parentPort } from 'node:worker_threads';
import type { ReportModel } from '@arbejdsevne/report';
import { nodeAssets } from '@arbejdsevne/report/node';
import { preparePdfFonts, renderPdf } from '@arbejdsevne/report/pdf';
import type { PdfAnswer } from './pdf-thread.js';

const assets = nodeAssets();
preparePdfFonts(assets);
const port = parentPort!;
port.on('message', (model: ReportModel) => {
    renderPdf(model, assets).then(
        bytes => port.postMessage({ bytes } satisfies PdfAnswer),
        (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies PdfAnswer));
});
