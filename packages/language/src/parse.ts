import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ArbejdsevneServices } from './arbejdsevne-module.js';
import type { Assessment } from './generated/ast.js';

/** Parses, links and validates one text as a document of its own (CLI, report, tests). */
export async function checkText(services: ArbejdsevneServices, text: string, uri: string | URI = `memory:/dokument-${++counter}.aev`): Promise<{
    document: LangiumDocument<Assessment>;
    diagnostics: Diagnostic[];
}> {
    const documents = services.shared.workspace.LangiumDocuments;
    const parsedUri = typeof uri === 'string' ? URI.parse(uri) : uri;
    if (documents.hasDocument(parsedUri)) documents.deleteDocument(parsedUri);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Assessment>(text, parsedUri);
    documents.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const diagnostics = document.diagnostics ?? [];
    documents.deleteDocument(parsedUri);
    return { document, diagnostics };
}

let counter = 0;
