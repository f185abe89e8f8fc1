// Object.groupBy (Node >= 21) is used by chevrotain: the shim must run before Langium is loaded.
import 'object.groupby/auto';
import { fileURLToPath } from 'node:url';
import { answerJob, setWorkerEntry, workerJob } from './check-workers.js';
import { main } from './main.js';

const job = workerJob();
if (job) {
    // A thread of `tjek` on many files (check-workers.ts): check its share and hand the results back.
    const { checkFiles } = await import('./commands/check.js');
    await answerJob(job, checkFiles);
} else {
    setWorkerEntry(fileURLToPath(import.meta.url));
    process.exitCode = await main(process.argv);
}
