import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { isValidIsoDate, normalizeDate } from '../semantics/dates.js';

/** Quotation marks Word and Outlook put in: “ ” „ ‟ (not » «, which are text inside a text). */
const CURLY_QUOTES = /[\u201C\u201D\u201E\u201F]/;
export const CURLY_QUOTE_MESSAGE = 'Krumme anførselstegn (“ ” „), fx fra Word: brug lige anførselstegn "…" om en tekst. Hurtigrettelsen retter dem alle.';

/** Errors at offsets in `text`, with 1-based line and column: line starts are found once, so many errors stay cheap. */
function lexingErrorsIn(text: string) {
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    return (offset: number, length: number, message: string) => {
        let low = 0, high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= offset) low = middle; else high = middle - 1;
        }
        return { offset, line: low + 1, column: offset - lineStarts[low] + 1, length, message };
    };
}

/** "Datoen skrives …": the start of the message for a date written with - or /, and what the quick fix finds in it. */
export const WRONG_DATE_MESSAGE = 'Datoen skrives';

function wrongDateMessage(written: string, iso: string): string {
    const [y, m, d] = iso.split('-');
    return `${WRONG_DATE_MESSAGE} ${iso} eller ${Number(d)}.${Number(m)}.${y}, ikke ${written}. Hurtigrettelsen skriver den om.`;
}

/** The ISO date of a date written 14-06-1979, 14/6/1979 or 28/9-2026 (the quick fix). */
export function slashedDateIso(written: string): string | undefined {
    const match = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(written.trim());
    return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : undefined;
}

/** A date written 14-06-1979, 14/6/1979 or 28/9-2026 whose separator is at `offset`: where it starts, and the ISO date. */
function slashedDateAround(text: string, offset: number): { offset: number; written: string; iso: string } | undefined {
    if (text[offset] !== '-' && text[offset] !== '/') return undefined;
    const from = Math.max(0, offset - 6);
    const window = text.slice(from, offset + 9);
    for (const match of window.matchAll(/(?<![\d.-])(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?![\d-])/g)) {
        const start = from + match.index!;
        if (offset < start || offset >= start + match[0].length) continue;
        const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
        return { offset: start, written: match[0], iso };
    }
    return undefined;
}

/**
 * A one-line text without its closing quote ends at the line break: the lexer turns that line
 * break into the closing quote and reports the missing quote once, so the parser goes on cleanly.
 */
export class ArbejdsevneLexer extends DefaultLexer {
    private readonly closeQuote: TokenType;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.closeQuote = this.definition['Q_CLOSE'];
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = this.impossibleDates(this.withPastedForms(text, options));
        const eols = result.hidden.filter(t => t.tokenType.name === 'Q_EOL');
        if (eols.length === 0) return result;
        const closers: IToken[] = eols.map(t => ({ ...t, tokenType: this.closeQuote, tokenTypeIdx: this.closeQuote.tokenTypeIdx!, image: '' }));
        const tokens = [...result.tokens, ...closers].sort((a, b) => a.startOffset - b.startOffset);
        const errors = [...result.errors, ...eols.map(t => ({
            offset: t.startOffset,
            line: t.startLine,
            column: t.startColumn,
            length: 1,
            message: 'Teksten mangler sit afsluttende " på denne linje. Tilføj " til sidst, eller brug """ … """ til tekst over flere linjer.',
        }))];
        return { ...result, tokens, errors, hidden: result.hidden.filter(t => t.tokenType.name !== 'Q_EOL') };
    }

    /**
     * What a caseworker pastes or types from habit, where the language wants otherwise, read as
     * meant with one clear error each (every replacement keeps the length, so every offset holds):
     * - quotes from Word (“…”, „…“) where a text starts or ends: read as straight ones; inside a
     *   text they are typography and stay;
     * - a date written 14-06-1979 or 28/9-2026: read as 14.06.1979; the fix writes it 1979-06-14.
     */
    private withPastedForms(text: string, options?: TokenizeOptions): LexerResult {
        const first = super.tokenize(text, options);
        if (first.errors.length === 0) return first;
        const chars = text.split('');
        const lexingError = lexingErrorsIn(text);
        const errors = [];
        const dateStarts = new Set<number>();
        for (const error of first.errors) {
            for (let i = error.offset; i < error.offset + Math.max(1, error.length); i++) {
                if (CURLY_QUOTES.test(text[i])) {
                    chars[i] = '"';
                    errors.push(lexingError(i, 1, CURLY_QUOTE_MESSAGE));
                }
            }
            // The lexer stops at the first separator of "14-06-1979": the date is around it.
            const date = slashedDateAround(text, error.offset);
            if (date && !dateStarts.has(date.offset)) {
                dateStarts.add(date.offset);
                for (let i = date.offset; i < date.offset + date.written.length; i++) if (chars[i] === '-' || chars[i] === '/') chars[i] = '.';
                errors.push(lexingError(date.offset, date.written.length, wrongDateMessage(date.written, date.iso)));
            }
        }
        if (errors.length === 0) return first;
        const second = super.tokenize(chars.join(''), options);
        return { ...second, errors: [...second.errors, ...errors] };
    }

    /** `2026-02-30` lexes as a date but is none: an error at that date, found while the tokens are at hand. */
    private impossibleDates(result: LexerResult): LexerResult {
        const errors = [];
        for (const token of result.tokens) {
            const type = token.tokenType.name;
            if ((type === 'ISO_DATE' || type === 'DK_DATE') && !isValidIsoDate(normalizeDate(token.image))) {
                errors.push({
                    offset: token.startOffset, line: token.startLine, column: token.startColumn, length: token.image.length,
                    message: `Datoen ${token.image} findes ikke. Skriv en rigtig dato som 2026-11-20 eller 20.11.2026.`,
                });
            }
        }
        return errors.length ? { ...result, errors: [...result.errors, ...errors] } : result;
    }
}
