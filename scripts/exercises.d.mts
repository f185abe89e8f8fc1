/** Types of scripts/exercises.mjs, for the tests that keep the exercises fresh. */
export interface Exercise {
    slug: string;
    title: string;
    source: string;
    families: string;
    task: string[];
    changes: Array<[string, string]>;
    expected: Array<[string, string]>;
}
export const EXERCISES: Exercise[];
export function edit(text: string, pairs: ReadonlyArray<readonly [string, string]>): string;
export function mark(text: string, expected: ReadonlyArray<readonly [string, string]>): string;
export function renderExercises(): Map<string, string>;
