import { URI, UriUtils, type FileSystemProvider, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { mergeConfigs, validateConfig, type ArbejdsevneConfig, type ResolvedConfig } from './config.js';

export const CONFIG_FILE_NAME = 'arbejdsevne.json';

/**
 * The configuration for one document: `arbejdsevne.json` next to or above the file, overridden
 * by what the host sets (CLI options, VS Code settings).
 */
export class ConfigProvider {
    private overrides: ArbejdsevneConfig = {};
    private readonly fileSystem: FileSystemProvider;
    /** Where the generated rule documentation lives; diagnostics link to `<base>#<id>`. */
    docsBaseUri?: string;

    /** docs/sprog.md beside docs/regler.md (the same place, the other file): the hover links there. */
    get guideBaseUri(): string | undefined {
        return this.docsBaseUri?.replace(/regler(\.md)?$/, (_m, md: string | undefined) => `sprog${md ?? ''}`);
    }
    /** The home folder (a URI path), where the search for arbejdsevne.json stops; set by a host with a file system. */
    home?: string;
    /** Called when overrides change, so hosts can re-validate open documents. */
    onChange?: () => void;

    /** Folder → what was found there; cleared whenever documents change, so an edited arbejdsevne.json is read again. */
    private readonly folderCache = new Map<string, Promise<ReturnType<typeof validateConfig> | undefined>>();

    constructor(shared: LangiumSharedCoreServices) {
        this.fileSystem = shared.workspace.FileSystemProvider;
        shared.workspace.DocumentBuilder.onUpdate(() => this.folderCache.clear());
    }

    /** Forget what was read from disk (e.g. when arbejdsevne.json changed). */
    clearCache(): void {
        this.folderCache.clear();
    }

    setOverrides(overrides: ArbejdsevneConfig): void {
        this.overrides = overrides;
        this.onChange?.();
    }

    async getConfig(document: LangiumDocument): Promise<ResolvedConfig> {
        const fromFile = await this.readNearestFile(document.uri);
        const merged = mergeConfigs(fromFile?.config, this.overrides);
        return {
            profil: merged.profil ?? 'gældende_ret',
            regler: merged.regler ?? {},
            regelsæt: merged.regelsæt,
            idag: merged.idag,
            problems: fromFile?.problems ?? [],
        };
    }

    private readNearestFile(uri: URI): Promise<ReturnType<typeof validateConfig> | undefined> {
        if (uri.scheme !== 'file') return Promise.resolve(undefined);
        const folder = UriUtils.dirname(uri);
        let cached = this.folderCache.get(folder.toString());
        if (!cached) {
            cached = this.searchUpwards(folder);
            this.folderCache.set(folder.toString(), cached);
        }
        return cached;
    }

    /**
     * The nearest `arbejdsevne.json` from the file's folder upwards; the search stops at the first
     * one found, at a repository's root (a `.git` folder) and at the home folder, and only a regular
     * file is read (a named pipe would never end).
     */
    private async searchUpwards(start: URI): Promise<ReturnType<typeof validateConfig> | undefined> {
        let folder = start;
        for (let depth = 0; depth < 32; depth++) {
            const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
            if (await this.isFile(candidate)) {
                const file = candidate.fsPath;
                let text = '';
                try {
                    // A BOM (Notepad saves one) is not part of the JSON.
                    text = (await this.fileSystem.readFile(candidate)).replace(/^\uFEFF/, '');
                    return validateConfig(JSON.parse(text), file);
                } catch (error) {
                    const reason = error instanceof SyntaxError ? jsonErrorInDanish(text, error) : 'filen kan ikke læses';
                    return { config: {}, problems: [{ file, message: reason }] };
                }
            }
            if (folder.path === this.home || await this.exists(UriUtils.joinPath(folder, '.git'))) break;
            const parent = UriUtils.dirname(folder);
            if (parent.path === folder.path) break;
            folder = parent;
        }
        return undefined;
    }

    private async isFile(uri: URI): Promise<boolean> {
        try {
            return (await this.fileSystem.stat(uri)).isFile;
        } catch {
            return false;
        }
    }

    private async exists(uri: URI): Promise<boolean> {
        try {
            return await this.fileSystem.exists(uri);
        } catch {
            return false;
        }
    }
}

/** JSON.parse's English error as a Danish one with line and column ("… at position 31" → linje 1, kolonne 32). */
function jsonErrorInDanish(text: string, error: SyntaxError): string {
    const position = /position (\d+)/.exec(error.message);
    if (!position) return text.trim() === '' ? 'ugyldig JSON: filen er tom (skriv mindst {})' : 'ugyldig JSON: filen slutter for tidligt, fx mangler en } eller et "';
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `ugyldig JSON ved linje ${line}, kolonne ${column}: tjek tegnet der og lige før (fx et komma for meget eller for lidt, eller et manglende ")`;
}
