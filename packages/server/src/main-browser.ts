import { EmptyFileSystem } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import type { ReportAssets } from '@arbejdsevne/report';
import '@arbejdsevne/report/browser';
import { startArbejdsevneServer } from './language-server.js';
import { REPORT_FONTS, type ReportFontsParams } from './protocol.js';

/** The language server in a web worker: no file system (no arbejdsevne.json); the page sends the fonts. */
declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), c => c.charCodeAt(0));
let resolveAssets: (assets: ReportAssets) => void;
const assets = new Promise<ReportAssets>(resolve => { resolveAssets = resolve; });
connection.onNotification(REPORT_FONTS, (fonts: ReportFontsParams) => {
    resolveAssets({ fonts: { regular: fromBase64(fonts.regular), bold: fromBase64(fonts.bold), italic: fromBase64(fonts.italic) } });
});

startArbejdsevneServer({ connection, ...EmptyFileSystem, assets: () => assets });
