import { parentPort, Worker, workerData } from 'node:worker_threads';
import { EmptyFileSystem, OperationCancelled } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkText, createArbejdsevneServices, type BackgroundChecker } from '@arbejdsevne/language';
import { BACKGROUND_JOB, type BackgroundJob } from './background-job.js';

/**
 * The Node server's background checker: each large text is checked by a worker thread that runs
 * `entry` (the server's own bundle) again. A newer version of the same document ends the older
 * check, and so does a cancelled build.
 */
export function workerThreadChecker(entry: string, docsBaseUri: () => string | undefined): BackgroundChecker {
    const running = new Map<string, Worker>();
    return {
        check(uri, text, config, token) {
            void running.get(uri)?.terminate();
            return new Promise<Diagnostic[]>((resolve, reject) => {
                const job: BackgroundJob = { kind: BACKGROUND_JOB, uri, text, config, docsBaseUri: docsBaseUri() };
                const worker = new Worker(entry, { workerData: job });
                running.set(uri, worker);
                const finished = () => { if (running.get(uri) === worker) running.delete(uri); };
                token?.onCancellationRequested(() => void worker.terminate());
                worker.once('message', (diagnostics: Diagnostic[]) => {
                    finished();
                    resolve(diagnostics);
                    void worker.terminate();
                });
                worker.once('error', error => { finished(); reject(error); });
                // Ended before it answered: replaced by a newer check, or cancelled.
                worker.once('exit', () => { finished(); reject(OperationCancelled); });
            });
        },
    };
}

/** In a worker started by workerThreadChecker (isBackgroundCheckThread): runs its check and answers. */
export async function answerBackgroundCheck(): Promise<void> {
    const job = workerData as BackgroundJob;
    const { Arbejdsevne } = createArbejdsevneServices(EmptyFileSystem);
    Arbejdsevne.config.ConfigProvider.setOverrides(job.config);
    Arbejdsevne.config.ConfigProvider.docsBaseUri = job.docsBaseUri;
    const { diagnostics } = await checkText(Arbejdsevne, job.text, job.uri);
    parentPort!.postMessage(diagnostics);
}
