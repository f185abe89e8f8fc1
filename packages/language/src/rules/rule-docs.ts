import { LAWS, REHABILITATION_PLAN_ORDERS } from '../legal/provisions.js';
import { describeSpan, REGIMES } from '../legal/regimes.js';
import { RULES } from './catalogue.js';
import type { RuleDefinition } from './rule.js';

/** docs/regler.md, generated from the catalogue (scripts/generate-rule-docs.mjs; a test keeps it fresh). */

const SEVERITY = { error: 'fejl', warning: 'advarsel', info: 'info' } as const;

/** What the rule sets after 2026 rest on, and what could not be verified. */
const SOURCES = [
    'LAB-2027: STAR, "Proces" for beskæftigelsesreformen (star.dk/da/implementering/beskaeftigelsesreform/proces): forslaget til en ny hovedlov om en aktiv beskæftigelsesindsats og ophævelse af LOB forventes at træde i kraft 1. januar 2027; "De endelige ikrafttrædelsestidspunkter afhænger af vedtagelsen i Folketinget". En vedtaget lov (lovnummer) er ikke fundet, så LAB-2027 tjekkes som REF-2026b og er foreløbigt.',
    'Sygedagpenge: KL\'s høringssvar af 12. november 2025 om ændring af sygedagpengeloven og aktivloven: "Med beskæftigelsesreformen afskaffes jobafklaringsforløb fra 1. januar 2027". Forslaget er ikke fundet vedtaget.',
    'BEK nr. 47 af 13/01/2026: titlen og § 9 (rehabiliteringsteamets indstilling om fleksjob) set i lovguiden.dk\'s henvisninger til LAB § 116; bekendtgørelsens tekst er ikke fundet.',
];

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
        '<a id="foreloebigt"></a>',
        '',
        '### Foreløbigt retsgrundlag',
        '',
        'Et regelsæt eller en regel er *foreløbig*, når retsgrundlaget ikke er endeligt afklaret: loven er foreslået, men ikke vedtaget,',
        'eller dens tekst er ikke læst. Et fund efter sådan en regel slutter med "– retsgrundlaget er ikke endeligt afklaret", og',
        'rapportens hoved siger "(foreløbigt)" ved regelsættet, når hele regelsættet er det. Tjek fundet mod den gældende lov, før det',
        'bruges i en afgørelse.',
        '',
        '### Kilder (læst december 2026)',
        '',
        ...SOURCES.map(source => `- ${source}`),
        '',
        '### Love',
        '',
        'Lovhenvisninger (`lovgrundlag`, `lov` i `sagsforløb`) skrives med disse forkortelser (GEN-07):',
        '',
        '| forkortelse | lov |',
        '|---|---|',
        ...Object.values(LAWS).map(law => `| ${law.abbreviation} | ${law.name === law.abbreviation ? 'ikke bekræftet: står i regelkataloget, men ingen kilde, vi har kunnet læse, bruger forkortelsen (den godtages og vises, som den er skrevet)' : law.name} |`),
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
            `- **[Foreløbigt retsgrundlag](#foreloebigt):** ${usikkerText(rule)}`,
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
