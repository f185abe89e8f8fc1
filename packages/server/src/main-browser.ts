import { startBrowserServer } from './browser-server.js';

/** The language server's web worker entry (the playground, the web extension). */
declare const self: DedicatedWorkerGlobalScope;
startBrowserServer(self);
