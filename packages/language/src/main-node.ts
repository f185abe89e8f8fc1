import 'object.groupby/auto';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createArbejdsevneServices } from './arbejdsevne-module.js';

/** The language server over stdio or IPC, for VS Code and other editors. */
const connection = createConnection(ProposedFeatures.all);
const { shared } = createArbejdsevneServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
