import { describe, expect, test } from 'vitest';
import { COMMON_MISTAKES, WORD_LISTS, renderLanguageGuide } from '@arbejdsevne/language';
import { check, readRepoFile } from '../helpers.js';

describe('docs/sprog.md', () => {
    test('is generated from the guidance and the word lists and up to date (run `npm run build`)', () => {
        expect(readRepoFile('docs/sprog.md')).toBe(renderLanguageGuide());
    });

    test('names every keyword of the grammar and every allowed word', () => {
        const guide = readRepoFile('docs/sprog.md');
        const grammar = readRepoFile('packages/language/src/grammar/arbejdsevne.langium');
        const keywords = [...new Set([...grammar.matchAll(/'([a-zæøå_]+)'/g)].map(m => m[1]))];
        expect(keywords.length).toBeGreaterThan(60);
        for (const keyword of keywords) expect(guide, keyword).toContain(`\`${keyword}\``);
        for (const list of Object.values(WORD_LISTS)) for (const word of list.words) expect(guide, word).toContain(`\`${word}\``);
    });
});

describe('docs/glossary.md', () => {
    test('maps every keyword of the grammar to its type and code', () => {
        const glossary = readRepoFile('docs/glossary.md');
        const grammar = readRepoFile('packages/language/src/grammar/arbejdsevne.langium');
        const keywords = [...new Set([...grammar.matchAll(/'([a-zæøå_]+)'/g)].map(m => m[1]))];
        expect(keywords.filter(keyword => !glossary.includes(`\`${keyword}\``))).toEqual([]);
    });
});

describe('the common mistakes in docs/sprog.md', () => {
    test.each(COMMON_MISTAKES.map(m => [m.written, m] as const))('%s gives the message the guide quotes', async (_written, mistake) => {
        const { diagnostics } = await check(mistake.snippet);
        const messages = diagnostics.map(d => String(d.message));
        expect(messages.some(m => m.startsWith(mistake.says)), messages.join('\n')).toBe(true);
    });
});
