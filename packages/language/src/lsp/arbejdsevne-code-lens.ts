import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** Commands the VS Code extension registers; the lens above the title calls them. */
export const COMMANDS = { preview: 'arbejdsevne.visRapport', exportPdf: 'arbejdsevne.eksporterPdf' } as const;

/** "Vis rapport" and "Eksportér PDF" above the title line. */
export class ArbejdsevneCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[]> {
        const title = (document.parseResult.value as ast.Assessment).blocks.find(ast.isTitle);
        const line = title?.$cstNode?.range.start.line ?? 0;
        const range = { start: { line, character: 0 }, end: { line, character: 0 } };
        const uri = document.uri.toString();
        return [
            { range, command: { title: 'Vis rapport', command: COMMANDS.preview, arguments: [uri] } },
            { range, command: { title: 'Eksportér PDF', command: COMMANDS.exportPdf, arguments: [uri] } },
        ];
    }
}
