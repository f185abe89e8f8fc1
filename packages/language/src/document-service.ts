import { DocumentState, URI, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ArbejdsevneServices } from './arbejdsevne-module.js';
import type { ResolvedConfig } from './config.js';
import type { Assessment } from './generated/ast.js';
import { SYNTAX } from './validation/arbejdsevne-document-validator.js';

/**
 * The one way to turn text into a checked assessment: parsed, linked, validated, with the
 * configuration that applied. The CLI, the language server, the report and the tests all use it.
 */
export interface CheckedDocument {
    document: LangiumDocument<Assessment>;
    root: Assessment;
    diagnostics: Diagnostic[];
    config: ResolvedConfig;
    /** Lexer or parser errors: the text cannot be read as an assessment (no report is made). */
    syntaxErrors: Diagnostic[];
}

export interface TextInput {
    text: string;
    /** A `file:` URI for a file on disk (its folder decides `arbejdsevne.json`), else a made-up one. */
    uri?: string | URI;
}

let counter = 0;

async function checked(services: ArbejdsevneServices, document: LangiumDocument<Assessment>): Promise<CheckedDocument> {
    const diagnostics = document.diagnostics ?? [];
    return {
        document,
        root: document.parseResult.value,
        diagnostics,
        config: await services.config.ConfigProvider.getConfig(document),
        syntaxErrors: diagnostics.filter(d => d.code === SYNTAX),
    };
}

/**
 * Checks texts that stand alone (nothing links across files) in one build, then takes them out of
 * the workspace again so memory does not grow with the number of files.
 */
export async function checkTexts(services: ArbejdsevneServices, inputs: readonly TextInput[]): Promise<CheckedDocument[]> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = inputs.map(input => {
        let uri = input.uri === undefined ? URI.parse(`memory:/dokument-${++counter}.aev`) : typeof input.uri === 'string' ? URI.parse(input.uri) : input.uri;
        // The language is known by its file ending: `sag.txt` is checked as if it were `sag.txt.aev` (same folder, same settings).
        if (!uri.path.endsWith('.aev')) uri = uri.with({ path: `${uri.path}.aev` });
        if (LangiumDocuments.hasDocument(uri)) LangiumDocuments.deleteDocument(uri);
        const document = LangiumDocumentFactory.fromString<Assessment>(input.text, uri);
        LangiumDocuments.addDocument(document);
        return document;
    });
    try {
        await DocumentBuilder.build(documents, { validation: true });
        return await Promise.all(documents.map(d => checked(services, d)));
    } finally {
        // Out of the workspace, the index and the build state too: 10,000 files must not pile up.
        await DocumentBuilder.update([], documents.map(d => d.uri));
    }
}

/** Checks one text as a document of its own (CLI, report, tests). */
export async function checkText(services: ArbejdsevneServices, text: string, uri?: string | URI): Promise<CheckedDocument> {
    const [result] = await checkTexts(services, [{ text, uri }]);
    return result;
}

/** The workspace's document at `uri` (open in an editor, or read from disk), built and checked. */
export async function checkWorkspaceDocument(services: ArbejdsevneServices, uri: string | URI): Promise<CheckedDocument> {
    const { LangiumDocuments, DocumentBuilder, WorkspaceLock } = services.shared.workspace;
    const target = typeof uri === 'string' ? URI.parse(uri) : uri;
    // After the editor's own build: a second build of a document while the first runs would add its
    // findings to the first's (a preview restored at start-up doubled every finding).
    return WorkspaceLock.read(async () => {
        const document = await LangiumDocuments.getOrCreateDocument(target) as LangiumDocument<Assessment>;
        if (document.state < DocumentState.Validated) await DocumentBuilder.build([document], { validation: true });
        return checked(services, document);
    });
}

/** A finding that makes the description a draft (UDKAST) and `tjek` exit 1: an error, never a warning. */
export function isError(diagnostic: Pick<Diagnostic, 'severity'>): boolean {
    return diagnostic.severity === DiagnosticSeverity.Error;
}
