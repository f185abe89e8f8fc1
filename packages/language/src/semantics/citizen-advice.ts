import type * as ast from '../generated/ast.js';
import { conclusionFacts } from './model-access.js';

/**
 * Advice for the text to the citizen: not a rule (design/report.md: readability is advice, not a
 * diagnostic, and the catalogue is the law's), so it never changes an exit code or a draft mark.
 * `tjek` prints it as "råd", `rapport --borgerversion` and the preview of the citizen version show it.
 */
export interface Advice {
    /** 1-based line it is about (the `vurdering` block), when the file has one. */
    line?: number;
    text: string;
}

export const MISSING_TO_CITIZEN = 'Der er ingen `til_borgeren` i `vurdering`, så borgerversionens "Vores vurdering" får kun en standardsætning uden grunde. Skriv med almindelige ord til borgeren (du), hvad I vurderer og hvorfor.';

export function citizenAdvice(root: ast.Assessment): Advice[] {
    const { block, toCitizen } = conclusionFacts(root);
    // Written (a placeholder there is GEN-08's finding), or no conclusion yet (GEN-01's): no advice.
    if (!block || toCitizen) return [];
    return [{ line: block.$cstNode ? block.$cstNode.range.start.line + 1 : undefined, text: MISSING_TO_CITIZEN }];
}
