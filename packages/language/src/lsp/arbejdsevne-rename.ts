import { type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { namedEntries } from '../semantics/model-access.js';

/** Names as the grammar allows them: a letter (æøå included) or `_`, then letters, digits and `_`. */
const VALID_NAME = /^[A-Za-zÆØÅæøåÉÈÄÖÜéèäöü_][A-Za-zÆØÅæøåÉÈÄÖÜéèäöü0-9_]*$/;

/** Rename, refusing a name the file cannot hold: one that is not a name, or one already in use. */
export class ArbejdsevneRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const name = params.newName;
        if (!VALID_NAME.test(name)) {
            throw new ResponseError(0, `"${name}" kan ikke bruges som navn. Et navn begynder med et bogstav og består af bogstaver, tal og _ (ingen mellemrum).`);
        }
        if (namedEntries(document.parseResult.value).some(e => e.name === name)) {
            throw new ResponseError(0, `Navnet "${name}" er allerede brugt i filen. Vælg et andet, så henvisningerne forbliver entydige.`);
        }
        return super.rename(document, params, cancelToken);
    }
}
