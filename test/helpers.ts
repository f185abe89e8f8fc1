import { EmptyFileSystem } from 'langium';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkText, createArbejdsevneServices, type ArbejdsevneConfig, type ArbejdsevneServices } from '@arbejdsevne/language';

/** Fresh services without a file system; `idag` is fixed so GEN-03 does not depend on the clock. */
export function createTestServices(config: ArbejdsevneConfig = {}): ArbejdsevneServices {
    const services = createArbejdsevneServices(EmptyFileSystem).Arbejdsevne;
    services.config.ConfigProvider.setOverrides({ idag: '2026-11-23', ...config });
    return services;
}

const shared = createTestServices();

export async function check(text: string, services: ArbejdsevneServices = shared) {
    return checkText(services, text);
}

/** "line:col CODE" for each diagnostic (1-based), sorted: compact and exact in assertions. */
export function codes(diagnostics: Diagnostic[]): string[] {
    return diagnostics
        .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`)
        .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export function readRepoFile(relative: string): string {
    return readFileSync(new URL(`../${relative}`, import.meta.url), 'utf8');
}

export const canonical = readRepoFile('examples/fie-hansen.aev');
