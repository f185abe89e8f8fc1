import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { ArbejdsevneServices } from '../arbejdsevne-module.js';
import { ArbejdsevneCodeActionProvider } from './arbejdsevne-code-actions.js';

/** The editor features (hover, completion, code actions, …); one file per feature in this folder. */
export const lspModule: Module<ArbejdsevneServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: () => new ArbejdsevneCodeActionProvider(),
    },
};
