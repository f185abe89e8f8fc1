import { RULES, ruleApplies, type Assessment, type Facts, type ResolvedConfig, type RuleDefinition } from '@arbejdsevne/language';
import type { Diagnostic } from 'vscode-languageserver-types';

/** One row per rule: opfyldt / mangler / ikke relevant, with id and basis (the appendix, sections/appendix.ts). */
export function checklist(_root: Assessment, diagnostics: readonly Diagnostic[], facts: Facts, config?: Pick<ResolvedConfig, 'profil' | 'regler'>): string[][] {
    const found = new Set(diagnostics.map(d => String(d.code)));
    const settings = { profil: config?.profil ?? 'gældende_ret', regler: config?.regler ?? {} } as const;
    return (RULES as readonly RuleDefinition[]).map(rule => {
        const status = found.has(rule.id) ? 'Mangler' : ruleApplies(rule, facts, settings) ? 'Opfyldt' : 'Ikke relevant';
        return [`${rule.id} ${rule.title}`, status, rule.basis];
    });
}
