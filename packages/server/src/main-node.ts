// Object.groupBy (Node >= 21) is used by chevrotain; Node 20 hosts need the shim first.
import 'object.groupby/auto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeAssets } from '@arbejdsevne/report/node';
import { startArbejdsevneServer } from './language-server.js';

/** The language server over stdio (`--stdio`) or IPC (`--node-ipc`, VS Code), for any editor. */
const here = path.dirname(fileURLToPath(import.meta.url));
// In a bundle the fonts and regler.md lie next to this file (fonts/, regler.md).
if (existsSync(path.join(here, 'fonts'))) process.env.ARBEJDSEVNE_FONT_DIR ??= path.join(here, 'fonts');
const docs = [path.join(here, 'regler.md'), path.join(here, '..', '..', '..', 'docs', 'regler.md')].find(existsSync);

startArbejdsevneServer({
    connection: createConnection(ProposedFeatures.all),
    ...NodeFileSystem,
    assets: nodeAssets,
    docsBaseUri: docs ? pathToFileURL(docs).href : undefined,
    homeFolder: pathToFileURL(homedir()).pathname,
});
