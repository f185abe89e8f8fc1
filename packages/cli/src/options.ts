import { PROFILES, REGIME_IDS, SEVERITY_WORDS_HELP, isRuleId, parseSeveritySetting, type ArbejdsevneConfig, type Profile } from '@arbejdsevne/language/checker';
import { isValidIsoDate, normalizeDate } from '@arbejdsevne/language/dates';
import { CliError } from './exit-codes.js';

export interface CheckerOptions {
    regelsæt?: string;
    profil?: string;
    regel?: string[];
}

/** Turns `--regelsæt`, `--profil` and `--regel KODE=niveau` into the checker's configuration. */
export function configFromOptions(options: CheckerOptions): ArbejdsevneConfig {
    const config: ArbejdsevneConfig = {};
    if (options.regelsæt !== undefined) {
        if (!(REGIME_IDS as readonly string[]).includes(options.regelsæt)) {
            throw new CliError(`Ukendt regelsæt "${options.regelsæt}". Brug et af: ${REGIME_IDS.join(', ')}.`);
        }
        config.regelsæt = options.regelsæt;
    }
    if (options.profil !== undefined) {
        if (!PROFILES.includes(options.profil as Profile)) {
            throw new CliError(`Ukendt profil "${options.profil}". Brug ${PROFILES.join(' eller ')}.`);
        }
        config.profil = options.profil as Profile;
    }
    for (const setting of options.regel ?? []) {
        const m = /^([A-ZÆØÅa-zæøå]+-\d+)=(.*)$/.exec(setting.trim());
        const level = m ? parseSeveritySetting(m[2]) : undefined;
        if (!m || !level) throw new CliError(`--regel skal skrives som KODE=niveau, hvor niveau er ${SEVERITY_WORDS_HELP}, fx --regel IND-06=fra (fik "${setting}").`);
        const id = m[1].toUpperCase();
        if (!isRuleId(id)) throw new CliError(`Ukendt regel "${m[1]}". Se listen med: arbejdsevne regler`);
        config.regler = { ...config.regler, [id]: level };
    }
    return config;
}

/** A date option as the language takes dates (2026-11-20 or 20.11.2026), as ISO; an impossible one is refused as written. */
export function dateOption(name: string, value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const iso = normalizeDate(value);
    if (!isValidIsoDate(iso)) throw new CliError(`${name} skal være en dato som 2026-11-20 eller 20.11.2026, ikke "${value}".`);
    return iso;
}
