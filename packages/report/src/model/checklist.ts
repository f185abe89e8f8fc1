import { RULES, danishLongDate, isValidIsoDate, ruleApplies, type Assessment, type Facts, type ResolvedConfig } from '@arbejdsevne/language';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

/**
 * One row per rule for the appendix: the rule's requirement (what must hold) and its status in the
 * words of the catalogue: Opfyldt, Mangler (fejl), Mangler (advarsel), Bemærkning (a triggered
 * information rule), Ikke relevant, Slået fra.
 */
export function checklist(root: Assessment, diagnostics: readonly Diagnostic[], facts: Facts, config?: Pick<ResolvedConfig, 'profil' | 'regler'>): string[][] {
    const worst = new Map<string, number>();
    for (const d of diagnostics) {
        const code = String(d.code);
        worst.set(code, Math.min(worst.get(code) ?? 4, d.severity ?? 1));
    }
    const settings = { profil: config?.profil ?? 'gældende_ret', regler: config?.regler ?? {} } as const;
    const relevant = (rule: (typeof RULES)[number]) => ruleApplies(rule, facts, settings) && (rule.relevant?.(facts, root) ?? true);
    return RULES.map(rule => [`${rule.id} ${rule.requirement}`, status(worst.get(rule.id), settings.regler[rule.id] === 'off', relevant(rule)), danishDatesIn(rule.basis)]);
}

function status(severity: number | undefined, off: boolean, applies: boolean): string {
    if (off) return 'Slået fra';
    if (severity === DiagnosticSeverity.Error) return 'Mangler (fejl)';
    if (severity === DiagnosticSeverity.Warning) return 'Mangler (advarsel)';
    if (severity !== undefined) return 'Bemærkning';
    return applies ? 'Opfyldt' : 'Ikke relevant';
}

/** "lov nr. 1750 af 29/12/2025" as the rest of the report writes dates: "29. december 2025". */
function danishDatesIn(text: string): string {
    return text.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (whole, d: string, m: string, y: string) => {
        const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
        return isValidIsoDate(iso) ? danishLongDate(iso) : whole;
    });
}
