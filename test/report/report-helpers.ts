import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildReport, type BuildOptions } from '@arbejdsevne/report';
import { check } from '../helpers.js';

export async function modelOf(text: string, options: BuildOptions = {}) {
    const { document, diagnostics } = await check(text);
    return { model: buildReport(document.parseResult.value, diagnostics, options), root: document.parseResult.value, diagnostics };
}

/** Runs a poppler tool on a PDF buffer and returns its output. */
export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', pdf: Buffer, args: string[] = []): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-pdf-'));
    const file = path.join(dir, 'rapport.pdf');
    writeFileSync(file, pdf);
    const output = tool === 'pdftotext' ? [file, '-'] : [file];
    return execFileSync(tool, [...args, ...output], { encoding: 'utf8' });
}
