import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { canonical, check, readRepoFile } from '../helpers.js';

describe('the canonical example', () => {
    test('examples/fie-hansen.aev is the example of the language design, byte for byte, and docs/sprog.md points to it', () => {
        // The file is the project's single copy of the design's example (design/language.md, 2026-11), with the
        // `ønsker` line revision 3 of the rule catalogue adds (design/legal-rules-rev3.md, FD-13).
        // A deliberate change to the contract changes this digest in the same commit.
        expect(createHash('sha256').update(canonical).digest('hex')).toBe('6f65b47f246799d17c1528cfbde20a21254124459f711c0863afab580ba5a6ea');
        expect(readRepoFile('docs/sprog.md')).toContain('Et helt eksempel er `examples/fie-hansen.aev`.');
    });

    test('parses, links and validates with zero diagnostics', async () => {
        const { document, diagnostics } = await check(canonical);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(diagnostics).toEqual([]);
        expect(document.parseResult.value.blocks).toHaveLength(14);
    });
});
