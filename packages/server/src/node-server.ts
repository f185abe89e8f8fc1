// Object.groupBy (Node >= 21) is used by chevrotain; Node 20 hosts need the shim first.
import '@arbejdsevne/language/group-by';
import { homedir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeAssets } from '@arbejdsevne/report/node';
import { workerThreadChecker } from './background-checker.js';
import { startArbejdsevneServer } from './language-server.js';

export interface NodeServerOptions {
    /** docs/regler.md on disk, if the installation has it. */
    docsFile?: string;
    /** Talk over stdin/stdout even without `--stdio` on the command line (`arbejdsevne lsp`). */
    stdio?: boolean;
    /** This bundle's own file: worker threads run it to check large texts (background-checker.ts). */
    workerEntry?: string;
}

/** The Node transport: stdio (any editor) or IPC (`--node-ipc`, VS Code), fonts read from disk. */
export function startNodeServer(options: NodeServerOptions = {}): void {
    const transportGiven = process.argv.some(a => /^--(stdio|node-ipc|socket|pipe)/.test(a));
    const connection = options.stdio && !transportGiven
        ? createConnection(ProposedFeatures.all, process.stdin, process.stdout)
        : createConnection(ProposedFeatures.all);
    startArbejdsevneServer({
        connection,
        ...NodeFileSystem,
        assets: nodeAssets,
        docsBaseUri: options.docsFile ? pathToFileURL(options.docsFile).href : undefined,
        homeFolder: pathToFileURL(homedir()).pathname,
        // ARBEJDSEVNE_BAGGRUNDSTJEK=fra checks every text on this thread (bench/lsp-bench.mjs compares the two).
        backgroundChecker: options.workerEntry && process.env.ARBEJDSEVNE_BAGGRUNDSTJEK !== 'fra' ? docsBaseUri => workerThreadChecker(options.workerEntry!, docsBaseUri) : undefined,
    });
}

export { answerBackgroundCheck } from './background-checker.js';
export { isBackgroundCheckThread } from './background-job.js';
