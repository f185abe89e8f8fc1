import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildReport, renderDocx, renderPdf, type BuildOptions, type ReportModel } from '@arbejdsevne/report';
import { nodeAssets } from '@arbejdsevne/report/node';
import { check } from '../helpers.js';

export async function modelOf(text: string, options: BuildOptions = {}) {
    const { document, diagnostics } = await check(text);
    return { model: buildReport(document.parseResult.value, diagnostics, options), root: document.parseResult.value, diagnostics };
}

/** The model rendered as PDF with the fonts read from disk (the Node seam). */
export async function pdfOf(model: ReportModel): Promise<Buffer> {
    return Buffer.from(await renderPdf(model, nodeAssets()));
}

export async function docxOf(model: ReportModel): Promise<Buffer> {
    return Buffer.from(await renderDocx(model));
}

/** Runs a poppler tool on a PDF buffer and returns its output. */
export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', pdf: Buffer, args: string[] = []): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-pdf-'));
    const file = path.join(dir, 'rapport.pdf');
    writeFileSync(file, pdf);
    const output = tool === 'pdftotext' ? [file, '-'] : [file];
    return execFileSync(tool, [...args, ...output], { encoding: 'utf8' });
}
