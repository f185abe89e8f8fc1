import type { RuleCheck } from './rule-engine.js';
import { checkDuplicateBlocks, checkDuplicateNames, checkFixedWords, checkReferences, checkRequiredBlocks } from './structure.js';
import { checkCaseDate, checkDateOrder, checkPlaceholders } from './dates-and-texts.js';
import { checkLegalReferences } from './legal-references.js';
import { checkOutcome } from './outcome.js';
import { checkCitizenAge, checkCpr, checkCprInText } from './citizen.js';
import { checkConversation, checkGoal, checkLifeAreas, checkPreviousMeasures, checkProvision } from './description.js';
import { checkCitizenStatement } from './citizen-voice.js';
import { checkMedicalDocumentation, checkReasonsCiteDocuments } from './medical.js';
import { checkRehabilitationTeam } from './rehabilitation-team.js';
import { checkFleksjob } from './outcome-fleksjob.js';
import { checkFoertidspension } from './outcome-foertidspension.js';
import { checkRessourceforloeb, checkRevalidering } from './outcome-ressourceforloeb.js';
import { checkMeasurePlan } from './measures.js';
import { checkClarification, checkConsent, checkHearing, checkReasons } from './procedure.js';

/** Every check, grouped by rule family (legal-rules.md order); the engine runs them in this order. */
export const ALL_CHECKS: readonly RuleCheck[] = [
    // GEN: structure, references, dates and texts
    checkRequiredBlocks, checkDuplicateBlocks, checkDuplicateNames, checkReferences, checkFixedWords,
    checkCaseDate, checkDateOrder, checkLegalReferences, checkPlaceholders,
    // UDF: outcome and rule set
    checkOutcome,
    // BOR, CPR: the citizen and personal data
    checkCitizenAge, checkCpr, checkCprInText,
    // FD: the description (forberedende del)
    checkLifeAreas, checkGoal, checkProvision, checkPreviousMeasures, checkConversation,
    // BV: the citizen's voice
    checkCitizenStatement,
    // LAE: medical documentation
    checkMedicalDocumentation, checkReasonsCiteDocuments,
    // RT: rehabiliteringsteam
    checkRehabilitationTeam,
    // FJ, FP, RF, REV: the outcomes
    checkFleksjob, checkFoertidspension, checkRessourceforloeb, checkRevalidering,
    // IND: measures
    checkMeasurePlan,
    // AF, PROC: procedure and reasons
    checkClarification, checkHearing, checkReasons, checkConsent,
];
