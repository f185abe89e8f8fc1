// Writes packages/report/generated/fonts/: the three DejaVu Sans faces cut down to the scripts a
// Danish report meets (run by `npm run build`, before prepare-font-metrics.mjs measures them). The
// full faces are 2.1 MB, the cut ones about a fifth: the CLI and the .vsix ship these. A character
// outside the ranges is drawn as the font's empty box (.notdef), visibly, never left out.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { FONT_FILES, KEPT_UNICODE_RANGES } from '../packages/report/out/assets.js';

const require = createRequire(import.meta.url);
const source = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const target = new URL('../packages/report/generated/fonts/', import.meta.url);
mkdirSync(target, { recursive: true });

let text = '';
for (const [from, to] of KEPT_UNICODE_RANGES) for (let code = from; code <= to; code++) text += String.fromCodePoint(code);

let before = 0;
let after = 0;
for (const file of Object.values(FONT_FILES)) {
    const full = readFileSync(path.join(source, file));
    // Hinting is for screens at small sizes; PDF viewers do not use TrueType hinting.
    const cut = await subsetFont(full, text, { targetFormat: 'truetype', noHinting: true });
    writeFileSync(new URL(file, target), cut);
    before += full.length;
    after += cut.length;
}
cpSync(path.join(source, '..', 'LICENSE'), new URL('LICENSE', target));
console.log(`Skrifttyper: ${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB (${KEPT_UNICODE_RANGES.length} tegnområder)`);
