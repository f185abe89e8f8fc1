import type { Diagnostic } from 'vscode-languageserver-types';

/** One diagnostic as the CLI prints it: 1-based lines and columns, the rule id or SYNTAX as code. */
export interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

const SEVERITY_NAMES = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;
const DANISH_SEVERITY = { error: 'fejl', warning: 'advarsel', info: 'info', hint: 'tip' } as const;

export function toCliDiagnostic(file: string, d: Diagnostic): CliDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITY_NAMES[(d.severity ?? 1) as 1 | 2 | 3 | 4],
        code: String(d.code ?? 'SYNTAX'),
        message: typeof d.message === 'string' ? d.message : d.message.value,
    };
}

export function sortDiagnostics(list: CliDiagnostic[]): CliDiagnostic[] {
    return [...list].sort((a, b) => a.file.localeCompare(b.file, 'da') || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function formatText(d: CliDiagnostic): string {
    return `${d.file}:${d.line}:${d.column}: ${DANISH_SEVERITY[d.severity]} ${d.code} ${d.message}`;
}

export function summary(list: readonly CliDiagnostic[], fileCount: number, hidden = 0): string {
    const count = (s: CliDiagnostic['severity']) => list.filter(d => d.severity === s).length;
    const files = fileCount === 1 ? '1 fil' : `${fileCount} filer`;
    const errors = count('error');
    const warnings = count('warning');
    const infos = count('info') + count('hint');
    const shown = `${files} tjekket: ${errors} ${errors === 1 ? 'fejl' : 'fejl'}, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}, ${infos} info`;
    if (hidden === 0) return `${shown}.`;
    const total = list.length + hidden;
    return `${shown} vist; ${total.toLocaleString('da-DK')} fund i alt (${hidden.toLocaleString('da-DK')} er ikke vist).`;
}

/** The text as a sentence: a full stop added, unless it already ends with one ("FVL § 24, stk. 1, 1. pkt."). */
export function withFullStop(text: string): string {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
