import { CPR_IN_NAME, pathHasCpr } from '@arbejdsevne/language';
import type { ReportFormat } from '@arbejdsevne/report';
import { writeFileSafely } from '@arbejdsevne/report/safe-write';
import path from 'node:path';
import { CliError, EXIT } from './exit-codes.js';

/** Where each format is written (`--pdf`, `--html`, `--docx`); a format not asked for is absent. */
export type Targets = Record<ReportFormat, string | undefined>;

/** A file or folder name may never carry a CPR number (it ends up in folders, mails and backups). */
export function assertNoCpr(file: string): void {
    if (pathHasCpr(path.resolve(file))) throw new CliError(`${CPR_IN_NAME} Det gælder også mappernes navne.`);
}

/**
 * Renders and writes each asked-for format, whole or not at all: a render that fails leaves the
 * target as it was, a write that fails is exit code 3, and "Skrev …" is said only of a written file.
 */
export async function writeOutputs(targets: Targets, render: (format: ReportFormat) => Promise<Uint8Array>, out: (text: string) => void, what = 'Rapporten'): Promise<void> {
    for (const format of ['pdf', 'html', 'docx'] as ReportFormat[]) {
        const target = targets[format];
        if (!target) continue;
        let bytes: Uint8Array;
        try {
            bytes = await render(format);
        } catch (error) {
            throw new CliError(`${what} kunne ikke laves (${error instanceof Error ? error.message : String(error)}); ${target} er ikke ændret.`);
        }
        try {
            await writeFileSafely(target, bytes);
        } catch (error) {
            throw new CliError(error instanceof Error ? error.message : String(error), EXIT.NOT_WRITTEN);
        }
        out(`Skrev ${target}`);
    }
}
