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
    // A one-line text without mentions (most of them) is cheap to read again. A text with mentions or
    // over several lines (a begrundelse) is read by many rules: its segments are worked out once and
    // kept on the node under a symbol (never serialised or walked). Caching every text instead raised
    // the peak memory of `tjek` on 10,000 files from about 250 to 370-660 MB.
    if (isSimple(prose)) return [{ kind: 'text', text: simpleText(prose) }];
    const cached = prose as Prose & { [SEGMENTS]?: ProseSegment[] };
    return cached[SEGMENTS] ??= segmentsOf(prose);
}

const SEGMENTS = Symbol('segments');
const TEXT = Symbol('text');

function isSimple(prose: Prose): boolean {
    return !prose.multiline && prose.parts.length === 1 && !isMention(prose.parts[0]);
}

function simpleText(prose: Prose): string {
    const value = (prose.parts[0] as { value: string }).value;
    return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value;
}

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
    if (isSimple(prose)) return simpleText(prose);
    const cached = prose as Prose & { [TEXT]?: string };
    return cached[TEXT] ??= proseSegments(prose).map(s => (s.kind === 'text' ? s.text : `@${s.name}`)).join('');
}

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
