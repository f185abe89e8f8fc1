import type { Mention, Prose } from '../generated/ast.js';
import { isMention } from '../generated/ast.js';

/** A piece of prose after `"""` indentation stripping: plain text, or a mention of an entry. */
export type ProseSegment = { kind: 'text'; text: string } | { kind: 'mention'; mention: Mention; name: string };

// Private-use characters stand in for mentions while lines are dedented, so mentions keep their place.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * The prose's segments as the writer meant them: for `"""` blocks the line break after the
 * opening quotes and before the closing quotes is dropped and the common indentation removed.
 */
export function proseSegments(prose: Prose | undefined): readonly ProseSegment[] {
    if (!prose) return [];
    // A parsed text never changes (an edit makes a new tree): its segments are worked out once, however many rules read it.
    let segments = SEGMENTS.get(prose);
    if (!segments) SEGMENTS.set(prose, segments = segmentsOf(prose));
    return segments;
}

const SEGMENTS = new WeakMap<Prose, ProseSegment[]>();

function segmentsOf(prose: Prose): ProseSegment[] {
    if (prose.parts.length === 1 && !isMention(prose.parts[0])) {
        // The common case, without mentions: no placeholders to put in and take out.
        const raw = prose.parts[0].value.replace(/\r\n?/g, '\n');
        return [{ kind: 'text', text: prose.multiline ? dedent(raw) : raw }];
    }
    const mentions: Mention[] = [];
    let raw = '';
    for (const part of prose.parts) {
        if (isMention(part)) {
            raw += `${OPEN}${mentions.length}${CLOSE}`;
            mentions.push(part);
        } else {
            raw += part.value;
        }
    }
    raw = raw.replace(/\r\n?/g, '\n');
    if (prose.multiline) raw = dedent(raw);
    const segments: ProseSegment[] = [];
    const pattern = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
    let last = 0;
    for (const match of raw.matchAll(pattern)) {
        if (match.index! > last) segments.push({ kind: 'text', text: raw.slice(last, match.index) });
        const mention = mentions[Number(match[1])];
        segments.push({ kind: 'mention', mention, name: mention.target.$refText });
        last = match.index! + match[0].length;
    }
    if (last < raw.length) segments.push({ kind: 'text', text: raw.slice(last) });
    return segments;
}

/** The prose as written (mentions as `@navn`), indentation stripped. */
export function proseText(prose: Prose | undefined): string {
    if (!prose) return '';
    let text = TEXTS.get(prose);
    if (text === undefined) TEXTS.set(prose, text = proseSegments(prose).map(s => (s.kind === 'text' ? s.text : `@${s.name}`)).join(''));
    return text;
}

const TEXTS = new WeakMap<Prose, string>();

/** The prose with each mention replaced by what `render` makes of it. */
export function proseWith(prose: Prose | undefined, render: (mention: Mention, name: string) => string): string {
    return proseSegments(prose).map(s => (s.kind === 'text' ? s.text : render(s.mention, s.name))).join('');
}

export function dedent(text: string): string {
    let body = text.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '');
    const lines = body.split('\n');
    // A loop, not Math.min(...indents): a spread of 125,000 lines overflows the stack.
    let common = Infinity;
    for (const line of lines) if (line.trim() !== '') common = Math.min(common, /^[ \t]*/.exec(line)![0].length);
    if (common === Infinity) common = 0;
    body = lines.map(l => (l.trim() === '' ? '' : l.slice(common))).join('\n');
    return body;
}

/** Words in a text, for "too short" and "vague" checks. */
export function wordCount(text: string): number {
    return text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
}
