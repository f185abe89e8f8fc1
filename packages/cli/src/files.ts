import { INPUT_LIMIT_BYTES, tooLargeMessage } from '@arbejdsevne/language/checker';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from './exit-codes.js';

export const EXTENSION = '.aev';

/** The `.aev` files named on the command line, folders searched recursively, in a stable order. */
export async function collectFiles(args: readonly string[]): Promise<string[]> {
    const files: string[] = [];
    for (const arg of args) {
        let info;
        try {
            info = await stat(arg);
        } catch {
            throw new CliError(`Filen eller mappen findes ikke: ${arg}`);
        }
        if (info.isDirectory()) {
            const found = await findInFolder(arg);
            if (found.length === 0) throw new CliError(`Mappen ${arg} indeholder ingen ${EXTENSION}-filer.`);
            files.push(...found);
        } else {
            files.push(arg);
        }
    }
    return [...new Set(files)];
}

async function findInFolder(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    return entries
        .filter(e => e.isFile() && e.name.endsWith(EXTENSION))
        .map(e => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
        .sort((a, b) => a.localeCompare(b, 'da'));
}

function readReason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'EACCES': case 'EPERM': return 'adgang nægtet';
        case 'EISDIR': return 'det er en mappe';
        case 'ENOENT': return 'filen findes ikke';
        case 'ELOOP': return 'genvejen peger i ring';
        case 'ENAMETOOLONG': return 'navnet er for langt';
        default: return 'filen kunne ikke læses';
    }
}

/**
 * Reads a file as UTF-8 text. Only a regular file under the size limit is read: a FIFO or a device
 * (`/dev/zero`) would never end. A binary or non-UTF-8 file is a clear error, not garbage.
 */
export async function readText(file: string): Promise<string> {
    let bytes: Buffer;
    try {
        const info = await stat(file);
        if (info.isDirectory()) throw new CliError(`Kan ikke læse ${file}: det er en mappe.`);
        if (!info.isFile()) throw new CliError(`${file} er ikke en almindelig fil (men fx en enhed eller en navngiven pipe) og læses ikke.`);
        if (info.size > INPUT_LIMIT_BYTES) throw new CliError(`${file}: ${tooLargeMessage(info.size)}`);
        bytes = await readFile(file);
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`Kan ikke læse ${file}: ${readReason(error)}.`);
    }
    if (bytes.includes(0)) throw new CliError(`${file} er en binær fil, ikke en arbejdsevnebeskrivelse.`);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new CliError(`${file} er ikke gemt som UTF-8. Gem filen som UTF-8 og prøv igen.`);
    }
}
