import { CPR_IN_NAME, pathHasCpr } from '@arbejdsevne/language';
import type { ReportFormat } from '@arbejdsevne/report';
import { writeFileSafely } from '@arbejdsevne/report/safe-write';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { CliError, EXIT } from './exit-codes.js';

/** Where each format is written (`--pdf`, `--html`, `--docx`); a format not asked for is absent. */
export type Targets = Record<ReportFormat, string | undefined>;

/** A file or folder name may never carry a CPR number (it ends up in folders, mails and backups). */
function assertNoCpr(file: string): void {
    if (pathHasCpr(path.resolve(file))) throw new CliError(`${CPR_IN_NAME} Det gælder også mappernes navne.`);
}

/** The file a path names, through links; a path that does not exist yet, as written (resolved). */
function sameFileKey(file: string): string {
    try {
        return realpathSync(file);
    } catch {
        return path.resolve(file);
    }
}

/**
 * Before any work: no target carries a CPR number, no two formats go to the same file (one would
 * silently replace the other), and no target is one of the command's own input files (a report
 * written over the description would destroy the caseworker's text). Exit code 2, a usage error.
 */
export function checkTargets(targets: Targets, inputs: readonly string[]): void {
    const seen = new Map<string, string>();
    const read = new Set(inputs.map(sameFileKey));
    for (const [format, target] of Object.entries(targets)) {
        if (!target) continue;
        assertNoCpr(target);
        const key = sameFileKey(target);
        if (read.has(key)) throw new CliError(`--${format} ${target} er en af de filer, der læses: den ville blive overskrevet. Vælg et andet filnavn, fx med .${format} til sidst.`, EXIT.USAGE);
        const other = seen.get(key);
        if (other) throw new CliError(`--${other} og --${format} peger på samme fil (${target}): den ene ville erstatte den anden. Giv hvert format sit eget filnavn.`, EXIT.USAGE);
        seen.set(key, format);
    }
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
