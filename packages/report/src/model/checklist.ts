import { RULES, ruleApplies, type Assessment, type Facts, type ResolvedConfig } from '@arbejdsevne/language';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

/**
 * One row per rule for the appendix: the rule's requirement (what must hold) and its status in the
 * words of the catalogue: Opfyldt, Mangler (fejl), Mangler (advarsel), Bemærkning (a triggered
 * information rule), Ikke relevant, Slået fra.
 */
export function checklist(_root: Assessment, diagnostics: readonly Diagnostic[], facts: Facts, config?: Pick<ResolvedConfig, 'profil' | 'regler'>): string[][] {
    const worst = new Map<string, number>();
    for (const d of diagnostics) {
        const code = String(d.code);
        worst.set(code, Math.min(worst.get(code) ?? 4, d.severity ?? 1));
    }
    const settings = { profil: config?.profil ?? 'gældende_ret', regler: config?.regler ?? {} } as const;
    return RULES.map(rule => [`${rule.id} ${rule.requirement}`, status(worst.get(rule.id), settings.regler[rule.id] === 'off', ruleApplies(rule, facts, settings)), rule.basis]);
}

function status(severity: number | undefined, off: boolean, applies: boolean): string {
    if (off) return 'Slået fra';
    if (severity === DiagnosticSeverity.Error) return 'Mangler (fejl)';
    if (severity === DiagnosticSeverity.Warning) return 'Mangler (advarsel)';
    if (severity !== undefined) return 'Bemærkning';
    return applies ? 'Opfyldt' : 'Ikke relevant';
}
