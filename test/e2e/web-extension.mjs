// The extension as a web extension (package.json "browser") in code-server's web worker extension
// host, forced there with "remote.extensionKind": its language server runs in the browser (in the
// extension host's worker, as code-server allows no worker of its own), and no Node server may start. Prints "N passed, N failed".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openWorkbench } from './workbench.mjs';

const [url, shots, workspace] = process.argv.slice(2);
const { page, step, frameWith, command, exportPdf, openAndWaitForFinding, start, finish, results } = await openWorkbench(url, shots, 'web-');
// The web worker extension host logs to the browser console: kept for a failing run.
const consoleLines = [];
page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') consoleLines.push(message.text().slice(0, 400)); });

/** Node processes running the desktop extension's server bundle. */
function nodeServers() {
    try {
        return execFileSync('pgrep', ['-f', 'dist/server.cjs'], { encoding: 'utf8' }).trim();
    } catch {
        return '';
    }
}

try {
    await start();
    await step('the web extension shows findings, its server in the browser and no Node process', async () => {
        await openAndWaitForFinding('peter-lund.aev', 'BV-02');
        if (nodeServers()) throw new Error('a Node language server is running: the desktop entry was used');
    });
    await step('the web extension shows the report preview', async () => {
        await command('Arbejdsevne: Vis rapport ved siden af');
        await frameWith('Jeg kan ikke overskue noget lige nu');
    });
    await step('the web extension exports a PDF through the workspace file system', () => exportPdf(workspace, 'fie-hansen.aev'));
} finally {
    if (results.some(r => !r[1])) fs.writeFileSync(path.join(shots, 'web-console.txt'), consoleLines.join('\n'));
    await finish(3);
}
