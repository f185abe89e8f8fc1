import { DefaultTokenBuilder, EmptyFileSystem, inject, type Grammar, GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { describe, expect, test, vi } from 'vitest';
import {
    ArbejdsevneGeneratedModule, ArbejdsevneGeneratedSharedModule, ArbejdsevneLanguageMetaData, ArbejdsevneModule, TextModeTokens, checkText,
    type ArbejdsevneServices,
} from '@arbejdsevne/language';
import { canonical } from '../helpers.js';

/** Services whose parser and lexer run chevrotain's self-checks (development mode). */
function developmentServices(): ArbejdsevneServices {
    const shared = inject(createDefaultSharedModule(EmptyFileSystem), ArbejdsevneGeneratedSharedModule);
    const language = inject(createDefaultModule({ shared }), ArbejdsevneGeneratedModule, ArbejdsevneModule, {
        LanguageMetaData: () => ({ ...ArbejdsevneLanguageMetaData, mode: 'development' as const }),
    }) as unknown as ArbejdsevneServices;
    shared.ServiceRegistry.register(language);
    return language;
}

describe('grammar health', () => {
    test('no ambiguity warnings and no lexer or parser self-check complaints', async () => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
        const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const services = developmentServices();
            const { document } = await checkText(services, canonical);
            expect(document.parseResult.parserErrors).toEqual([]);
            const messages = [...warn.mock.calls, ...log.mock.calls, ...error.mock.calls].map(c => c.join(' '));
            expect(messages.filter(m => /ambigu/i.test(m))).toEqual([]);
            expect(messages).toEqual([]);
        } finally {
            warn.mockRestore();
            log.mockRestore();
            error.mockRestore();
        }
    });

    test('the Name rule lists every identifier-shaped keyword, so any keyword can be an id', () => {
        const grammar = (developmentServices() as unknown as { Grammar: Grammar }).Grammar;
        const keywordsIn = (node: unknown): string[] => {
            const found: string[] = [];
            const visit = (n: unknown) => {
                if (!n || typeof n !== 'object') return;
                if (GrammarAST.isKeyword(n)) found.push(n.value);
                for (const [key, value] of Object.entries(n)) {
                    if (key.startsWith('$')) continue;
                    if (Array.isArray(value)) value.forEach(visit);
                    else if (value && typeof value === 'object' && '$type' in value) visit(value);
                }
            };
            visit(node);
            return found;
        };
        const nameRule = grammar.rules.find(r => r.name === 'Name')!;
        const inName = new Set(keywordsIn(nameRule));
        const all = new Set(grammar.rules.filter(r => r.name !== 'Name').flatMap(keywordsIn).filter(k => /^[\p{L}_][\p{L}\d_]*$/u.test(k)));
        expect([...all].filter(k => !inName.has(k)).sort()).toEqual([]);
        expect([...inName].filter(k => !all.has(k)).sort()).toEqual([]);
    });

    test('each keyword has the longer alternatives Langium would give it (the partial patterns are only made once)', () => {
        const services = developmentServices() as unknown as { Grammar: Grammar; parser: { TokenBuilder: DefaultTokenBuilder } };
        // Tokens of the text modes never follow a keyword there (arbejdsevne-token-builder.ts).
        const textOnly = new Set(Object.values(TextModeTokens).flat() as string[]);
        const alternatives = (tokens: TokenType[]) => Object.fromEntries(tokens.filter(t => typeof t.PATTERN === 'string')
            .map(t => [t.name, [t.LONGER_ALT ?? []].flat().map(a => a.name).filter(n => !textOnly.has(n)).sort()]));
        const ours = services.parser.TokenBuilder.buildTokens(services.Grammar) as unknown as { modes: { default: TokenType[] } };
        const langiums = new DefaultTokenBuilder().buildTokens(services.Grammar) as TokenType[];
        const expected = alternatives(langiums);
        expect(Object.keys(expected).length).toBeGreaterThan(50);
        expect(alternatives(ours.modes.default)).toEqual(expected);
        // A keyword written as an identifier (e.g. "ressource") must still lex as ID when longer ("ressourcer").
        expect(expected['ressource']).toEqual(['ID']);
    });
});
