// The entry bundled into the VS Code extension (dist/server.cjs): fonts and regler.md lie beside it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerBackgroundCheck, isBackgroundCheckThread, startNodeServer } from './node-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
if (existsSync(path.join(here, 'fonts'))) process.env.ARBEJDSEVNE_FONT_DIR ??= path.join(here, 'fonts');
const docsFile = [path.join(here, 'regler.md'), path.join(here, '..', '..', '..', 'docs', 'regler.md')].find(f => existsSync(f));
// A worker thread of this same bundle checks one large text (background-checker.ts); else the server.
if (isBackgroundCheckThread()) void answerBackgroundCheck();
else startNodeServer({ docsFile, workerEntry: fileURLToPath(import.meta.url) });
