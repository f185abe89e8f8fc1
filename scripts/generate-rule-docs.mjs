// Writes docs/regler.md from the rule catalogue and docs/sprog.md from the language's guidance and
// word lists (run by `npm run build`; tests check that both are fresh).
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderRuleDocs } from '../packages/language/out/rules/rule-docs.js';
import { renderLanguageGuide } from '../packages/language/out/lsp/language-guide.js';

const docs = new URL('../docs/', import.meta.url);
mkdirSync(docs, { recursive: true });
writeFileSync(new URL('regler.md', docs), renderRuleDocs());
writeFileSync(new URL('sprog.md', docs), renderLanguageGuide());
