import { createArbejdsevneServices, type ArbejdsevneConfig, type ArbejdsevneServices } from '@arbejdsevne/language';
import { NodeFileSystem } from 'langium/node';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { homedir } from 'node:os';
import { URI } from 'langium';

/** The language services for this process, configured from the command line. */
export function createServices(overrides: ArbejdsevneConfig = {}): ArbejdsevneServices {
    const services = createArbejdsevneServices(NodeFileSystem).Arbejdsevne;
    services.config.ConfigProvider.setOverrides(overrides);
    services.config.ConfigProvider.docsBaseUri = docsUri();
    services.config.ConfigProvider.home = URI.file(homedir()).path;
    return services;
}

/**
 * docs/regler.md of this installation, if present: beside the bundle in an installed package
 * (dist/regler.md), or in the repository's docs/ above it.
 */
export function docsFile(): string | undefined {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let up = 0; up < 5; up++) {
        for (const candidate of [path.join(dir, 'regler.md'), path.join(dir, 'docs', 'regler.md')]) if (existsSync(candidate)) return candidate;
        dir = path.dirname(dir);
    }
    return undefined;
}

function docsUri(): string | undefined {
    const file = docsFile();
    return file ? pathToFileURL(file).href : undefined;
}
