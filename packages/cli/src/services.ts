import { createArbejdsevneCheckServices, type ArbejdsevneConfig, type ArbejdsevneServices } from '@arbejdsevne/language/checker';
import { NodeFileSystem } from 'langium/node';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { homedir } from 'node:os';
import { URI } from 'langium';

/** The language services for this process, configured from the command line. */
export function createServices(overrides: ArbejdsevneConfig = {}): ArbejdsevneServices {
    // The checker alone: the CLI has no editor, and the language server's libraries cost a start.
    const services = createArbejdsevneCheckServices(NodeFileSystem);
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
    const here = path.dirname(fileURLToPath(import.meta.url));
    const folders = [here, ...[1, 2, 3, 4].map(up => path.resolve(here, ...Array<string>(up).fill('..')))];
    return [...folders.map(f => path.join(f, 'docs', 'regler.md')), ...folders.map(f => path.join(f, 'regler.md'))].find(f => existsSync(f));
}

function docsUri(): string | undefined {
    const file = docsFile();
    return file ? pathToFileURL(file).href : undefined;
}
