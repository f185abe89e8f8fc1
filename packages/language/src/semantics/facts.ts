import type * as ast from '../generated/ast.js';
import { UDFALD, type Udfald } from '../legal/enumerations.js';
import { regimeById, regimeForDate, type Regime } from '../legal/regimes.js';
import { parseCpr } from './cpr.js';
import { ageOn, isValidIsoDate } from './dates.js';
import { caseFacts, citizenFacts, conclusionFacts } from './model-access.js';

/** The facts every rule, the hover and the report share, computed once per document. */
export interface Facts {
    /** The rule set in force on `sag.dato` (or `sag.regelsæt`, or an override). */
    regime: Regime;
    caseDate?: string;
    /** Grant date of a running forløb (`sag.bevilget`), where the language has it. */
    grantDate?: string;
    /** `vurdering.indstilling`, else `sag.formål` (the convention of docs/regler.md). */
    outcome?: Udfald;
    outcomeNode?: ast.Recommendation | ast.Purpose;
    birthDate?: string;
    age?: number;
}

export function isOutcome(word: string | undefined): word is Udfald {
    return word !== undefined && (UDFALD as readonly string[]).includes(word);
}

/** Facts derived from the AST alone (no configuration but the rule-set override). */
export function computeFacts(root: ast.Assessment, ruleSetOverride?: string): Facts {
    const kase = caseFacts(root);
    const conclusion = conclusionFacts(root);
    const caseDate = isValidIsoDate(kase.date?.value) ? kase.date!.value : undefined;
    const fromText = kase.ruleSet ? rawProse(kase.ruleSet.value) : undefined;
    const regime = regimeById(ruleSetOverride) ?? regimeById(fromText) ?? regimeForDate(caseDate);
    let outcome: Udfald | undefined;
    let outcomeNode: ast.Recommendation | ast.Purpose | undefined;
    if (conclusion.recommendation) {
        if (isOutcome(conclusion.recommendation.value)) {
            outcome = conclusion.recommendation.value;
            outcomeNode = conclusion.recommendation;
        }
    } else if (isOutcome(kase.purpose?.value)) {
        outcome = kase.purpose!.value as Udfald;
        outcomeNode = kase.purpose;
    }
    // An impossible birth date (after the case date, or an age over MAX_AGE) is GEN-06's finding; no rule or report reads an age from it.
    let birthDate = writtenBirthDate(root);
    if (birthDate && caseDate && !plausibleBirthDate(birthDate, caseDate)) birthDate = undefined;
    const age = birthDate && caseDate ? ageOn(birthDate, caseDate) : undefined;
    const grantDate = isValidIsoDate(kase.grantDate?.value) ? kase.grantDate!.value : undefined;
    return { regime, caseDate, grantDate, outcome, outcomeNode, birthDate, age };
}

/** No citizen is older than this on the case date: an older age is a mistyped birth date. */
export const MAX_AGE = 120;

/** The citizen's birth date as written: `fødselsdato`, or the date in a valid CPR number. */
export function writtenBirthDate(root: ast.Assessment): string | undefined {
    const citizen = citizenFacts(root);
    if (isValidIsoDate(citizen.birthDate?.value)) return citizen.birthDate!.value;
    if (!citizen.cpr) return undefined;
    const cpr = parseCpr(rawProse(citizen.cpr.value));
    return cpr.valid ? cpr.birthDate : undefined;
}

/** Born on or before the case date, and at most MAX_AGE years old on it. */
export function plausibleBirthDate(birthDate: string, caseDate: string): boolean {
    return birthDate <= caseDate && (ageOn(birthDate, caseDate) ?? 0) <= MAX_AGE;
}

/** The prose as written on one line, mentions as `@name` (for short values: rule set, cpr). */
function rawProse(prose: ast.Prose | undefined): string {
    return prose?.parts.map(p => ('value' in p ? p.value : `@${p.target.$refText}`)).join('') ?? '';
}
