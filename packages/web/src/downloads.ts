import type { LSPClient } from '@codemirror/lsp-client';
import { RENDER_EXPORT, REPORT_FONTS, type ExportFormat, type ExportParams, type ExportResult, type ReportFontsParams } from '@arbejdsevne/server/protocol';

const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' } as const;
const fontsSent = new WeakSet<LSPClient>();

/** The PDF's fonts, fetched from this site only when the first PDF is asked for (they are 2 MB). */
async function sendFonts(client: LSPClient): Promise<void> {
    if (fontsSent.has(client)) return;
    const entries = await Promise.all(Object.entries(FONT_FILES).map(async ([face, file]) => {
        const response = await fetch(`fonts/${file}`);
        if (!response.ok) throw new Error(`skrifttypen ${file} kunne ikke hentes (${response.status})`);
        return [face, toBase64(new Uint8Array(await response.arrayBuffer()))] as const;
    }));
    client.notification<ReportFontsParams>(REPORT_FONTS, Object.fromEntries(entries) as unknown as ReportFontsParams);
    fontsSent.add(client);
}

/** Makes the report in the browser (the same renderers as the CLI) and hands it to the browser as a download. */
export async function downloadReport(client: LSPClient, uri: string, format: ExportFormat, appendix: boolean): Promise<string> {
    if (format === 'pdf' || format === 'borgerversion') await sendFonts(client);
    client.sync();
    const result = await client.request<ExportParams, ExportResult>(RENDER_EXPORT, { uri, format, showCpr: false, appendix });
    if (result.error || !result.base64) throw new Error(result.error ?? 'Rapporten blev tom.');
    const type = format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : format === 'html' ? 'text/html' : 'application/pdf';
    saveBlob(new Blob([fromBase64(result.base64)], { type }), result.suggestedName);
    return result.draft ? `${result.suggestedName} er hentet – som UDKAST, fordi beskrivelsen har fejl.` : `${result.suggestedName} er hentet.`;
}

export function downloadText(name: string, text: string): void {
    saveBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), name);
}

function saveBlob(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the file once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function toBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
    return Uint8Array.from(atob(text), c => c.charCodeAt(0));
}
