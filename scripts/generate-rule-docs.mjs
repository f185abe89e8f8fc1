// Writes docs/regler.md from the rule catalogue (run by `npm run build`; test/language/rule-docs.test.ts checks it is fresh).
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderRuleDocs } from '../packages/language/out/rules/rule-docs.js';

const target = new URL('../docs/regler.md', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, renderRuleDocs());
