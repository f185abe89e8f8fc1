import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { onExit } from 'signal-exit';

/**
 * The one way reports and copies are written (CLI and extension): complete or not at all.
 * The bytes go to a temporary file beside the target, every write's byte count is checked, the
 * file and then its folder are flushed to the disk, and only then is it renamed over the target.
 * On any error the target is untouched and the temporary file removed. Around it: a read-only
 * target is refused (the rename would replace it), a new file gets mode 0600 (health data), the
 * temporary file is 0600 before a byte is written, and one left by a killed process is removed.
 */

/** Why a write did not happen, in Danish; never an errno code or a temporary file's name. */
export class WriteError extends Error {
    override readonly name = 'WriteError';
}

/** The file-system calls the writer makes: the seam where a test injects a full disk or a short write. */
export interface WriterFileSystem {
    open(file: string, flags: string, mode: number): Promise<WriterFileHandle>;
    rename(from: string, to: string): Promise<void>;
    unlink(file: string): Promise<void>;
    chmod(file: string, mode: number): Promise<void>;
    chown(file: string, uid: number, gid: number): Promise<void>;
    /** Flushes a folder's entries (the rename) to the disk. */
    syncFolder(folder: string): Promise<void>;
}

export interface WriterFileHandle {
    write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
    sync(): Promise<void>;
    stat(): Promise<{ size: number }>;
    close(): Promise<void>;
}

export const nodeWriterFileSystem: WriterFileSystem = {
    open: (file, flags, mode) => nodeFs.open(file, flags, mode),
    rename: nodeFs.rename,
    unlink: nodeFs.unlink,
    chmod: nodeFs.chmod,
    chown: nodeFs.chown,
    async syncFolder(folder) {
        // Windows cannot open a folder for fsync; there the rename is as durable as NTFS makes it.
        if (process.platform === 'win32') return;
        const handle = await nodeFs.open(folder, 'r');
        try {
            await handle.sync();
        } finally {
            await handle.close();
        }
    },
};

const NEW_FILE_MODE = 0o600;
const TEMPORARY_TAG = 'arbejdsevne-tmp';

/** `.<name>.<pid>-<random>.arbejdsevne-tmp` beside the target: recognisable, so only such files are ever removed. */
export function temporaryName(target: string): string {
    return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.${TEMPORARY_TAG}`);
}

function temporaryPattern(target: string): RegExp {
    const base = path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^\\.${base}\\.(\\d+)-[0-9a-f]{8}\\.${TEMPORARY_TAG}$`);
}

function danishReason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    switch (code) {
        case 'ENOENT': return 'mappen findes ikke';
        case 'EACCES': case 'EPERM': return 'du har ikke adgang til at skrive der';
        case 'EROFS': return 'drevet er skrivebeskyttet';
        case 'ENOSPC': case 'EDQUOT': case 'SHORT_WRITE': return 'der er ikke plads på disken';
        case 'EFBIG': return 'filen er for stor til drevet';
        case 'EIO': return 'drevet meldte en fejl under skrivningen';
        case 'EISDIR': return 'der står en mappe med det navn';
        case 'ELOOP': return 'genvejen peger i ring';
        case 'ENAMETOOLONG': return 'navnet er for langt';
        default: return 'filen kunne ikke skrives';
    }
}

function isAlive(pid: number): boolean {
    if (pid === process.pid) return true;
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/** Removes temporary files of this target left by a killed writer (its process is gone); nothing else. */
async function removeStaleTemporaries(target: string, fs: WriterFileSystem): Promise<void> {
    const pattern = temporaryPattern(target);
    const folder = path.dirname(target);
    const names = await nodeFs.readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
        const match = pattern.exec(name);
        if (match && !isAlive(Number(match[1]))) await fs.unlink(path.join(folder, name)).catch(() => undefined);
    }
}

/** Writes every byte or throws: a write that returns fewer bytes is continued, one that writes none is a full disk. */
async function writeAll(handle: WriterFileHandle, bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, offset);
        if (!(bytesWritten > 0)) throw Object.assign(new Error('short write'), { code: 'SHORT_WRITE' });
        offset += bytesWritten;
    }
    const { size } = await handle.stat();
    if (size !== bytes.byteLength) throw Object.assign(new Error(`wrote ${size} of ${bytes.byteLength} bytes`), { code: 'SHORT_WRITE' });
}

export async function writeFileSafely(target: string, data: Uint8Array | string, fs: WriterFileSystem = nodeWriterFileSystem): Promise<void> {
    const shown = target;
    // Through a symlink to the file it points at.
    const real = await nodeFs.realpath(target).catch(() => undefined);
    const existing = real ? await nodeFs.stat(real).catch(() => undefined) : undefined;
    if (!existing && (await nodeFs.lstat(target).catch(() => undefined))?.isSymbolicLink()) {
        throw new WriteError(`${shown} kan ikke skrives: det er en genvej, der ikke peger på nogen fil. Vælg et andet navn.`);
    }
    if (existing?.isDirectory()) throw new WriteError(`${shown} kan ikke skrives: der står en mappe med det navn.`);
    if (existing && (existing.mode & 0o222) === 0) {
        throw new WriteError(`${shown} er skrivebeskyttet og er ikke ændret. Fjern skrivebeskyttelsen, eller vælg et andet navn.`);
    }
    const file = real ?? path.resolve(target);
    const folder = path.dirname(file);
    try {
        await nodeFs.access(folder, nodeFs.constants.W_OK);
        if (existing) await nodeFs.access(file, nodeFs.constants.W_OK);
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'mappen findes ikke' : existing ? 'filen er skrivebeskyttet' : 'mappen er skrivebeskyttet';
        throw new WriteError(`${shown} kan ikke skrives: ${reason}. En tidligere fil er ikke ændret.`);
    }
    await removeStaleTemporaries(file, fs);

    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const temporary = temporaryName(file);
    // A Ctrl+C or a kill with SIGTERM removes the temporary file; only SIGKILL can leave it (removed on the next write).
    const removeOnExit = onExit(() => {
        // Exit handlers run synchronously.
        try {
            unlinkSync(temporary);
        } catch {
            // already gone
        }
    });
    let handle: WriterFileHandle | undefined;
    try {
        // Health data: the temporary file is 0600 before a byte is written; the target's own mode comes back before the rename.
        handle = await fs.open(temporary, 'wx', NEW_FILE_MODE);
        await writeAll(handle, bytes);
        if (existing) {
            if ((existing.mode & 0o7777) !== NEW_FILE_MODE) await fs.chmod(temporary, existing.mode & 0o7777);
            if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) await fs.chown(temporary, existing.uid, existing.gid).catch(() => undefined);
        }
        await handle.sync();
        await handle.close();
        handle = undefined;
        await fs.rename(temporary, file);
    } catch (error) {
        if (handle) await handle.close().catch(() => undefined);
        await fs.unlink(temporary).catch(() => undefined);
        throw new WriteError(`${shown} kan ikke skrives: ${danishReason(error)}. En tidligere fil er ikke ændret.`);
    } finally {
        removeOnExit();
    }
    try {
        await fs.syncFolder(folder);
    } catch (error) {
        throw new WriteError(`${shown} er skrevet, men drevet bekræftede ikke, at filen er gemt (${danishReason(error)}). Gem den igen, før du bruger den.`);
    }
}
