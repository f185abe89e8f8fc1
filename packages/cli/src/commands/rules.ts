import { RULES, REGIME_IDS, type RuleDefinition } from '@arbejdsevne/language';

const DANISH_SEVERITY = { error: 'fejl', warning: 'advarsel', info: 'info' } as const;

export function ruleSummary(rule: RuleDefinition) {
    return {
        id: rule.id,
        title: rule.title,
        requirement: rule.requirement,
        severity: rule.severity,
        regimes: rule.regimes ?? REGIME_IDS,
        outcomes: rule.outcomes ?? null,
        profiles: rule.profiles ?? null,
        basis: rule.basis,
        usikker: rule.usikker ?? false,
        text: rule.explanation,
        fix: rule.fix,
    };
}

export function runRules(options: { format?: string }, out: (text: string) => void): number {
    const rules = (RULES as readonly RuleDefinition[]).map(ruleSummary);
    if (options.format === 'json') {
        out(JSON.stringify(rules, null, 2));
        return 0;
    }
    for (const r of rules) {
        const regimes = r.regimes.length === REGIME_IDS.length ? 'alle regelsæt' : r.regimes.join(', ');
        out(`${r.id.padEnd(8)} ${DANISH_SEVERITY[r.severity].padEnd(8)} ${r.title}`);
        out(`         Grundlag: ${r.basis}${r.usikker ? ' (foreløbigt)' : ''}. Gælder: ${regimes}${r.outcomes ? '; udfald: ' + r.outcomes.join(', ') : ''}.`);
    }
    out(`${rules.length} regler.`);
    return 0;
}
