import { RULES, REGIME_IDS, describeSpan, danishLongDate, regimeById, ruleChanges, spanIds, type RuleDefinition } from '@arbejdsevne/language';
import { CliError, EXIT } from '../exit-codes.js';
import { withFullStop } from '../diagnostics.js';

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

export function runRules(options: { format?: string; forskel?: string[] }, out: (text: string) => void): number {
    if (options.forskel) return runDifference(options.forskel, options.format, out);
    const rules = (RULES as readonly RuleDefinition[]).map(ruleSummary);
    if (options.format === 'json') {
        out(JSON.stringify(rules, null, 2));
        return 0;
    }
    for (const [i, r] of rules.entries()) {
        const span = (RULES as readonly RuleDefinition[])[i].regimes;
        const regimes = span ? describeSpan(span) : 'alle regelsæt';
        out(`${r.id.padEnd(8)} ${DANISH_SEVERITY[r.severity].padEnd(8)} ${r.title}`);
        out(`         Grundlag: ${withFullStop(`${r.basis}${r.usikker ? ' (foreløbigt)' : ''}`)} Gælder: ${regimes}${r.outcomes ? '; udfald: ' + r.outcomes.join(', ') : ''}.`);
    }
    out(`${rules.length} regler.`);
    return 0;
}

/** `regler --forskel FRA TIL`: what changes for the rules from one rule set to another. */
function runDifference(ids: string[], format: string | undefined, out: (text: string) => void): number {
    const [fromId, toId] = ids;
    const known = REGIME_IDS.join(', ');
    if (ids.length !== 2) throw new CliError(`--forskel tager to regelsæt, fx --forskel REF-2026b LAB-2027. Regelsættene er: ${known}.`, EXIT.USAGE);
    for (const id of ids) if (!regimeById(id)) throw new CliError(`Ukendt regelsæt "${id}". Brug et af: ${known}.`, EXIT.USAGE);
    const changes = ruleChanges(fromId, toId);
    if (format === 'json') {
        out(JSON.stringify(changes, null, 2));
        return EXIT.OK;
    }
    const from = regimeById(fromId)!;
    const to = regimeById(toId)!;
    out(`Fra ${from.id} (fra ${danishLongDate(from.from)}) til ${to.id} (fra ${danishLongDate(to.from)}):`);
    if (to.usikker && !from.usikker) out(`${to.id} er foreløbigt: alle fund efter det slutter med "retsgrundlaget er ikke endeligt afklaret" (se docs/regler.md).`);
    for (const c of changes) out(`${c.id.padEnd(8)} ${c.change}  (${c.title})`);
    const rules = new Set(changes.map(c => c.id)).size;
    out(rules === 0 ? 'Ingen regler ændres.' : `${rules} ${rules === 1 ? 'regel ændres' : 'regler ændres'}.`);
    return EXIT.OK;
}
