import fc from 'fast-check';
import { URI, type CstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { reparseBlock, type Assessment } from '@arbejdsevne/language';
import { canonical, check, createTestServices, readRepoFile } from '../helpers.js';

/**
 * An edit inside one block parses only that block (parser/block-reparse.ts). After every edit of a
 * random sequence, the document the workspace keeps must equal a full parse of the same text: the
 * same findings (rule, range, message), the same tree, the same syntax tree (every leaf's text,
 * offset and range).
 */

const services = createTestServices();
const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;

function leaves(node: CstNode | undefined, out: string[] = []): string[] {
    if (!node) return out;
    if ('content' in node) for (const child of (node as unknown as { content: CstNode[] }).content) leaves(child, out);
    else out.push(`${node.offset}+${node.length} ${node.range.start.line}:${node.range.start.character}-${node.range.end.line}:${node.range.end.character} ${node.hidden ? 'h' : ''}${JSON.stringify(node.text)}`);
    return out;
}

function tree(root: Assessment): string {
    return services.serializer.JsonSerializer.serialize(root, { space: 0 });
}

function findings(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();
}

/** An edit inside the text of a random line: insert or delete a few characters. */
// Mostly typing (letters, digits, spaces, deletions); now and then a character that breaks the syntax.
const editArbitrary = fc.record({
    at: fc.nat(),
    remove: fc.integer({ min: 0, max: 3 }),
    insert: fc.oneof({ arbitrary: fc.constantFrom('', 'a', 'ø', ' ', 'x y', '12'), weight: 8 }, { arbitrary: fc.constantFrom('"', '}', '\n', '@ryg ', 'æ\n'), weight: 1 }),
});

async function runSequence(start: string, edits: Array<{ at: number; remove: number; insert: string }>): Promise<number> {
    const uri = URI.parse(`memory:/inkrementel-${Math.random().toString(36).slice(2)}.aev`);
    let text = start;
    let version = 1;
    let textDocument = TextDocument.create(uri.toString(), 'arbejdsevne', version, text);
    // As an editor does it: the open text document is the workspace's, and each edit a new version of it.
    const TextDocuments = services.shared.workspace.TextDocuments as unknown as { set(d: TextDocument): void; delete(uri: string): void };
    TextDocuments.set(textDocument);
    const document = LangiumDocumentFactory.fromTextDocument(textDocument, uri) as LangiumDocument<Assessment>;
    LangiumDocuments.addDocument(document);
    let reparsed = 0;
    try {
        await DocumentBuilder.build([document], { validation: true });
        for (const edit of edits) {
            const at = edit.at % (text.length + 1);
            text = text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
            textDocument = TextDocument.create(uri.toString(), 'arbejdsevne', ++version, text);
            TextDocuments.set(textDocument);
            const before = document.parseResult.value;
            await DocumentBuilder.update([uri], []);
            const incremental = document.parseResult.value !== before && document.parseResult.value.$cstNode?.root === before.$cstNode?.root;
            if (incremental) reparsed++;
            const full = await check(text, services);
            expect(findings(document.diagnostics ?? [])).toEqual(findings(full.diagnostics));
            expect(tree(document.parseResult.value)).toEqual(tree(full.document.parseResult.value as Assessment));
            expect(leaves(document.parseResult.value.$cstNode)).toEqual(leaves(full.document.parseResult.value.$cstNode));
        }
    } finally {
        TextDocuments.delete(uri.toString());
        await DocumentBuilder.update([], [uri]);
    }
    return reparsed;
}

describe('an edit inside one block parses only that block, and the result equals a full parse', () => {
    test('typing into the goal and a barrier of the canonical example reparses one block per keystroke', async () => {
        const goal = canonical.indexOf('mål: "') + 'mål: "'.length;
        const barrier = canonical.indexOf('Angst i nye');
        const edits = [
            ...'abc'.split('').map((c, i) => ({ at: goal + i, remove: 0, insert: c })),
            // The barrier stands three characters later now.
            { at: barrier + 3, remove: 5, insert: 'Frygt' },
            { at: barrier + 3, remove: 0, insert: 'Stor ' },
            // A line break inside a one-line text is a syntax error: a full parse, with the same result.
            { at: barrier + 3, remove: 0, insert: '\n' },
        ];
        expect(await runSequence(canonical, edits)).toBe(5);
    });

    test('random edit sequences on two examples', async () => {
        let edits = 0;
        let reparsed = 0;
        for (const start of [canonical, readRepoFile('examples/mads-nielsen-jobafklaring.aev')]) {
            await fc.assert(fc.asyncProperty(fc.array(editArbitrary, { minLength: 1, maxLength: 12 }), async sequence => {
                edits += sequence.length;
                reparsed += await runSequence(start, sequence);
            }), { numRuns: Number(process.env.FUZZ_RUNS ?? 25), seed: 20261205 });
        }
        // The property is about equality; this says the incremental path was taken often enough to be tested.
        expect(reparsed).toBeGreaterThan(edits / 10);
    }, 120_000);

    test('reparseBlock declines an edit across two blocks', async () => {
        const { document } = await check(canonical);
        const parser = services.parser.LangiumParser;
        const from = canonical.indexOf('}\n\nsag {');
        const edited = canonical.slice(0, from) + canonical.slice(from + 2);
        expect(reparseBlock(parser, document.parseResult as never, canonical, edited)).toBeUndefined();
    });
});
