import type { LSPClient } from '@codemirror/lsp-client';
import { decodeBase64, RENDER_EXPORT, REPORT_FONTS, reportFontsParams, type ExportFormat, type ExportParams, type ExportResult, type ReportFontsParams } from '@arbejdsevne/server/protocol';

const fontsSent = new WeakSet<LSPClient>();

/** The PDF's fonts, fetched from this site only when the first PDF is asked for (they are 2 MB). */
async function sendFonts(client: LSPClient): Promise<void> {
    if (fontsSent.has(client)) return;
    const fonts = await reportFontsParams(async file => {
        const response = await fetch(`fonts/${file}`);
        if (!response.ok) throw new Error(`skrifttypen ${file} kunne ikke hentes (${response.status})`);
        return new Uint8Array(await response.arrayBuffer());
    });
    client.notification<ReportFontsParams>(REPORT_FONTS, fonts);
    fontsSent.add(client);
}

/** Makes the report in the browser (the same renderers as the CLI) and hands it to the browser as a download. */
export async function downloadReport(client: LSPClient, uri: string, format: ExportFormat, appendix: boolean): Promise<string> {
    if (format === 'pdf' || format === 'borgerversion') await sendFonts(client);
    client.sync();
    const result = await client.request<ExportParams, ExportResult>(RENDER_EXPORT, { uri, format, showCpr: false, appendix });
    if (result.error || !result.base64) throw new Error(result.error ?? 'Rapporten blev tom.');
    const type = format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : format === 'html' ? 'text/html' : 'application/pdf';
    saveBlob(new Blob([decodeBase64(result.base64)], { type }), result.suggestedName);
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
