import type { RuleCheck } from './rule-engine.js';
import { checkDuplicateBlocks, checkDuplicateNames, checkFixedWords, checkReferences, checkRequiredBlocks } from './structure.js';
import { checkCitizenAge, checkCpr, checkCprInText } from './citizen.js';

/** Every check, grouped by rule family; the engine runs them in this order. */
export const ALL_CHECKS: readonly RuleCheck[] = [
    // GEN: structure and references
    checkRequiredBlocks, checkDuplicateBlocks, checkDuplicateNames, checkReferences, checkFixedWords,
    // BOR, CPR: the citizen and personal data
    checkCitizenAge, checkCpr, checkCprInText,
];
