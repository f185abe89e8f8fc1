// Object.groupBy (Node >= 21) is used by chevrotain; VS Code hosts on Node 20 need the shim first.
import 'object.groupby/auto';
import path from 'node:path';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { URI, type LangiumDocument } from 'langium';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
    assessmentSkeleton, configFromEditorSettings, createArbejdsevneServices, renderRuleDocs, todayIso, type Assessment,
} from '@arbejdsevne/language';
import { buildCitizenReport, buildReport, renderDocx, renderHtml, renderPdf, REPORT_CSS } from '@arbejdsevne/report';
import { NEW_SKELETON, RENDER_EXPORT, RENDER_HTML, RULE_DOCS, type ExportParams, type ExportResult, type RenderHtmlParams, type RenderHtmlResult } from './protocol.js';

// The bundled fonts lie next to this file (dist/fonts); pdfkit's data in dist/data.
process.env.ARBEJDSEVNE_FONT_DIR ??= path.join(__dirname, 'fonts');

const connection = createConnection(ProposedFeatures.all);
const { shared, Arbejdsevne } = createArbejdsevneServices({ connection, ...NodeFileSystem });
Arbejdsevne.config.ConfigProvider.docsBaseUri = URI.file(path.join(__dirname, 'regler.md')).toString();

// VS Code settings → the checker's configuration; a change re-validates open documents.
shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
    if (update.section !== 'arbejdsevne') return;
    Arbejdsevne.config.ConfigProvider.setOverrides(configFromEditorSettings(update.configuration));
    const uris = shared.workspace.LangiumDocuments.all.map(d => d.uri).toArray();
    void shared.workspace.DocumentBuilder.update(uris, []);
});

async function documentFor(uri: string): Promise<LangiumDocument<Assessment>> {
    const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.parse(uri));
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document as LangiumDocument<Assessment>;
}

const hasSyntaxErrors = (d: LangiumDocument) => (d.diagnostics ?? []).some(x => x.code === 'SYNTAX');

connection.onRequest(RENDER_HTML, async (params: RenderHtmlParams): Promise<RenderHtmlResult> => {
    const document = await documentFor(params.uri);
    const config = await Arbejdsevne.config.ConfigProvider.getConfig(document);
    const model = buildReport(document.parseResult.value, document.diagnostics ?? [], { appendix: params.appendix, config });
    return { html: renderHtml(model, { nonce: params.nonce, fragment: true }), css: REPORT_CSS, syntaxErrors: hasSyntaxErrors(document), title: model.header.title };
});

connection.onRequest(RENDER_EXPORT, async (params: ExportParams): Promise<ExportResult> => {
    const document = await documentFor(params.uri);
    const base = path.basename(URI.parse(params.uri).fsPath, '.aev').replace(/\d{6}[- ]?\d{4}/g, 'XXXXXX-XXXX');
    const extension = params.format === 'borgerversion' ? 'pdf' : params.format;
    const suggestedName = `${base}${params.format === 'borgerversion' ? '-borgerversion' : ''}.${extension}`;
    if (hasSyntaxErrors(document)) return { error: 'Filen har syntaksfejl; ret dem først (se Problemer-panelet).', suggestedName, draft: true };
    const config = await Arbejdsevne.config.ConfigProvider.getConfig(document);
    const root = document.parseResult.value;
    const model = params.format === 'borgerversion' ? buildCitizenReport(root)
        : buildReport(root, document.diagnostics ?? [], { showCpr: params.showCpr, appendix: params.appendix, config });
    try {
        const bytes = params.format === 'html' ? Buffer.from(renderHtml(model)) : params.format === 'docx' ? await renderDocx(model) : await renderPdf(model);
        return { base64: bytes.toString('base64'), suggestedName, draft: model.meta.draft };
    } catch (error) {
        return { error: error instanceof Error ? error.message : String(error), suggestedName, draft: model.meta.draft };
    }
});

connection.onRequest(NEW_SKELETON, (params: { formål: string }) => assessmentSkeleton(params.formål, todayIso()));
connection.onRequest(RULE_DOCS, () => renderRuleDocs());

startLanguageServer(shared);
