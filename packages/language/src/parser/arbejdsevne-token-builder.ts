import type { IMultiModeLexerDefinition, TokenType, TokenVocabulary } from 'chevrotain';
import { DefaultTokenBuilder, RegExpUtils, type Grammar, type GrammarAST, type TokenBuilderOptions } from 'langium';
import { multiLineText, singleLineText } from './text-token-matcher.js';

/**
 * Splits the grammar's tokens into lexer modes so that prose is lexed as text with real
 * `@mention` tokens inside it (a keyword inside a text is text): a default mode for the structure,
 * one mode inside `"…"`, one inside `"""…"""`, and a one-token mode for a mention's name.
 */
export const TextModeTokens = {
    single: ['Q_CLOSE', 'Q_EOL', 'AT', 'Q_TEXT'],
    triple: ['TQ_CLOSE', 'AT', 'TQ_TEXT'],
    mention: ['MENTION_NAME'],
} as const;

const textOnly = new Set<string>([...TextModeTokens.single, ...TextModeTokens.triple, ...TextModeTokens.mention]);

export class ArbejdsevneTokenBuilder extends DefaultTokenBuilder {
    /** Each terminal's partial pattern, made once: Langium makes it anew for every keyword (a tenth of the parser's start-up). */
    private readonly partialPatterns = new Map<TokenType, RegExp | undefined>();

    /** The terminals a keyword is also a prefix of (Langium's test), only among those of the default mode: a keyword's longer alternative must live in its own mode. */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            if (textOnly.has(token.name)) return false;
            let partial = this.partialPatterns.get(token);
            if (!this.partialPatterns.has(token)) {
                const source = (token.PATTERN as RegExp | undefined)?.source;
                partial = source ? RegExpUtils.partialRegExp(`^${source}$`) : undefined;
                this.partialPatterns.set(token, partial);
            }
            return !!partial && (keyword.value.match(partial)?.[0].length ?? 0) > 0;
        });
    }

    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const byName = new Map(tokens.map(t => [t.name, t]));
        const get = (name: string): TokenType => {
            const token = byName.get(name);
            if (!token) throw new Error(`Token ${name} mangler i grammatikken`);
            return token;
        };
        get('Q_OPEN').PUSH_MODE = 'single';
        get('TQ_OPEN').PUSH_MODE = 'triple';
        get('Q_CLOSE').POP_MODE = true;
        get('TQ_CLOSE').POP_MODE = true;
        get('AT').PUSH_MODE = 'mention';
        get('MENTION_NAME').POP_MODE = true;
        const eol = get('Q_EOL');
        eol.POP_MODE = true;
        // Kept (not skipped) so the lexer can turn it into a closing quote and report it once.
        eol.GROUP = 'hidden';
        for (const name of ['Q_TEXT', 'TQ_TEXT', 'Q_EOL']) get(name).LINE_BREAKS = true;
        get('Q_TEXT').PATTERN = { exec: singleLineText };
        get('TQ_TEXT').PATTERN = { exec: multiLineText };
        // findLongerAlt left only default-mode alternatives; one is given as itself, none as none.
        for (const token of tokens) {
            if (Array.isArray(token.LONGER_ALT)) token.LONGER_ALT = token.LONGER_ALT.length === 1 ? token.LONGER_ALT[0] : token.LONGER_ALT.length ? token.LONGER_ALT : undefined;
        }
        const definition: IMultiModeLexerDefinition = {
            defaultMode: 'default',
            modes: {
                default: tokens.filter(t => !textOnly.has(t.name)),
                single: TextModeTokens.single.map(get),
                triple: TextModeTokens.triple.map(get),
                mention: TextModeTokens.mention.map(get),
            },
        };
        return definition;
    }
}
