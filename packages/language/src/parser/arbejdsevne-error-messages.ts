import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';

/** What a token is called in a Danish message. */
const TOKEN_DESCRIPTIONS: Record<string, string> = {
    ISO_DATE: 'en dato (fx 2026-11-20)',
    DK_DATE: 'en dato (fx 2026-11-20)',
    INT: 'et tal',
    ID: 'et navn',
    MENTION_NAME: 'et navn efter @',
    Q_OPEN: 'en tekst i anførselstegn ("…")',
    TQ_OPEN: 'en tekst i anførselstegn ("…")',
    Q_CLOSE: 'et afsluttende "',
    TQ_CLOSE: 'et afsluttende """',
    Q_TEXT: 'tekst',
    TQ_TEXT: 'tekst',
    AT: '@',
    EOF: 'slutningen af filen',
};

export function describeToken(type: TokenType): string {
    return TOKEN_DESCRIPTIONS[type.name] ?? `'${type.name}'`;
}

export function describeFound(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === undefined) return 'slutningen af filen';
    if (token.image === '') return 'linjeskift';
    const image = token.image.length > 40 ? token.image.slice(0, 37) + '…' : token.image;
    return `'${image.replace(/\r?\n/g, '↵')}'`;
}

/** Lists the expected tokens once each; when a name is possible, keywords are names too. */
export function describeExpected(types: TokenType[]): string {
    const names = new Set(types.map(t => t.name));
    const descriptions: string[] = [];
    const acceptsName = names.has('ID');
    for (const type of types) {
        const isKeyword = !(type.name in TOKEN_DESCRIPTIONS);
        if (acceptsName && isKeyword && /^[\p{L}_]/u.test(type.name)) continue;
        const text = describeToken(type);
        if (!descriptions.includes(text)) descriptions.push(text);
    }
    if (descriptions.length <= 1) return descriptions[0] ?? 'noget andet';
    const shown = descriptions.slice(0, 10);
    const more = descriptions.length > shown.length ? ' …' : '';
    return `et af: ${shown.slice(0, -1).join(', ')} eller ${shown[shown.length - 1]}${more}`;
}

export class ArbejdsevneParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Forventede ${describeToken(options.expected)}, men fandt ${describeFound(options.actual)}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Uventet ${describeFound(options.firstRedundant)} her. En blok starter med sit navn, fx \`borger {\`; tjek om en } mangler eller står én for meget.`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter(Boolean);
        return `Forventede ${describeExpected(firsts)}, men fandt ${describeFound(options.actual[0])}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return `Forventede ${describeExpected(firsts)}, men fandt ${describeFound(options.actual[0])}.`;
    }
}

export class ArbejdsevneLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + Math.max(1, Math.min(length, 1)));
        const hint = text === "'" ? ' Tekst skrives i dobbelte anførselstegn: "…".' : '';
        return `Uventet tegn '${text}'.${hint}`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Uventet ${describeFound(token)}.`;
    }
}
