import { access, chmod, constants, lstat, readdir, realpath, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * The one way reports and copies are written (CLI and extension): all at once or not at all.
 * write-file-atomic writes a temporary file beside the target and renames it over the target,
 * keeping the target's mode and owner and writing through a symlink to the file it points at; it
 * removes the temporary file on failure and on SIGINT/SIGTERM. Around it: a read-only target is
 * refused (the rename would replace it), a new file gets mode 0600 (health data), the temporary
 * file is 0600 before a byte is written, and one left by a killed process is removed.
 */

/** Why a write did not happen, in Danish; never an errno code or a temporary file's name. */
export class WriteError extends Error {
    override readonly name = 'WriteError';
}

const NEW_FILE_MODE = 0o600;

function danishReason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    switch (code) {
        case 'ENOENT': return 'mappen findes ikke';
        case 'EACCES': case 'EPERM': return 'du har ikke adgang til at skrive der';
        case 'EROFS': return 'drevet er skrivebeskyttet';
        case 'ENOSPC': case 'EDQUOT': return 'der er ikke plads på disken';
        case 'EISDIR': return 'der står en mappe med det navn';
        case 'ELOOP': return 'genvejen peger i ring';
        case 'ENAMETOOLONG': return 'navnet er for langt';
        default: return 'filen kunne ikke skrives';
    }
}

/** Temporary files write-file-atomic leaves when its process is killed: `<name>.<digits>` beside the target. */
async function removeStaleTemporaries(target: string): Promise<void> {
    const folder = path.dirname(target);
    const prefix = `${path.basename(target)}.`;
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
        if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length))) await unlink(path.join(folder, name)).catch(() => undefined);
    }
}

export async function writeFileSafely(target: string, data: Uint8Array | string): Promise<void> {
    const shown = path.basename(target);
    // Through a symlink to the file it points at (as write-file-atomic does).
    const real = await realpath(target).catch(() => undefined);
    const existing = real ? await stat(real).catch(() => undefined) : undefined;
    if (!existing && (await lstat(target).catch(() => undefined))?.isSymbolicLink()) {
        throw new WriteError(`${shown} kan ikke skrives: det er en genvej, der ikke peger på nogen fil. Vælg et andet navn.`);
    }
    if (existing?.isDirectory()) throw new WriteError(`${shown} kan ikke skrives: der står en mappe med det navn.`);
    if (existing && (existing.mode & 0o222) === 0) {
        throw new WriteError(`${shown} er skrivebeskyttet og er ikke ændret. Fjern skrivebeskyttelsen, eller vælg et andet navn.`);
    }
    const file = real ?? path.resolve(target);
    const folder = path.dirname(file);
    try {
        await access(folder, constants.W_OK);
        if (existing) await access(file, constants.W_OK);
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'mappen findes ikke' : existing ? 'filen er skrivebeskyttet' : 'mappen er skrivebeskyttet';
        throw new WriteError(`${shown} kan ikke skrives: ${reason}. En tidligere fil er ikke ændret.`);
    }
    await removeStaleTemporaries(file);
    try {
        // Health data: the temporary file is created 0600 before a byte is written; the target's own mode comes back after the rename.
        await writeFileAtomic(file, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), { mode: NEW_FILE_MODE });
        if (existing && (existing.mode & 0o7777) !== NEW_FILE_MODE) await chmod(file, existing.mode & 0o7777);
    } catch (error) {
        throw new WriteError(`${shown} kan ikke skrives: ${danishReason(error)}. En tidligere fil er ikke ændret.`);
    }
}
