import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { isValidIsoDate, normalizeDate } from '../semantics/dates.js';

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
        const result = this.impossibleDates(super.tokenize(text, options));
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
