import { describe, expect, test } from 'vitest';
import { canonical, check, readRepoFile } from '../helpers.js';

describe('the canonical example (language.md)', () => {
    test('examples/fie-hansen.aev is the example of language.md, verbatim', () => {
        const design = readRepoFile('../shared/design/language.md');
        const start = design.indexOf('```aev\n') + '```aev\n'.length;
        expect(canonical).toBe(design.slice(start, design.indexOf('```', start)));
    });

    test('parses, links and validates with zero diagnostics', async () => {
        const { document, diagnostics } = await check(canonical);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(diagnostics).toEqual([]);
        expect(document.parseResult.value.blocks).toHaveLength(14);
    });
});
