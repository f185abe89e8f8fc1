// Object.groupBy for Node 20, before Langium is loaded (@arbejdsevne/language/group-by).
import '@arbejdsevne/language/group-by';
import { fileURLToPath } from 'node:url';
import { isBackgroundCheckThread } from '@arbejdsevne/server/background-job';
import { answerJob, setWorkerEntry, workerJob } from './check-workers.js';
import { startPdfRendererEarly } from './pdf-thread.js';

const job = workerJob();
if (isBackgroundCheckThread()) {
    // A thread of `arbejdsevne lsp` checking one large text (packages/server/src/background-checker.ts).
    const { answerBackgroundCheck } = await import('@arbejdsevne/server/node');
    await answerBackgroundCheck();
} else if (job) {
    // A thread of `tjek` on many files (check-workers.ts): check its share and hand the results back.
    const { checkFiles } = await import('./commands/check.js');
    await answerJob(job, checkFiles);
} else {
    setWorkerEntry(fileURLToPath(import.meta.url));
    // `rapport` starts its PDF thread before this thread loads the checker (pdf-thread.ts).
    if (process.argv[2] === 'rapport') startPdfRendererEarly(process.argv.slice(3));
    const { main } = await import('./main.js');
    process.exitCode = await main(process.argv);
}
