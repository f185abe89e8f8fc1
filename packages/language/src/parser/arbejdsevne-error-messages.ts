import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { GrammarAST, type Grammar } from 'langium';

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

/** What may start each statement of a block, derived from the grammar so it cannot go stale. */
export function blockStatements(grammar: Grammar): Map<string, { keyword: string; statements: string[] }> {
    const result = new Map<string, { keyword: string; statements: string[] }>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || !GrammarAST.isGroup(rule.definition)) continue;
        const elements = rule.definition.elements;
        const brace = elements.findIndex(e => GrammarAST.isKeyword(e) && e.value === '{');
        const keyword = elements.find(GrammarAST.isKeyword);
        const body = elements[brace + 1];
        if (brace < 0 || !keyword || !body) continue;
        result.set(rule.name, { keyword: keyword.value, statements: [...new Set(firstKeywords(body, new Set()))] });
    }
    return result;
}

function firstKeywords(element: GrammarAST.AbstractElement | undefined, seen: Set<unknown>): string[] {
    if (!element || seen.has(element)) return [];
    seen.add(element);
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(e => firstKeywords(e, seen));
    if (GrammarAST.isGroup(element)) return firstKeywords(element.elements.find(e => !GrammarAST.isAction(e)), seen);
    if (GrammarAST.isAssignment(element)) return firstKeywords(element.terminal, seen);
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (GrammarAST.isParserRule(rule)) {
            // A statement that starts with a word (forsørgelse) is described, not listed.
            if (rule.name === 'Word' || rule.name === 'Name') return ['<ydelse> <dato> til <dato eller nu>'];
            return firstKeywords(rule.definition, seen);
        }
    }
    return [];
}

const isWordToken = (token: IToken | undefined) => !!token?.image && /^[\p{L}_][\p{L}\p{N}_]*$/u.test(token.image);

/**
 * What to write instead, for the slips a caseworker makes most: a form code with a space (`LÆ 265`)
 * and a name of several words. Undefined when there is no better advice than the plain message.
 */
export function syntaxHint(actual: IToken | undefined, previous: IToken | undefined, expected: string): string | undefined {
    if (previous && actual && /^L[ÆE]$/i.test(previous.image) && /^\d{3}$/.test(actual.image)) {
        return `Dokumenttypen skrives ${previous.image.toUpperCase()}${actual.image} uden mellemrum, fx \`dokument lægeattest: LÆ${actual.image} 2026-09-01 "…"\`.`;
    }
    // `barriere ingen uddannelse:` too: "ingen" is a keyword (`ingen: "…"`), but never followed by a word.
    if (expected === "':'" && (previous?.tokenType.name === 'ID' || previous?.image === 'ingen') && isWordToken(actual)) {
        return `Et navn skrives i ét ord uden mellemrum: brug _ mellem ordene, fx \`${previous!.image}_${actual!.image}\`.`;
    }
    return undefined;
}

export class ArbejdsevneParserErrorMessageProvider implements IParserErrorMessageProvider {
    private readonly blocks: Map<string, { keyword: string; statements: string[] }>;

    constructor(grammar: Grammar) {
        this.blocks = blockStatements(grammar);
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        // Langium marks rule names with a zero-width space.
        const block = this.blocks.get(options.ruleName.replace(/\u200B/g, ''));
        if (block && options.expected.name === '}' && options.actual.tokenType?.name !== 'EOF') {
            return `Uventet ${describeFound(options.actual)} i blokken ${block.keyword}. Her kan stå: ${block.statements.join(', ')} – eller } for at afslutte blokken.`;
        }
        // Between blocks only a block may start: what stands there is unexpected, not a missing end of file.
        if (options.expected.name === 'EOF') return this.buildNotAllInputParsedMessage({ firstRedundant: options.actual, ruleName: options.ruleName });
        const expected = describeToken(options.expected);
        return syntaxHint(options.actual, options.previous, expected) ?? `Forventede ${expected}, men fandt ${describeFound(options.actual)}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Uventet ${describeFound(options.firstRedundant)} her. En blok starter med sit navn, fx \`borger {\`; tjek om en } mangler eller står én for meget.`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0])).filter(Boolean);
        const expected = describeExpected(firsts);
        return syntaxHint(options.actual[0], options.previous, expected) ?? `Forventede ${expected}, men fandt ${describeFound(options.actual[0])}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        const expected = describeExpected(firsts);
        return syntaxHint(options.actual[0], options.previous, expected) ?? `Forventede ${expected}, men fandt ${describeFound(options.actual[0])}.`;
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
