import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file all at once: to a temporary file in the same folder, then renamed over the
 * target. A failed write leaves any earlier file untouched and no half-written file behind.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await writeFile(temporary, data);
        await rename(temporary, target);
    } catch (error) {
        await rm(temporary, { force: true });
        throw error;
    }
}
