// Writes examples/øvelser/ and examples/facit/ from scripts/exercises.mjs (after `npm run build`).
// Re-run after changing a case or a rule; review the diff.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { renderExercises } from './exercises.mjs';

const examples = new URL('../examples/', import.meta.url);
for (const folder of ['øvelser', 'facit']) {
    mkdirSync(new URL(`${folder}/`, examples), { recursive: true });
    for (const old of readdirSync(new URL(`${folder}/`, examples))) if (old.endsWith('.aev')) rmSync(new URL(`${folder}/${old}`, examples));
}
const files = renderExercises();
for (const [name, text] of files) writeFileSync(new URL(name, examples), text);
console.log(`${(files.size - 1) / 2} øvelser og facit skrevet`);
