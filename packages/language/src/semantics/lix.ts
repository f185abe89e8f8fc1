/**
 * LIX, the Danish readability index (Björnsson): words per sentence plus the percentage of long
 * words (more than six letters). Up to 34 is "let", 35–44 "middel", 45 and above "svær". Used for
 * the citizen version and shown while writing `til_borgeren` (advice, not a rule).
 */
export interface Readability {
    lix: number;
    /** The longest sentence, for the caseworker to shorten first. */
    longestSentence: string;
    label: 'let' | 'middel' | 'svær';
}

export function readability(text: string): Readability {
    const sentences = text.split(/(?<=[.!?:;])\s+|\n+/).map(s => s.trim()).filter(s => /[\p{L}\p{N}]/u.test(s));
    const words = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
    if (words.length === 0) return { lix: 0, longestSentence: '', label: 'let' };
    const long = words.filter(w => [...w].filter(c => /\p{L}/u.test(c)).length > 6).length;
    const lix = Math.round(words.length / Math.max(1, sentences.length) + (100 * long) / words.length);
    const longestSentence = sentences.reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a), '');
    return { lix, longestSentence, label: lix < 35 ? 'let' : lix < 45 ? 'middel' : 'svær' };
}

/** The readability in words for a caseworker (the hover on `til_borgeren`, the citizen version's preview). */
export function readabilityNote(r: Readability, strong: (text: string) => string = text => text): string {
    const longest = r.lix >= 35 && r.longestSentence ? ` Længste sætning: "${r.longestSentence}"` : '';
    return `LIX ${strong(String(r.lix))} (${r.label}; under 35 er let at læse).${longest}`;
}
