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
    /** Called when overrides change, so hosts can re-validate open documents. */
    onChange?: () => void;

    constructor(shared: LangiumSharedCoreServices) {
        this.fileSystem = shared.workspace.FileSystemProvider;
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

    private async readNearestFile(uri: URI): Promise<ReturnType<typeof validateConfig> | undefined> {
        if (uri.scheme !== 'file') return undefined;
        let folder = UriUtils.dirname(uri);
        for (let depth = 0; depth < 32; depth++) {
            const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
            if (await this.exists(candidate)) {
                const file = candidate.fsPath;
                try {
                    return validateConfig(JSON.parse(await this.fileSystem.readFile(candidate)), file);
                } catch (error) {
                    const reason = error instanceof SyntaxError ? `ugyldig JSON (${error.message})` : String(error);
                    return { config: {}, problems: [{ file, message: reason }] };
                }
            }
            const parent = UriUtils.dirname(folder);
            if (parent.path === folder.path) break;
            folder = parent;
        }
        return undefined;
    }

    private async exists(uri: URI): Promise<boolean> {
        try {
            return await this.fileSystem.exists(uri);
        } catch {
            return false;
        }
    }
}
