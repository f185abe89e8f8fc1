import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderHtml } from '@arbejdsevne/report';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isInList } from '@arbejdsevne/language';
import { check, createTestServices, readRepoFile, repoRoot } from '../helpers.js';
import { readExpectations } from '../inline-expectations.js';
import { modelOf, poppler, pdfOf, docxOf } from '../report/report-helpers.js';
import { EXERCISES, buildExercise, renderExercises } from '../../scripts/exercises.mjs';

const dir = path.join(repoRoot, 'examples');
const cases = readdirSync(dir).filter(f => f.endsWith('.aev')).sort();
const exerciseDir = path.join(dir, 'øvelser');
const keyDir = path.join(dir, 'facit');
const exercises = readdirSync(exerciseDir).filter(f => f.endsWith('.aev')).sort();
const read = (file: string) => readFileSync(file, 'utf8');
const found = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.range.start.line + 1} ${d.code}`).sort();

describe('the training kit', () => {
    test('the exercises, solutions and key are generated and up to date (run `node scripts/make-exercises.mjs`)', () => {
        const files = renderExercises();
        const onDisk = [...readdirSync(exerciseDir).map(f => `øvelser/${f}`), ...readdirSync(keyDir).map(f => `facit/${f}`)];
        expect([...files.keys()].sort()).toEqual(onDisk.sort());
        for (const [name, text] of files) expect(read(path.join(dir, name)), name).toBe(text);
    });

    test('at least 10 clean cases and 11 exercises, each with a solution in the key folder', () => {
        expect(cases.length).toBeGreaterThanOrEqual(10);
        expect(exercises.length).toBe(EXERCISES.length);
        expect(exercises.length).toBeGreaterThanOrEqual(11);
        for (const exercise of exercises) expect(readdirSync(keyDir)).toContain(exercise.replace('.aev', '-løsning.aev'));
    });

    test.each(EXERCISES.map(e => [e.slug, e] as const))('exercise %s: the checker finds exactly what the key says, and the solution is clean', async (_slug, spec) => {
        const built = buildExercise(spec);
        const services = createTestServices(spec.profile ? { profil: spec.profile } : {});
        const { diagnostics } = await check(read(path.join(exerciseDir, built.exerciseName)), services);
        expect(found(diagnostics), diagnostics.map(d => `${d.range.start.line + 1} ${d.code} ${d.message}`).join('\n'))
            .toEqual(built.findings.map(([line, code]) => `${line} ${code}`).sort());
        const key = read(path.join(keyDir, 'facit.md'));
        for (const [line, code] of built.findings) expect(key).toContain(`| ${line} | [${code}]`);
        expect((await check(read(path.join(keyDir, built.solutionName)), services)).diagnostics.map(d => d.code)).toEqual([]);
    });

    test('no exercise file holds its answers: no expected findings, no rule ids, no pointer to the solution', () => {
        for (const exercise of exercises) {
            const text = read(path.join(exerciseDir, exercise));
            expect(text, exercise).not.toMatch(/\/\/\s*forventet|facit|løsning/i);
            expect(text, exercise).not.toMatch(/\b(GEN|UDF|BOR|CPR|FD|BV|LAE|RT|FJ|FP|RF|REV|IND|AF|PROC)-\d\d\b/);
            expect(text, exercise).toMatch(/^\/\/ ØVELSE \d+: /);
        }
    });

    test('cases are clean, fictive, and use fødselsdato rather than a CPR number', () => {
        for (const file of cases) {
            const text = read(path.join(dir, file));
            expect(readExpectations(text).expected, file).toEqual([]);
            expect(text, file).toContain('Fiktiv sag til undervisning');
            expect(text, file).not.toMatch(/^\s*cpr:/m);
        }
    });

    test('what the teacher\'s guide says of CPR numbers holds: only exercise 1 has CPR-shaped numbers, and its solution none', () => {
        const all = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.aev'));
        const withCpr = all.filter(f => /\d{6}-\d{4}/.test(read(path.join(dir, f)))).sort();
        expect(withCpr).toEqual([path.join('øvelser', 'øvelse-1-struktur.aev')]);
        expect(readRepoFile('docs/undervisning.md')).toContain('Kun øvelse 1 rummer CPR-lignende numre');
    });

    test.each(EXERCISES.map(spec => [spec.slug, spec] as const))('the solution of exercise %s keeps its facts, unless the key names the change', async (_slug, spec) => {
        const built = buildExercise(spec);
        const facts = async (text: string) => {
            const root = (await check(text)).document.parseResult.value;
            const citizen = root.blocks.find(b => b.$type === 'Citizen') as { props: Array<{ $type: string; value?: unknown; since?: string }> } | undefined;
            const prop = (type: string) => citizen?.props.find(p => p.$type === type);
            const docs = root.blocks.filter(b => b.$type === 'Documentation').flatMap(b => (b as unknown as { documents: Array<{ name: string; type: string; date: string }> }).documents);
            const cpr = prop('Cpr')?.value as { parts?: Array<{ value?: string }> } | undefined;
            return {
                fødselsdato: prop('BirthDate')?.value,
                cpr: cpr?.parts?.map(p => p.value).join(''),
                // A misspelt word (GEN-09) is the exercise's mistake, not a fact.
                ydelse: isInList('ydelse', prop('Benefit')?.value as string) ? `${prop('Benefit')?.value as string} ${prop('Benefit')?.since ?? ''}` : undefined,
                dokumenter: Object.fromEntries(docs.map(d => [d.name, d.date])),
            };
        };
        const exercise = await facts(built.exercise);
        const solution = await facts(built.solution);
        const named = Object.keys((spec as { correctsFacts?: Record<string, string> }).correctsFacts ?? {});
        // A fact the exercise lacks may be added (exercise 1: fødselsdato instead of a CPR number); one it has stays.
        for (const fact of ['fødselsdato', 'ydelse'] as const) if (exercise[fact] !== undefined && !named.includes(fact)) expect(solution[fact], `${spec.slug}: ${fact}`).toBe(exercise[fact]);
        // A document the exercise has stays, with its date; a solution may add one (a new certificate).
        for (const [name, what] of Object.entries(exercise.dokumenter)) expect(solution.dokumenter[name], `${spec.slug}: dokument ${name}`).toBe(what);
        // The CPR number of exercise 1 is the mistake it teaches: its solution has none.
        if (exercise.cpr && solution.cpr) expect(solution.cpr).toBe(exercise.cpr);
    });

    test('the ds_anbefalinger case shows under that profile what the law does not ask for', async () => {
        const text = read(path.join(dir, 'henrik-dahl-ds-anbefalinger.aev'));
        expect((await check(text)).diagnostics).toEqual([]);
        const { diagnostics } = await check(text, createTestServices({ profil: 'ds_anbefalinger' }));
        expect(diagnostics.map(d => `${d.range.start.line + 1} ${d.code} ${d.severity}`)).toEqual([`${text.split('\n').indexOf('sagsforløb {') + 1} AF-02 3`]);
    });

    test('the exercises together train every rule family', () => {
        const families = new Set(EXERCISES.flatMap(e => e.expected.map(([code]) => code.split('-')[0])));
        // The groups of the issue: BOR/CPR and RF/REV are one group each.
        for (const group of [['GEN'], ['UDF'], ['BOR', 'CPR'], ['FD'], ['BV'], ['LAE'], ['RT'], ['FJ'], ['FP'], ['RF', 'REV'], ['IND'], ['AF'], ['PROC']]) {
            expect(group.some(f => families.has(f)), group.join('/')).toBe(true);
        }
    });

    test.each(cases)('%s renders to PDF, HTML and DOCX', async file => {
        const { model } = await modelOf(read(path.join(dir, file)));
        expect(model.meta.draft).toBe(false);
        const pdf = await pdfOf(model);
        const name = model.header.rows.find(([label]) => label === 'Borger')![1];
        expect(poppler('pdftotext', pdf)).toContain(name);
        expect(renderHtml(model)).toContain(`<h1>${model.header.title}</h1>`);
        expect((await docxOf(model)).subarray(0, 2).toString()).toBe('PK');
    });
});
