import type { ResolvedConfig } from '../config.js';
import { inSpan, regimeForDate, type Regime } from '../legal/regimes.js';
import type { Facts } from '../semantics/facts.js';
import type { RuleDefinition, Severity } from './rule.js';

/** Where a rule applies and how loud it speaks: read from the catalogue alone (the engine, the report's appendix). */

type GateFacts = Pick<Facts, 'regime' | 'outcome' | 'caseDate' | 'grantDate'>;
type GateConfig = Pick<ResolvedConfig, 'profil' | 'regler'>;

/** The rule set a rule is judged under: the case's, or the grant date's for a running forløb. */
export function ruleRegime(rule: RuleDefinition, facts: Pick<Facts, 'regime' | 'grantDate'>): Regime {
    return rule.regimeBy === 'bevilget' && facts.grantDate ? regimeForDate(facts.grantDate) : facts.regime;
}

/**
 * True when the rule (or one of its message variants) applies to this document at all: the
 * setting, its regimes, date, outcomes and profile. The engine asks this before a check runs,
 * so checks never test regime or outcome themselves.
 */
export function ruleApplies(rule: RuleDefinition, facts: GateFacts, config: GateConfig, variant?: string): boolean {
    if (config.regler[rule.id] === 'off') return false;
    const regime = ruleRegime(rule, facts).id;
    if (rule.regimes && !inSpan(rule.regimes, regime)) return false;
    if (rule.from && (!facts.caseDate || facts.caseDate < rule.from)) return false;
    if (rule.outcomes && (!facts.outcome || !rule.outcomes.includes(facts.outcome))) return false;
    if (rule.profiles && !rule.profiles.includes(config.profil)) return false;
    const message = variant ? rule.messages[variant] : undefined;
    if (message?.regimes && !inSpan(message.regimes, regime)) return false;
    if (message?.outcomes && (!facts.outcome || !message.outcomes.includes(facts.outcome))) return false;
    return true;
}

export function effectiveSeverity(rule: RuleDefinition, variant: string, facts: Pick<Facts, 'regime' | 'grantDate'>, config: GateConfig): Severity {
    const setting = config.regler[rule.id];
    if (setting && setting !== 'off') return setting;
    const message = rule.messages[variant] ?? rule.messages.main;
    const from = message.severityFrom;
    return (from && inSpan({ from: from.regime }, ruleRegime(rule, facts).id) ? from.severity : undefined)
        ?? message.severityByProfile?.[config.profil]
        ?? message.severity
        ?? rule.severity;
}

