/**
 * The checker without the editor features: what `arbejdsevne tjek` needs, and nothing that loads
 * `langium/lsp` or vscode-languageserver (`@arbejdsevne/language/checker`). The package's main
 * entry has all of this and the editor features besides.
 */
export { createArbejdsevneCheckServices, type ArbejdsevneServices } from './arbejdsevne-core-module.js';
export { checkText, checkTexts } from './document-service.js';
export type { ArbejdsevneConfig } from './config.js';
export { SEVERITY_WORDS_HELP, parseSeveritySetting } from './config.js';
export { INPUT_LIMIT_BYTES, MORE_FINDINGS, TOO_LARGE, tooLargeMessage } from './limits.js';
export { REGIME_IDS } from './legal/regimes.js';
export { PROFILES, type Profile } from './rules/rule.js';
export { RULES, isRuleId } from './rules/catalogue.js';
export { INTERNAL_ERROR } from './rules/engine.js';
export { SYNTAX } from './validation/arbejdsevne-document-validator.js';
export { citizenAdvice, type Advice } from './semantics/citizen-advice.js';
export { CONFIG_PROBLEM } from './validation/arbejdsevne-validator.js';
