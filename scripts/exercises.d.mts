/** Types of scripts/exercises.mjs, for the tests that keep the exercises and their key fresh. */
export interface Exercise {
    slug: string;
    title: string;
    source: string;
    profile?: 'gældende_ret' | 'ds_anbefalinger';
    task: string[];
    scenario?: Array<[string, string]>;
    changes: Array<[string, string]>;
    solution?: Array<[string, string]>;
    expected: Array<[string, string]>;
    teaches: string;
    discussion: string[];
}
export interface BuiltExercise {
    number: string;
    exerciseName: string;
    solutionName: string;
    exercise: string;
    solution: string;
    /** The key: [line, rule id] in the checker's order. */
    findings: Array<[number, string]>;
}
export const EXERCISES: Exercise[];
export function edit(text: string, pairs: ReadonlyArray<readonly [string, string]>): string;
export function anchorLine(text: string, anchor: string): number;
export function buildExercise(exercise: Exercise): BuiltExercise;
export function renderExercises(): Map<string, string>;
export function renderKey(): string;
