import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { ArbejdsevneServices } from '../arbejdsevne-module.js';
import { ArbejdsevneCodeActionProvider } from './arbejdsevne-code-actions.js';
import { ArbejdsevneCodeLensProvider } from './arbejdsevne-code-lens.js';
import { ArbejdsevneCompletionProvider } from './arbejdsevne-completion.js';
import { ArbejdsevneDocumentLinkProvider } from './arbejdsevne-document-links.js';
import { ArbejdsevneDocumentSymbolProvider } from './arbejdsevne-document-symbols.js';
import { ArbejdsevneFormatter } from './arbejdsevne-formatter.js';
import { ArbejdsevneHoverProvider } from './arbejdsevne-hover.js';
import { ArbejdsevneRenameProvider } from './arbejdsevne-rename.js';
import { ArbejdsevneSemanticTokenProvider } from './arbejdsevne-semantic-tokens.js';

/** The editor features; one file per feature in this folder. Definition, references and folding are Langium's. */
export const lspModule: Module<ArbejdsevneServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: services => new ArbejdsevneCodeActionProvider(services),
        CodeLensProvider: () => new ArbejdsevneCodeLensProvider(),
        CompletionProvider: services => new ArbejdsevneCompletionProvider(services),
        DocumentLinkProvider: () => new ArbejdsevneDocumentLinkProvider(),
        DocumentSymbolProvider: () => new ArbejdsevneDocumentSymbolProvider(),
        Formatter: () => new ArbejdsevneFormatter(),
        HoverProvider: services => new ArbejdsevneHoverProvider(services.config.ConfigProvider),
        SemanticTokenProvider: services => new ArbejdsevneSemanticTokenProvider(services),
        RenameProvider: services => new ArbejdsevneRenameProvider(services),
    },
};
