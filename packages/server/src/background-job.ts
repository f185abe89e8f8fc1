import { isMainThread, workerData } from 'node:worker_threads';
import type { ArbejdsevneConfig } from '@arbejdsevne/language';

/** A background check's job (background-checker.ts); this module is light, so an entry can test for it first. */
export const BACKGROUND_JOB = 'arbejdsevne-baggrundstjek';
export interface BackgroundJob { kind: typeof BACKGROUND_JOB; uri: string; text: string; config: ArbejdsevneConfig; docsBaseUri?: string }

/** True in a worker thread started for a background check (the entry must not start a server then). */
export function isBackgroundCheckThread(): boolean {
    return !isMainThread && (workerData as BackgroundJob | undefined)?.kind === BACKGROUND_JOB;
}
