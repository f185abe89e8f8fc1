import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    FAMILIES, computeFacts, executableRule, ruleApplies, type ArbejdsevneConfig, type Assessment, type RuleFamily,
} from '@arbejdsevne/language';
import { check, createTestServices } from '../../helpers.js';
import { CANON } from './cases.js';
import { newestAndNext } from '../next-regime.js';

/** An expected finding: the rule id and a text on the line where it starts (the n-th line holding it, default the first). */
export type Finding = readonly [id: string, anchor: string, occurrence?: number];

export interface RuleCase {
    name: string;
    text: string;
    /** Every finding of the case, of every family; none means the case is clean. */
    expect: readonly Finding[];
    config?: ArbejdsevneConfig;
}

function lineOf(text: string, [, anchor, occurrence = 1]: Finding): number {
    const lines = text.split('\n');
    let seen = 0;
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].includes(anchor) && ++seen === occurrence) return i + 1;
    }
    throw new Error(`Anchor not found: ${JSON.stringify(anchor)}`);
}

function sorted(list: string[]): string[] {
    return [...list].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

async function run(c: Pick<RuleCase, 'text' | 'config'>) {
    return check(c.text, createTestServices(c.config));
}

function describeDiagnostics(diagnostics: Diagnostic[]): string {
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).join('\n');
}

function applyEdits(text: string, edits: Array<{ range: Diagnostic['range']; newText: string }>): string {
    return TextDocument.applyEdits(TextDocument.create('memory:/fix.aev', 'arbejdsevne', 1, text), edits);
}

/**
 * The tests of one rule family: each case gives exactly its findings; every rule of the family has a
 * case that triggers it and a clean case where it applies (the canonical example counts); every
 * quick fix, applied to its triggering case, removes the finding and adds no error.
 */
export function checkFamily(family: RuleFamily, cases: readonly RuleCase[]): void {
    const module = FAMILIES.find(f => f.family === family)!;
    const ids = module.ids as readonly string[];

    describe(`${family}: ${module.name}`, () => {
        test.each(cases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
            const { diagnostics } = await run(c);
            const actual = sorted(diagnostics.map(d => `${d.range.start.line + 1} ${d.code}`));
            const expected = sorted(c.expect.map(f => `${lineOf(c.text, f)} ${f[0]}`));
            expect(actual, describeDiagnostics(diagnostics)).toEqual(expected);
        });

        test.each(cases.map(c => [c.name, c] as const))('%s: the same findings under a rule set added after the newest', async (_name, c) => {
            const { newest, next } = await newestAndNext(c.text, c.config);
            expect(next).toEqual(newest);
        });

        test.each(ids.map(id => [id]))('%s has a case that triggers it', id => {
            expect(cases.some(c => c.expect.some(f => f[0] === id)), `no case of ${family} expects ${id}`).toBe(true);
        });

        test.each(ids.map(id => [id]))('%s has a clean case where it applies', async id => {
            const rule = executableRule(id)!.definition;
            const candidates = [{ name: 'canonical', text: CANON, expect: [] as Finding[] }, ...cases].filter(c => !c.expect.some(f => f[0] === id));
            let found = false;
            for (const c of candidates) {
                const services = createTestServices(c.config);
                const { document, diagnostics } = await check(c.text, services);
                const config = await services.config.ConfigProvider.getConfig(document);
                const facts = computeFacts(document.parseResult.value as Assessment, config.regelsæt);
                if (ruleApplies(rule, facts, config) && !diagnostics.some(d => d.code === id)) {
                    found = true;
                    break;
                }
            }
            expect(found, `no case where ${id} applies and stays silent`).toBe(true);
        });

        const fixable = cases.flatMap(c => [...new Set(c.expect.map(f => f[0]))]
            .flatMap(id => (ids.includes(id) ? executableRule(id)?.quickFixes ?? [] : []).map((fix, index) => [`${id} (${fix.title}) in ${c.name}`, c, id, index] as const)));
        const fixed = new Set<string>();
        test.each(fixable)('quick fix %s', async (_name, c, id, index) => {
            const services = createTestServices(c.config);
            const { document, diagnostics } = await check(c.text, services);
            const fix = executableRule(id)!.quickFixes[index];
            const target = diagnostics.find(d => d.code === id && (!fix.variants || fix.variants.includes(d.data?.variant)));
            if (!target) return; // this case reports a variant the fix is not for; the test below sees that some case is
            fixed.add(`${id} ${index}`);
            const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: target.range, context: { diagnostics: [target] },
            }) as Array<{ title: string; edit?: { changes?: Record<string, Array<{ range: Diagnostic['range']; newText: string }>> } }>;
            const action = actions.find(a => a.title === (fix.titleFor?.(target) ?? fix.title));
            const edits = Object.values(action?.edit?.changes ?? {})[0];
            expect(edits?.length, `no quick fix offered for ${id}`).toBeGreaterThan(0);
            const fixedText = applyEdits(c.text, edits!);
            const after = (await check(fixedText, services)).diagnostics;
            // A text the fix writes for the caseworker is a placeholder until they write it: GEN-08 says so, so it never passes as final.
            const oldLines = new Set(c.text.split('\n'));
            const fixedLines = fixedText.split('\n');
            // A text moved from elsewhere in the file (GEN-02 merges blocks) is the caseworker's own.
            for (const literal of edits!.flatMap(e => e.newText.match(/"[^"\n]*"/g) ?? []).filter(l => !c.text.includes(l))) {
                const lines = fixedLines.flatMap((line, i) => (line.includes(literal) && !oldLines.has(line) ? [i] : []));
                expect(lines.length, `${id} inserts ${literal}, but no new line holds it`).toBeGreaterThan(0);
                expect(after.some(d => d.code === 'GEN-08' && lines.includes(d.range.start.line)), `${id} inserts ${literal}, and GEN-08 does not flag it: ${describeDiagnostics(after)}`).toBe(true);
            }
            const before = diagnostics.filter(d => d.code === id).length;
            expect(after.filter(d => d.code === id).length, describeDiagnostics(after)).toBe(before - 1);
            // A fix that changes the outcome brings that outcome's own rules into play: intended.
            if (fix.changesOutcome) return;
            const newErrors = after.filter(d => d.severity === 1 && !diagnostics.some(b => b.code === d.code));
            // A fix that inserts a skeleton leaves its places to fill in as findings (GEN-08, BOR-01): that is intended.
            expect(newErrors.filter(d => d.code !== 'GEN-08' && d.code !== 'BOR-01'), describeDiagnostics(newErrors)).toEqual([]);
        });

        test.each(ids.flatMap(id => (executableRule(id)?.quickFixes ?? []).map((fix, index) => [id, fix.title, index] as const)))('%s: its quick fix "%s" was applied to a case', (id, _title, index) => {
            expect(fixed.has(`${id} ${index}`), `no case of ${family} exercised this quick fix of ${id}`).toBe(true);
        });
    });
}
