import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { INTERNAL_ERROR, runRules, type ExecutableRule, type ResolvedConfig, type RuleDefinition } from '@arbejdsevne/language';
import { exitCodeFor } from '../../packages/cli/out/commands/check.js';
import { toCliDiagnostic } from '../../packages/cli/out/diagnostics.js';
import { buildReport } from '@arbejdsevne/report';
import { canonical, check } from '../helpers.js';

/** An exception inside a rule is a Danish error on the file and exit code 4, never "0 fejl". */
describe('an internal error is never a clean file', () => {
    test('a rule that throws gives an INTERN error naming the rule, and the other rules still run', async () => {
        const { document } = await check(canonical);
        const found: Array<{ severity: string; message: string; code: unknown }> = [];
        const throwing: ExecutableRule = {
            definition: { id: 'FJ-05', family: 'FJ', title: 't', severity: 'error', basis: '–', explanation: '', fix: '', messages: { main: { text: 'x' } }, requirement: 'r' } as unknown as RuleDefinition,
            check: () => { throw new TypeError("Cannot read properties of undefined (reading 'months')"); },
            quickFixes: [],
        };
        const reporting: ExecutableRule = { ...throwing, definition: { ...throwing.definition, id: 'GEN-01' } as RuleDefinition, check: (ctx, report) => report(ctx.root, {}) };
        const logged: string[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => { logged.push(args.join(' ')); };
        try {
            runRules(document, { profil: 'gældende_ret', regler: {}, problems: [] } as ResolvedConfig, [throwing, reporting], (severity, message, info) => found.push({ severity, message, code: info.code }));
        } finally {
            console.error = original;
        }
        expect(found.map(f => f.code)).toEqual([INTERNAL_ERROR, 'GEN-01']);
        expect(found[0].severity).toBe('error');
        expect(found[0].message).toMatch(/^Intern fejl i regel FJ-05: reglen kunne ikke gennemføres, så beskrivelsen er ikke tjekket fuldt ud\. Det er en fejl i Arbejdsevne, ikke i din tekst\./);
        expect(logged.join('\n')).toContain('FJ-05');
    });

    test('the CLI exits 4 on an internal error, 1 on an error, 0 otherwise', () => {
        const at = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
        const d = (code: string, severity: 1 | 2): Diagnostic => ({ ...at, code, severity, message: 'm' });
        expect(exitCodeFor([toCliDiagnostic('a.aev', d('INTERN', 1)), toCliDiagnostic('a.aev', d('GEN-06', 2))])).toBe(4);
        expect(exitCodeFor([toCliDiagnostic('a.aev', d('GEN-01', 1))])).toBe(1);
        expect(exitCodeFor([toCliDiagnostic('a.aev', d('GEN-06', 2))])).toBe(0);
    });

    test('fødselsdato 9999-12-31 (FJ-05 threw on it) is one GEN-06 finding at the date, and no age is computed', async () => {
        const { diagnostics, document } = await check(canonical.replace('fødselsdato: 1984-03-12', 'fødselsdato: 9999-12-31'));
        expect(diagnostics.map(d => [d.code, d.range.start.line + 1, d.range.start.character + 1])).toEqual([['GEN-06', 6, 18]]);
        expect(diagnostics[0].message).toBe('Fødselsdatoen er dateret 31. december 9999, efter sagens dato 20. november 2026. Ret datoen. [Tjekket efter reglerne fra 1. juli 2026]');
        const model = buildReport(document.parseResult.value, diagnostics);
        expect(model.header.rows.find(([label]) => label === 'Alder')).toBeUndefined();
    });

    test('a birth date giving an age over 120 is a GEN-06 finding, and the report prints no age', async () => {
        const { diagnostics, document } = await check(canonical.replace('fødselsdato: 1984-03-12', 'fødselsdato: 1884-03-12'));
        expect(diagnostics.map(d => [d.code, d.range.start.line + 1, d.range.start.character + 1])).toEqual([['GEN-06', 6, 18]]);
        expect(diagnostics[0].message).toMatch(/^Fødselsdatoen 12\. marts 1884 giver en alder på 142 år på sagens dato 20\. november 2026\. Ret fødselsdatoen/);
        expect(buildReport(document.parseResult.value, diagnostics).header.rows.find(([label]) => label === 'Alder')).toBeUndefined();
    });

    test('a birth date 120 years before the case date is plausible: the age is shown', async () => {
        const { diagnostics, document } = await check(canonical.replace('fødselsdato: 1984-03-12', 'fødselsdato: 1906-11-20'));
        expect(diagnostics.filter(d => d.code === 'GEN-06')).toEqual([]);
        expect(buildReport(document.parseResult.value, diagnostics).header.rows.find(([label]) => label === 'Alder')).toEqual(['Alder', '120 år']);
    });
});
