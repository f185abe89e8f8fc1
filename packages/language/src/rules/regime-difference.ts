import { inSpan, regimeById, type Regime } from '../legal/regimes.js';
import { effectiveSeverity } from './applicability.js';
import { RULES } from './catalogue.js';
import { isUncertain } from './engine.js';
import type { RuleDefinition, Severity } from './rule.js';

/**
 * What changes for the rules between two rule sets (`arbejdsevne regler --forskel`), read from the
 * catalogue alone: a rule or a message variant that starts or stops, a severity that changes, a
 * basis that becomes or stops being provisional. For a team preparing for a change of law.
 */
export interface RuleChange {
    id: string;
    title: string;
    /** Danish, one line: what changes. */
    change: string;
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'fejl', warning: 'advarsel', info: 'info' };

function applies(rule: RuleDefinition, regime: Regime, variant?: string): boolean {
    if (rule.regimes && !inSpan(rule.regimes, regime.id)) return false;
    const span = variant ? rule.messages[variant]?.regimes : undefined;
    return !span || inSpan(span, regime.id);
}

/** The severity the engine gives the variant in that rule set, under the default profile and settings. */
function severity(rule: RuleDefinition, regime: Regime, variant: string): Severity {
    return effectiveSeverity(rule, variant, { regime }, { profil: 'gældende_ret', regler: {} });
}

/** The rule's own basis is provisional there (a whole provisional rule set is said once, not per rule). */
function provisional(rule: RuleDefinition, regime: Regime, variant: string): boolean {
    return isUncertain(rule, { ...regime, usikker: false }, variant);
}

export function ruleChanges(fromId: string, toId: string): RuleChange[] {
    const from = regimeById(fromId);
    const to = regimeById(toId);
    if (!from || !to) throw new Error(`Ukendt regelsæt: ${!from ? fromId : toId}`);
    const changes: RuleChange[] = [];
    for (const rule of RULES as readonly RuleDefinition[]) {
        const add = (change: string) => changes.push({ id: rule.id, title: rule.title, change });
        const before = applies(rule, from);
        const after = applies(rule, to);
        if (before !== after) {
            add(after ? `gælder fra ${to.id}` : `gælder ikke i ${to.id}${rule.regimes?.until ? ` (ophørt med ${rule.regimes.endedBy})` : ''}`);
            continue;
        }
        if (!after) continue;
        for (const variant of Object.keys(rule.messages)) {
            // A variant is named by its first words: its key is the code's, not the reader's.
            const named = variant === 'main' ? '' : ` (beskeden "${rule.messages[variant].text.replace(/\{\w+\}/g, '…').split(' ').slice(0, 6).join(' ')} …")`;
            const was = applies(rule, from, variant);
            const is = applies(rule, to, variant);
            if (was !== is) {
                add(`${named.trim().replace(/^\(|\)$/g, '') || 'beskeden'} ${is ? 'kommer til' : 'falder bort'}`);
                continue;
            }
            if (!is) continue;
            const s1 = severity(rule, from, variant);
            const s2 = severity(rule, to, variant);
            if (s1 !== s2) add(`niveau${named}: ${SEVERITY_WORD[s1]} → ${SEVERITY_WORD[s2]}`);
            // The rule's own basis once; a variant only where it has a basis of its own.
            if (variant !== 'main' && !rule.messages[variant].usikker) continue;
            const u1 = provisional(rule, from, variant);
            const u2 = provisional(rule, to, variant);
            if (u1 !== u2) add(`retsgrundlaget${named} ${u2 ? 'bliver foreløbigt' : 'er ikke længere foreløbigt'}`);
        }
    }
    return changes;
}
