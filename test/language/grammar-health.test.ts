import { EmptyFileSystem, inject, type Grammar, GrammarAST } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { describe, expect, test, vi } from 'vitest';
import {
    ArbejdsevneGeneratedModule, ArbejdsevneGeneratedSharedModule, ArbejdsevneLanguageMetaData, ArbejdsevneModule, checkText,
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
});
