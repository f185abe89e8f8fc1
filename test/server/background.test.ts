import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { BACKGROUND_CHECK_BYTES, CHECKED_IN_BACKGROUND, checkText, createArbejdsevneServices } from '@arbejdsevne/language';
import { RENDER_EXPORT, RENDER_HTML, type ExportResult, type RenderHtmlResult } from '@arbejdsevne/server/protocol';
import { canonical } from '../helpers.js';
import { useLspClient } from './lsp-client.js';

/**
 * A large document is parsed and checked on a worker thread (packages/server/src/background-checker.ts):
 * its findings are the same as in-process, and the server's own thread keeps no tree for it, so a
 * long parse never holds up the other documents. The time it saves is measured in bench/lsp-bench.mjs.
 */
const broken = `${canonical}\n${'ressource ) ( : ; ]\n'.repeat(Math.ceil((BACKGROUND_CHECK_BYTES * 1.5) / 20))}`;
const server = useLspClient();

describe('large documents are checked in the background', () => {
    test('the findings are the in-process ones, after a note that says why editor help is off for the file', async () => {
        const uri = 'file:///tmp/baggrund/stor.aev';
        const diagnostics = await server().open(uri, broken);
        expect(diagnostics[0]).toMatchObject({ code: CHECKED_IN_BACKGROUND, severity: 3, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
        expect(diagnostics[0].message).toMatch(/^Filen er stor \(1,5 MB\): den tjekkes i baggrunden, så editoren kan svare imens\./);
        const inProcess = await checkText(createArbejdsevneServices(EmptyFileSystem).Arbejdsevne, broken, uri);
        expect(inProcess.diagnostics.length).toBeGreaterThan(100);
        expect(diagnostics.slice(1)).toEqual(JSON.parse(JSON.stringify(inProcess.diagnostics)));
    }, 60_000);

    test('the server\'s thread keeps no tree for it: no outline, no report, and a Danish reason', async () => {
        const uri = 'file:///tmp/baggrund/stor.aev';
        const symbols = await server().request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
        expect(symbols).toEqual([]);
        const preview = await server().request<RenderHtmlResult>(RENDER_HTML, { uri, nonce: 'n', appendix: false });
        expect(preview.html).toBe('<p role="alert">Filen er for stor til rapporten i editoren. Lav rapporten med kommandoen: arbejdsevne rapport &lt;fil&gt;.</p>');
        const pdf = await server().request<ExportResult>(RENDER_EXPORT, { uri, format: 'pdf', showCpr: false, appendix: false });
        expect(pdf.base64).toBeUndefined();
        expect(pdf.error).toBe('Filen er for stor til rapporten i editoren. Lav rapporten med kommandoen: arbejdsevne rapport <fil>.');
        expect(pdf.suggestedName).toBe('stor.pdf');
    });

    test('a document under the size is checked where it is, with no note', async () => {
        const diagnostics = await server().open('file:///tmp/baggrund/lille.aev', canonical);
        expect(diagnostics).toEqual([]);
        const symbols = await server().request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/baggrund/lille.aev' } });
        expect(symbols.length).toBeGreaterThan(5);
    });
});
