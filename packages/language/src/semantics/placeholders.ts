import { MASKED_CPR } from '../privacy/cpr-policy.js';

/**
 * What marks a text as not written yet: a placeholder word anywhere in it (udfyldes, TODO, xxx,
 * ???, in any case, whatever follows), or a text that is only a stand-in ("ukendt", "…", "-").
 * The one definition, read by GEN-08 and by the citizen version (which never shows such a text).
 * "udfyldes" is what every skeleton and quick fix writes; a caseworker who means the verb writes
 * "skal skrives" or "udfyldt".
 */
const PLACEHOLDER_WORD = /(^|[^\p{L}\d])(todo|udfyldes|x{3,}|\?{3,})(?=$|[^\p{L}\d])/iu;
const STAND_IN = /^\s*(udfyldes|ukendt|mangler|afklares|tbd|\.\.\.|…|-+)\s*[.!]?\s*$/iu;

export function isPlaceholderText(text: string): boolean {
    // A masked CPR number (010190-XXXX) is not a placeholder.
    const masked = /[xX]{4}/.test(text) ? text.replace(MASKED_CPR, '') : text;
    if (masked.trim() === '') return true;
    // The cheap test first: most texts hold none of the placeholder letters.
    return (/todo|xxx|udfyldes|\?\?\?/i.test(masked) && PLACEHOLDER_WORD.test(masked)) || STAND_IN.test(masked);
}
