import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { isValidIsoDate, normalizeDate } from '../semantics/dates.js';

/** Quotation marks Word and Outlook put in: “ ” „ ‟ (not » «, which are text inside a text). */
const CURLY_QUOTES = /[\u201C\u201D\u201E\u201F]/;
export const CURLY_QUOTE_MESSAGE = 'Krumme anførselstegn (“ ” „), fx fra Word: brug lige anførselstegn "…" om en tekst. Hurtigrettelsen retter dem alle.';

function curlyQuoteError(text: string, offset: number) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { offset, line, column, length: 1, message: CURLY_QUOTE_MESSAGE };
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
        const result = this.impossibleDates(this.withCurlyQuotes(text, options));
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
     * Quotes pasted from Word (“…”, „…“) where a text should start or end are read as straight
     * ones, one error each: the text parses as meant, and the quick fix makes them straight (one
     * character each, so every offset holds). Inside a text they are typography, and stay.
     */
    private withCurlyQuotes(text: string, options?: TokenizeOptions): LexerResult {
        const first = super.tokenize(text, options);
        if (!CURLY_QUOTES.test(text)) return first;
        const stray: number[] = [];
        for (const error of first.errors) {
            for (let i = error.offset; i < error.offset + Math.max(1, error.length); i++) if (CURLY_QUOTES.test(text[i])) stray.push(i);
        }
        if (stray.length === 0) return first;
        const chars = [...text.split('')];
        for (const i of stray) chars[i] = '"';
        const second = super.tokenize(chars.join(''), options);
        return { ...second, errors: [...second.errors, ...stray.map(i => curlyQuoteError(text, i))] };
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
