// Writes examples/øvelser/ from scripts/exercises.mjs. Re-run after changing a case; review the diff.
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderExercises } from './exercises.mjs';

const folder = new URL('../examples/øvelser/', import.meta.url);
mkdirSync(folder, { recursive: true });
const files = renderExercises();
for (const [name, text] of files) writeFileSync(new URL(name, folder), text);
console.log(`${files.size / 2} øvelser skrevet`);
