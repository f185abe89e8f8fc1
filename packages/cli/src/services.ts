import { createArbejdsevneServices, type ArbejdsevneConfig, type ArbejdsevneServices } from '@arbejdsevne/language';
import { NodeFileSystem } from 'langium/node';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
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

/** docs/regler.md of this installation, if present. */
export function docsFile(): string | undefined {
    const file = fileURLToPath(new URL('../../../docs/regler.md', import.meta.url));
    return existsSync(file) ? file : undefined;
}

function docsUri(): string | undefined {
    const file = docsFile();
    return file ? pathToFileURL(file).href : undefined;
}
