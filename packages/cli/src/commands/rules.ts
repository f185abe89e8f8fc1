import { RULES, REGIME_IDS, describeSpan, spanIds, type RuleDefinition } from '@arbejdsevne/language';

const DANISH_SEVERITY = { error: 'fejl', warning: 'advarsel', info: 'info' } as const;

export function ruleSummary(rule: RuleDefinition) {
    return {
        id: rule.id,
        title: rule.title,
        requirement: rule.requirement,
        severity: rule.severity,
        regimes: rule.regimes ? spanIds(rule.regimes) : [...REGIME_IDS],
        outcomes: rule.outcomes ?? null,
        profiles: rule.profiles ?? null,
        basis: rule.basis,
        usikker: typeof rule.usikker === 'object' ? spanIds(rule.usikker) : rule.usikker ?? false,
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
    for (const [i, r] of rules.entries()) {
        const span = (RULES as readonly RuleDefinition[])[i].regimes;
        const regimes = span ? describeSpan(span) : 'alle regelsæt';
        out(`${r.id.padEnd(8)} ${DANISH_SEVERITY[r.severity].padEnd(8)} ${r.title}`);
        out(`         Grundlag: ${r.basis}${r.usikker ? ' (foreløbigt)' : ''}. Gælder: ${regimes}${r.outcomes ? '; udfald: ' + r.outcomes.join(', ') : ''}.`);
    }
    out(`${rules.length} regler.`);
    return 0;
}
