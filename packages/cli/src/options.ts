import { PROFILES, REGIME_IDS, isRuleId, type ArbejdsevneConfig, type Profile, type SeveritySetting } from '@arbejdsevne/language';
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
        const m = /^([A-ZÆØÅ]+-\d+)=(off|info|warning|error)$/.exec(setting.trim());
        if (!m) throw new CliError(`--regel skal skrives som KODE=off|info|warning|error, fx --regel IND-06=off (fik "${setting}").`);
        if (!isRuleId(m[1])) throw new CliError(`Ukendt regel "${m[1]}". Se listen med: arbejdsevne regler`);
        config.regler = { ...config.regler, [m[1]]: m[2] as SeveritySetting };
    }
    return config;
}

export function collect(value: string, previous: string[] = []): string[] {
    return [...previous, value];
}
