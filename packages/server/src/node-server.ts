// Object.groupBy (Node >= 21) is used by chevrotain; Node 20 hosts need the shim first.
import 'object.groupby/auto';
import { homedir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeAssets } from '@arbejdsevne/report/node';
import { startArbejdsevneServer } from './language-server.js';

export interface NodeServerOptions {
    /** docs/regler.md on disk, if the installation has it. */
    docsFile?: string;
    /** Talk over stdin/stdout even without `--stdio` on the command line (`arbejdsevne lsp`). */
    stdio?: boolean;
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
    });
}
