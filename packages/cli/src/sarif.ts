import type { Log, ReportingDescriptor, Result } from 'sarif';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_PROBLEM, INTERNAL_ERROR, MORE_FINDINGS, RULES, SYNTAX, TOO_LARGE } from '@arbejdsevne/language/checker';
import { withFullStop, type CliDiagnostic } from './diagnostics.js';

/**
 * `tjek --format sarif`: SARIF 2.1.0, the format CI systems and SARIF viewers read. The rules carry
 * their Danish requirement and help and a link to their section of docs/regler.md; each result its
 * region (1-based lines and columns, as the CLI prints them) and level.
 */

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** Findings that are not rules of the catalogue, so a viewer can still name them. */
const OTHER_CODES: ReadonlyArray<[string, string]> = [
    [SYNTAX, 'Teksten kan ikke læses som en arbejdsevnebeskrivelse (syntaksfejl).'],
    [CONFIG_PROBLEM, 'Indstillingsfilen arbejdsevne.json kan ikke bruges helt.'],
    [MORE_FINDINGS, 'Flere fund, end der vises for én fil.'],
    [TOO_LARGE, 'Filen er for stor til at blive tjekket.'],
    [INTERNAL_ERROR, 'En regel kunne ikke tjekkes på grund af en fejl i Arbejdsevne.'],
];

export function toSarif(diagnostics: readonly CliDiagnostic[], version: string, docsFile: string | undefined, cwd = process.cwd()): Log {
    const docs = docsFile ? pathToFileURL(docsFile).href : undefined;
    const rules: ReportingDescriptor[] = [
        ...RULES.map(rule => ({
            id: rule.id,
            name: rule.id.replace('-', ''),
            shortDescription: { text: rule.title },
            fullDescription: { text: rule.requirement },
            help: { text: `${rule.explanation} ${rule.fix} Grundlag: ${withFullStop(rule.basis)}` },
            ...(docs ? { helpUri: `${docs}#${rule.id.toLowerCase()}` } : {}),
            defaultConfiguration: { level: LEVEL[rule.severity] },
            properties: { basis: rule.basis },
        })),
        ...OTHER_CODES.map(([id, text]) => ({ id, shortDescription: { text }, defaultConfiguration: { level: 'error' as const } })),
    ];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results: Result[] = diagnostics.map(d => ({
        ruleId: d.code,
        ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: path.relative(cwd, path.resolve(d.file)).split(path.sep).map(encodeURIComponent).join('/') },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
        }],
    }));
    return {
        $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'arbejdsevne', version, language: 'da-DK', ...(docs ? { informationUri: docs } : {}), rules } },
            results,
        }],
    };
}
