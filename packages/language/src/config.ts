import { PROFILES, type Profile, type SeveritySetting } from './rules/rule.js';
import { isRuleId } from './rules/catalogue.js';
import { REGIME_IDS, type RegimeId } from './legal/regimes.js';
import { isValidIsoDate } from './semantics/dates.js';

/**
 * What a user can configure (CLI options, `arbejdsevne.json`, VS Code settings): one structure,
 * merged in that order of precedence: explicit overrides > arbejdsevne.json > defaults.
 */
export interface ArbejdsevneConfig {
    profil?: Profile;
    /** Rule id → severity or 'off'. */
    regler?: Record<string, SeveritySetting>;
    /** Force a rule set instead of the one chosen by `sag.dato`. */
    regelsæt?: string;
    /** Today's date for GEN-03 (tests, reproducible runs); default: the machine's date. */
    idag?: string;
}

export interface ResolvedConfig {
    profil: Profile;
    regler: Record<string, SeveritySetting>;
    regelsæt?: string;
    idag?: string;
    /** Problems found in a configuration file, reported once per document. */
    problems: ConfigProblem[];
}

export interface ConfigProblem { file: string; message: string }

/** A rule's level as a user may write it: in Danish (fra, info, advarsel, fejl) or in English (off, info, warning, error). */
const SEVERITY_WORDS: Readonly<Record<string, SeveritySetting>> = {
    fra: 'off', info: 'info', advarsel: 'warning', fejl: 'error',
    off: 'off', warning: 'warning', error: 'error',
};
export const SEVERITY_WORDS_HELP = 'fra, info, advarsel eller fejl';

export function parseSeveritySetting(word: unknown): SeveritySetting | undefined {
    return typeof word === 'string' && Object.hasOwn(SEVERITY_WORDS, word.trim().toLowerCase()) ? SEVERITY_WORDS[word.trim().toLowerCase()] : undefined;
}

/** Checks a parsed configuration object; returns the usable part and what was wrong. */
export function validateConfig(value: unknown, file: string): { config: ArbejdsevneConfig; problems: ConfigProblem[] } {
    const problems: ConfigProblem[] = [];
    const config: ArbejdsevneConfig = {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { config, problems: [{ file, message: 'indholdet skal være et JSON-objekt, fx {"profil": "gældende_ret"}' }] };
    }
    const raw = value as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
        if (!['profil', 'regler', 'regelsæt', 'idag', '$schema'].includes(key)) {
            problems.push({ file, message: `ukendt nøgle "${key}" (tilladt: profil, regler, regelsæt, idag)` });
        }
    }
    if (raw.profil !== undefined) {
        if (PROFILES.includes(raw.profil as Profile)) config.profil = raw.profil as Profile;
        else problems.push({ file, message: `"profil" skal være ${PROFILES.map(p => `"${p}"`).join(' eller ')}, ikke ${JSON.stringify(raw.profil)}` });
    }
    if (raw.regler !== undefined) {
        if (typeof raw.regler !== 'object' || raw.regler === null || Array.isArray(raw.regler)) {
            problems.push({ file, message: '"regler" skal være et objekt som {"IND-06": "fra"}' });
        } else {
            config.regler = {};
            for (const [id, severity] of Object.entries(raw.regler as Record<string, unknown>)) {
                if (!isRuleId(id)) problems.push({ file, message: `ukendt regel "${id}" i "regler"` });
                else {
                    const setting = parseSeveritySetting(severity);
                    if (setting) config.regler[id] = setting;
                    else problems.push({ file, message: `"${id}" skal være "fra", "info", "advarsel" eller "fejl", ikke ${JSON.stringify(severity)}` });
                }
            }
        }
    }
    if (raw.regelsæt !== undefined) {
        if (typeof raw.regelsæt === 'string' && REGIME_IDS.includes(raw.regelsæt as RegimeId)) config.regelsæt = raw.regelsæt;
        else problems.push({ file, message: `"regelsæt" skal være et af ${REGIME_IDS.map(r => `"${r}"`).join(', ')}, ikke ${JSON.stringify(raw.regelsæt)}` });
    }
    if (raw.idag !== undefined) {
        if (typeof raw.idag === 'string' && isValidIsoDate(raw.idag)) config.idag = raw.idag;
        else problems.push({ file, message: `"idag" skal være en dato som "2026-11-20", ikke ${JSON.stringify(raw.idag)}` });
    }
    return { config, problems };
}

export function mergeConfigs(...configs: Array<ArbejdsevneConfig | undefined>): ArbejdsevneConfig {
    const result: ArbejdsevneConfig = {};
    for (const config of configs) {
        if (!config) continue;
        if (config.profil) result.profil = config.profil;
        if (config.regelsæt) result.regelsæt = config.regelsæt;
        if (config.idag) result.idag = config.idag;
        if (config.regler) result.regler = { ...result.regler, ...config.regler };
    }
    return result;
}

/** VS Code settings (`arbejdsevne.profil`, `arbejdsevne.regler`) as the checker's configuration; invalid parts are dropped. */
export function configFromEditorSettings(settings: unknown): ArbejdsevneConfig {
    if (typeof settings !== 'object' || settings === null) return {};
    const { profil, regler } = settings as Record<string, unknown>;
    return validateConfig({ ...(profil !== undefined ? { profil } : {}), ...(regler !== undefined ? { regler } : {}) }, 'indstillinger').config;
}
