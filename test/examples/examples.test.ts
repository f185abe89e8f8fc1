import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderHtml } from '@arbejdsevne/report';
import { repoRoot } from '../helpers.js';
import { readExpectations } from '../inline-expectations.js';
import { modelOf, poppler, pdfOf, docxOf } from '../report/report-helpers.js';
import { renderExercises } from '../../scripts/exercises.mjs';

const dir = path.join(repoRoot, 'examples');
const cases = readdirSync(dir).filter(f => f.endsWith('.aev')).sort();
const exerciseDir = path.join(dir, 'øvelser');
const exercises = readdirSync(exerciseDir).filter(f => f.endsWith('.aev') && !f.endsWith('-løsning.aev')).sort();
const read = (file: string) => readFileSync(file, 'utf8');

describe('the training kit', () => {
    test('the exercises are generated from the cases and up to date (run `node scripts/make-exercises.mjs`)', () => {
        const files = renderExercises();
        expect([...files.keys()].sort()).toEqual(readdirSync(exerciseDir).filter(f => f.endsWith('.aev')).sort());
        for (const [name, text] of files) expect(read(path.join(exerciseDir, name)), name).toBe(text);
    });

    test('at least 10 clean cases and 8 exercises, each exercise with its solution', () => {
        expect(cases.length).toBeGreaterThanOrEqual(10);
        expect(exercises.length).toBeGreaterThanOrEqual(8);
        for (const exercise of exercises) expect(readdirSync(exerciseDir)).toContain(exercise.replace('.aev', '-løsning.aev'));
    });

    test('cases are clean (no markers), fictive, and use fødselsdato rather than a CPR number', () => {
        for (const file of cases) {
            const text = read(path.join(dir, file));
            expect(readExpectations(text).expected, file).toEqual([]);
            expect(text, file).toContain('Fiktiv sag til undervisning');
            expect(text, file).not.toMatch(/^\s*cpr:/m);
        }
    });

    test('the exercises together train every rule family', () => {
        const families = new Set(exercises.flatMap(f => readExpectations(read(path.join(exerciseDir, f))).expected.map(e => e.split(' ')[1].split('-')[0])));
        // The groups of the issue: BOR/CPR and RF/REV are one group each.
        for (const group of [['GEN'], ['BOR', 'CPR'], ['FD'], ['BV'], ['LAE'], ['RT'], ['FJ'], ['FP'], ['RF', 'REV'], ['IND'], ['AF'], ['PROC']]) {
            expect(group.some(f => families.has(f)), group.join('/')).toBe(true);
        }
        for (const exercise of exercises) expect(read(path.join(exerciseDir, exercise))).toMatch(/^\/\/ ØVELSE \d+: /);
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
