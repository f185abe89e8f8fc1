import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createArbejdsevneServices } from './arbejdsevne-module.js';

/** The language server in a web worker (a browser has no file system: no arbejdsevne.json). */
declare const self: DedicatedWorkerGlobalScope;
const reader = new BrowserMessageReader(self);
const writer = new BrowserMessageWriter(self);
const connection = createConnection(reader, writer);
const { shared } = createArbejdsevneServices({ connection, ...EmptyFileSystem });
startLanguageServer(shared);
