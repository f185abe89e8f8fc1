import { REHABILITATION_PLAN_ORDERS } from '../legal/provisions.js';
import { describeSpan, REGIMES } from '../legal/regimes.js';
import { RULES } from './catalogue.js';
import type { RuleDefinition } from './rule.js';

/** docs/regler.md, generated from the catalogue (scripts/generate-rule-docs.mjs; a test keeps it fresh). */

const SEVERITY = { error: 'fejl', warning: 'advarsel', info: 'info' } as const;

export function ruleAnchor(id: string): string {
    return id.toLowerCase();
}

function regimesText(rule: RuleDefinition): string {
    return rule.regimes ? describeSpan(rule.regimes) : 'alle';
}

function usikkerText(rule: RuleDefinition): string {
    if (rule.usikker === true) return 'ja';
    if (typeof rule.usikker === 'object') return `i ${describeSpan(rule.usikker)}`;
    const variants = Object.values(rule.messages).some(m => m.usikker);
    return variants ? 'for en del af reglen (se beskederne); ellers kun i et foreløbigt regelsæt' : 'kun i et foreløbigt regelsæt';
}

function severityText(rule: RuleDefinition): string {
    const severities = new Set<string>([rule.severity]);
    for (const message of Object.values(rule.messages)) {
        if (message.severity) severities.add(message.severity);
        if (message.severityFrom) severities.add(message.severityFrom.severity);
        Object.values(message.severityByProfile ?? {}).forEach(s => severities.add(s));
    }
    return [...severities].map(s => SEVERITY[s as keyof typeof SEVERITY]).join(' / ');
}

export function renderRuleDocs(): string {
    const rules = RULES as readonly RuleDefinition[];
    const lines = [
        '<!-- Generated from packages/language/src/rules/ by scripts/generate-rule-docs.mjs: do not edit. -->',
        '# Regelkataloget',
        '',
        `${rules.length} regler. Hver regels id er diagnosens kode i editoren og i \`arbejdsevne tjek\`.`,
        '',
        '## Regelsæt',
        '',
        '| id | fra | til | indhold |',
        '|---|---|---|---|',
        ...REGIMES.map(r => `| ${r.id} | ${r.from} | ${r.to ?? '–'} | ${r.summary}${r.usikker ? ' (foreløbigt)' : ''} |`),
        '',
        '"Bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling" er den, der gjaldt på sagens dato, i denne rækkefølge:',
        '',
        ...REHABILITATION_PLAN_ORDERS.map(o => `- ${o.title} (${o.number})`),
        '',
        '## Oversigt',
        '',
        '| id | titel | niveau | grundlag |',
        '|---|---|---|---|',
        ...rules.map(r => `| [${r.id}](#${ruleAnchor(r.id)}) | ${r.title} | ${severityText(r)} | ${r.basis} |`),
        '',
    ];
    for (const rule of rules) {
        lines.push(
            `<a id="${ruleAnchor(rule.id)}"></a>`,
            `## ${rule.id}: ${rule.title}`,
            '',
            `- **Niveau:** ${severityText(rule)}`,
            `- **Regelsæt:** ${regimesText(rule)}`,
            `- **Udfald:** ${rule.outcomes ? rule.outcomes.join(', ') : 'alle'}`,
            ...(rule.profiles ? [`- **Profil:** ${rule.profiles.join(', ')}`] : []),
            `- **Grundlag:** ${rule.basis}`,
            `- **Foreløbigt regelgrundlag:** ${usikkerText(rule)}`,
            ...(rule.quickFix ? [`- **Hurtigrettelse:** ${rule.quickFix}`] : []),
            '',
            rule.explanation,
            '',
            `**Sådan retter du:** ${rule.fix}`,
            '',
        );
    }
    return lines.join('\n');
}
