import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, FileSystemWatcher } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config-provider.js';

/**
 * Watches only what the checker reads: `.aev` files and `arbejdsevne.json` (Langium asks the
 * editor to watch every file). A changed `arbejdsevne.json` may change any document's findings, so
 * all documents are checked again; the configuration cache is cleared by the build itself.
 */
export class ArbejdsevneDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly documents: LangiumSharedServices['workspace']['LangiumDocuments'];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    protected override getWatchers(): FileSystemWatcher[] {
        return [{ globPattern: '**/*.aev' }, { globPattern: `**/${CONFIG_FILE_NAME}` }];
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const isConfig = (uri: string) => uri.endsWith(`/${CONFIG_FILE_NAME}`);
        const documents = params.changes.filter(c => !isConfig(c.uri));
        if (documents.length) super.didChangeWatchedFiles({ changes: documents });
        if (documents.length < params.changes.length) this.fireDocumentUpdate(this.documents.all.map(d => d.uri).toArray(), []);
    }
}
