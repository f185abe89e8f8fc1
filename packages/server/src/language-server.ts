import { URI, type FileSystemProvider } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import {
    assessmentSkeleton, citizenAdvice, readabilityNote, type BackgroundChecker, skeletonRefusal, checkWorkspaceDocument, compareAssessments, configFromEditorSettings, createArbejdsevneServices, derivedFileName, renderLanguageGuide, renderRuleDocs, todayIso,
    type Assessment,
} from '@arbejdsevne/language';
import { buildChangeReport, buildHearingLetter, escapeXml, REPORT_CSS, renderHtml, renderModel, renderReport, type ReportAssets, type ReportFormat } from '@arbejdsevne/report';
import { withEditorPositions } from './editor-positions.js';
import { COMPARE, encodeBase64, LANGUAGE_GUIDE, NEW_SKELETON, RENDER_EXPORT, RENDER_HTML, RULE_DOCS, type CompareParams, type CompareResult, type ExportParams, type ExportResult, type NewSkeletonParams, type NewSkeletonResult, type RenderHtmlParams, type RenderHtmlResult } from './protocol.js';

/** What a transport gives the server: where files come from, the report's fonts, where the rule docs are. */
export interface ServerPlatform {
    connection: Connection;
    fileSystemProvider: (services: unknown) => FileSystemProvider;
    /** The report's fonts (read from disk by Node, bundled or fetched in a browser). */
    assets: () => ReportAssets | Promise<ReportAssets>;
    /** docs/regler.md as the client can open it: diagnostics link to `<uri>#<id>`. */
    docsBaseUri?: string;
    /** The home folder (a URI path): the search for arbejdsevne.json stops there. */
    homeFolder?: string;
    /** Checks large texts off the server's thread (Node: worker threads); without it, every text is checked here. */
    backgroundChecker?: (docsBaseUri: () => string | undefined) => BackgroundChecker;
}

/**
 * The language server, the same over every transport: the language's features, editor settings,
 * and the report requests (preview, export, skeleton, rule docs) of ./protocol.ts.
 */
export function startArbejdsevneServer(platform: ServerPlatform): void {
    let editorText: (uri: string) => string | undefined = () => undefined;
    const connection = withEditorPositions(platform.connection, uri => editorText(uri));
    const { shared, Arbejdsevne } = createArbejdsevneServices({ connection, fileSystemProvider: platform.fileSystemProvider });
    editorText = uri => shared.workspace.TextDocuments?.get(uri)?.getText();
    Arbejdsevne.config.ConfigProvider.docsBaseUri = platform.docsBaseUri;
    // An editor may open rule links itself (VS Code: a rendered view at the rule).
    shared.lsp.LanguageServer.onInitialize(params => {
        const base = (params.initializationOptions as { docsBaseUri?: unknown } | undefined)?.docsBaseUri;
        if (typeof base === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(base)) Arbejdsevne.config.ConfigProvider.docsBaseUri = base;
    });
    Arbejdsevne.config.ConfigProvider.home = platform.homeFolder;
    shared.workspace.BackgroundChecks.checker = platform.backgroundChecker?.(() => Arbejdsevne.config.ConfigProvider.docsBaseUri);

    // Editor settings → the checker's configuration; a change re-validates the documents. Through
    // the workspace lock, like every other build: two builds of one document at once would each add
    // their findings to it (a settings change doubled every finding).
    const configuration = shared.workspace.ConfigurationProvider;
    let applied = JSON.stringify({});
    const applySettings = (settings: unknown) => {
        const overrides = configFromEditorSettings(settings);
        if (JSON.stringify(overrides) === applied) return;
        applied = JSON.stringify(overrides);
        Arbejdsevne.config.ConfigProvider.setOverrides(overrides);
        void shared.workspace.WorkspaceLock.write(token => {
            const uris = shared.workspace.LangiumDocuments.all.map(d => d.uri).toArray();
            return shared.workspace.DocumentBuilder.update(uris, [], token);
        });
    };
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === 'arbejdsevne') applySettings(update.configuration);
    });
    // The settings the editor has at start (pulled with workspace/configuration; Langium stores them
    // without telling anyone, so they are read here once it has them).
    void configuration.ready.then(async () => {
        const [profil, regler] = await Promise.all([configuration.getConfiguration('arbejdsevne', 'profil'), configuration.getConfiguration('arbejdsevne', 'regler')]);
        applySettings({ profil, regler });
    });

    // A document checked in the background has no tree on this thread: no report from it here.
    const inBackground = (uri: string) => shared.workspace.BackgroundChecks.offloads(shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))?.textDocument.getText() ?? '');
    const TOO_LARGE_FOR_REPORT = 'Filen er for stor til rapporten i editoren. Lav rapporten med kommandoen: arbejdsevne rapport <fil>.';

    connection.onRequest(RENDER_HTML, async (params: RenderHtmlParams): Promise<RenderHtmlResult> => {
        if (inBackground(params.uri)) return { html: `<p role="alert">${escapeXml(TOO_LARGE_FOR_REPORT)}</p>`, css: REPORT_CSS, syntaxErrors: false, title: 'for stor fil' };
        const checked = await checkWorkspaceDocument(Arbejdsevne, params.uri);
        const report = await renderReport(checked, 'html', { version: params.version, appendix: params.appendix, html: { nonce: params.nonce, fragment: true } });
        return { html: new TextDecoder().decode(report.bytes), css: REPORT_CSS, syntaxErrors: checked.syntaxErrors.length > 0, title: report.title,
            readability: report.readability && { lix: report.readability.lix, note: [
                `Læsbarhed for det, du og værktøjet har skrevet (ikke borgerens egne ord): ${readabilityNote(report.readability)}`,
                // The advice on til_borgeren where the citizen version is read (not a finding: design/report.md).
                ...(checked.syntaxErrors.length ? [] : citizenAdvice(checked.root as Assessment).map(a => `Råd: ${a.text}`)),
            ].join(' ') } };
    });

    connection.onRequest(RENDER_EXPORT, async (params: ExportParams): Promise<ExportResult> => {
        const citizen = params.format === 'borgerversion';
        const letter = params.format === 'partshøring';
        const format: ReportFormat = citizen || letter ? 'pdf' : params.format as ReportFormat;
        const suffix = citizen ? '-borgerversion' : letter ? '-partshøring' : '';
        const source = URI.parse(params.uri).path.split('/').at(-1) ?? 'rapport.aev';
        // A name with a CPR number is never suggested: the user picks another in the dialog.
        const suggestedName = derivedFileName(source, suffix, format) ?? `arbejdsevnebeskrivelse${suffix}.${format}`;
        if (inBackground(params.uri)) return { error: TOO_LARGE_FOR_REPORT, suggestedName, draft: false };
        const checked = await checkWorkspaceDocument(Arbejdsevne, params.uri);
        if (checked.syntaxErrors.length) return { error: 'Filen har syntaksfejl; ret dem først (se Problemer-panelet).', suggestedName, draft: true };
        try {
            if (letter) {
                const model = buildHearingLetter(checked.root as Assessment, { date: todayIso(), diagnostics: checked.diagnostics });
                return { base64: encodeBase64(await renderModel(model, 'pdf', { assets: await platform.assets() })), suggestedName, draft: model.meta.draft };
            }
            const report = await renderReport(checked, format, {
                version: citizen ? 'borger' : 'fuld', showCpr: params.showCpr, appendix: params.appendix, assets: format === 'pdf' ? await platform.assets() : undefined,
            });
            return { base64: encodeBase64(report.bytes), suggestedName, draft: report.draft };
        } catch (error) {
            return { error: error instanceof Error ? error.message : String(error), suggestedName, draft: false };
        }
    });

    // The other version is parsed only (not added to the workspace): the comparison reads names, not links.
    connection.onRequest(COMPARE, async (params: CompareParams): Promise<CompareResult> => {
        if (inBackground(params.uri)) return { error: TOO_LARGE_FOR_REPORT, css: REPORT_CSS, title: 'for stor fil', count: 0 };
        const checked = await checkWorkspaceDocument(Arbejdsevne, params.uri);
        const other = Arbejdsevne.parser.LangiumParser.parse<Assessment>(params.otherText);
        if (checked.syntaxErrors.length || other.parserErrors.length || other.lexerErrors.length) {
            return { error: 'En af versionerne har syntaksfejl, så de kan ikke sammenlignes. Ret fejlene først.', css: REPORT_CSS, title: 'Ændringer', count: 0 };
        }
        const changes = compareAssessments(other.value, checked.root as Assessment);
        const model = buildChangeReport(other.value, checked.root as Assessment, changes, { diagnostics: checked.diagnostics });
        return { html: renderHtml(model, { nonce: params.nonce, fragment: true }), css: REPORT_CSS, title: model.header.title, count: changes.length };
    });

    connection.onRequest(NEW_SKELETON, (params: NewSkeletonParams): NewSkeletonResult => {
        const options = { date: todayIso(), granted: params.bevilget || undefined };
        const refusal = skeletonRefusal(params.formål, options);
        if (refusal) return { refusal: refusal.text, needsGrantDate: refusal.grantDateHelps };
        return { text: assessmentSkeleton(params.formål, options) };
    });
    connection.onRequest(RULE_DOCS, () => renderRuleDocs());
    connection.onRequest(LANGUAGE_GUIDE, () => renderLanguageGuide());

    startLanguageServer(shared);
}
