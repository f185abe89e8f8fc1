// Measures the report's fonts once (packages/report/src/render/pdf/prepared-layout.ts) and writes
// packages/report/generated/font-metrics.json, which every build copies beside its fonts
// (run by `npm run build`, after tsc).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { FONT_FILES, FONT_METRICS_FILE } from '../packages/report/out/assets.js';
import { fontDirectory } from '../packages/report/out/node-assets.js';
import { prepareFace } from '../packages/report/out/render/pdf/prepared-layout.js';

const fonts = fontDirectory();
const prepared = Object.fromEntries(Object.entries(FONT_FILES).map(([face, file]) =>
    [face, prepareFace(fontkit.create(readFileSync(`${fonts}/${file}`)))]));
const folder = new URL('../packages/report/generated/', import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL(FONT_METRICS_FILE, folder), JSON.stringify(prepared));
