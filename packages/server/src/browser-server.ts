import { EmptyFileSystem } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import type { ReportAssets } from '@arbejdsevne/report';
import { startArbejdsevneServer } from './language-server.js';
import { REPORT_FONTS, reportAssetsFrom, type ReportFontsParams } from './protocol.js';

/** What the browser transport talks over: a web worker's own scope, or one end of a MessageChannel. */
export type BrowserPort = ConstructorParameters<typeof BrowserMessageReader>[0];

/**
 * The language server in a browser: no file system (no arbejdsevne.json); the client sends the
 * report's fonts before its first PDF. Runs in its own web worker (main-browser.ts) or, where a
 * host allows no worker, beside the client over a MessageChannel.
 */
export function startBrowserServer(port: BrowserPort): void {
    const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
    let resolveAssets: (assets: ReportAssets) => void;
    const assets = new Promise<ReportAssets>(resolve => { resolveAssets = resolve; });
    connection.onNotification(REPORT_FONTS, (fonts: ReportFontsParams) => {
        resolveAssets(reportAssetsFrom(fonts));
    });
    startArbejdsevneServer({ connection, ...EmptyFileSystem, assets: () => assets });
}
