import { danishLongDate, proseWith } from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import { documentTypeLabel } from './labels.js';

/** Text of the assessment as the report shows it: mentions resolved, dates in Danish. */

/** One rendering per entry: a text that mentions an entry many times stays linear in size. */
const mentionCache = new WeakMap<ast.NamedEntry, string>();

/**
 * A mention as a short reference, so the reasons read as the caseworker wrote them: a document
 * as its kind and date ("LÆ 265, 1. september 2026"), an entry by its first words (»…«). The full
 * texts stand in their own rows of the report.
 */
export function mentionText(mention: ast.Mention): string {
    const target = mention.target.ref;
    if (!target) return mention.target.$refText;
    let rendered = mentionCache.get(target);
    if (rendered === undefined) {
        // An entry whose text mentions itself (or one that mentions it back) meets its name while it is being rendered.
        mentionCache.set(target, `»${target.name}«`);
        // A document of no named kind (`andet`) by its own description: "Andet dokument" tells the reader nothing.
        const kind = ast.isDocument(target) && target.type === 'andet' && target.description ? entryLabel({ name: target.name, text: target.description }, 60) : undefined;
        rendered = ast.isDocument(target)
            ? [kind ?? documentTypeLabel(target.type), danishLongDate(target.date)].filter(Boolean).join(', ')
            : `»${'text' in target && target.text ? entryLabel(target, 60) : target.name}«`;
        mentionCache.set(target, rendered);
    }
    return rendered;
}

export function text(prose: ast.Prose | undefined): string {
    return proseWith(prose, mention => mentionText(mention));
}

/** Running text: the line breaks of the source are wrapping, not meaning (blank lines stay paragraphs). */
export function flowing(prose: ast.Prose | undefined): string {
    return reflow(text(prose));
}

/** A single line break becomes a space; a blank line stays a paragraph break. */
export function reflow(value: string): string {
    return value.replace(/([^\n])\n(?!\n)/g, '$1 ');
}

/**
 * An entry as a reader knows it, short enough for a chart or a matrix: its text up to the first
 * sentence break, at most `max` characters; its id only when it has no text. Ids are the
 * caseworker's handles ("ryg", "bostøtten"), not words for a team or a citizen.
 */
export function entryLabel(entry: { name: string; text?: ast.Prose }, max = 48): string {
    const full = flowing(entry.text).trim();
    if (!full) return entry.name;
    // A search, not a lazy `^(.+?…)` match: that backtracks once per character and overflows the stack on a long text.
    // "9. klasse" and "kl. 8" are not the end of a sentence: a full stop after a digit or a common abbreviation is not.
    const end = full.slice(1).search(/(?<!\d|\b(?:kl|fx|ca|nr|jf|mv|osv|evt|dvs|inkl|stk|pkt|tlf|mdr|bl\.a|f\.eks))[.;:!?](\s|$)/u);
    const first = end < 0 ? full : full.slice(0, end + 2);
    const cut = first.length <= max ? first : `${first.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
    // A label shorter than its text says so ("…"): the full text stands in its own row.
    const label = cut.replace(/[.;:]$/u, '');
    return label.length < full.replace(/[.;:]$/u, '').length && !label.endsWith('…') ? `${label} …` : label;
}

export function lineOf(node: { $cstNode?: { range: { start: { line: number } } } } | undefined): number | undefined {
    return node?.$cstNode ? node.$cstNode.range.start.line + 1 : undefined;
}

export function period(p: { from: string; to?: string; open?: boolean } | undefined): string {
    if (!p) return '';
    return `${danishLongDate(p.from)} – ${p.open ? 'nu' : danishLongDate(p.to)}`;
}

/** "Virksomhedspraktik: Praktik på lager", but not "Virksomhedspraktik: Virksomhedspraktik på lager": each thing said once. */
export function typed(label: string, text: string): string {
    const firstWord = (value: string) => /^[\p{L}\d]+/u.exec(value)?.[0].toLowerCase() ?? '';
    return !text || firstWord(text) === firstWord(label) ? text || label : `${label}: ${text}`;
}
