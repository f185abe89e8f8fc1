import { EmptyFileSystem, URI } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkText, createArbejdsevneCheckServices } from '@arbejdsevne/language/checker';
import { createTestServices, repoRoot } from '../helpers.js';

/** Every .aev under examples/ (examples, exercises, solutions). */
const examples = readdirSync(path.join(repoRoot, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.aev'))
    .sort();

function checkServices() {
    const services = createArbejdsevneCheckServices(EmptyFileSystem);
    services.config.ConfigProvider.setOverrides({ idag: '2026-11-23' });
    return services;
}

const findings = (diagnostics: { code?: unknown; range: unknown; message: string; severity?: number }[]) =>
    diagnostics.map(d => ({ code: d.code, range: d.range, message: d.message, severity: d.severity }));

// `tjek` runs on the services without the editor; they leave out what only an editor reads (the reference index).
describe('the checker without an editor', () => {
    const editor = createTestServices();
    const checker = checkServices();

    test.each(examples)('finds exactly what the editor finds in %s', async file => {
        const text = readFileSync(path.join(repoRoot, 'examples', file), 'utf8');
        const uri = `file:///eksempler/${file}`;
        const [inEditor, inChecker] = [await checkText(editor, text, uri), await checkText(checker, text, uri)];
        expect(findings(inChecker.diagnostics)).toEqual(findings(inEditor.diagnostics));
        expect(inChecker.document.references.length).toBe(inEditor.document.references.length);
        expect(inChecker.document.references.every(r => r.ref !== undefined || r.error !== undefined)).toBe(true);
    });

    test('builds no reference index; the editor does, with the targets of every mention', async () => {
        const text = readFileSync(path.join(repoRoot, 'examples', 'fie-hansen.aev'), 'utf8');
        const indexed = async (services: ReturnType<typeof checkServices>) => {
            const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder, IndexManager } = services.shared.workspace;
            const uri = URI.parse('file:///eksempler/indeks.aev');
            const document = LangiumDocumentFactory.fromString(text, uri);
            LangiumDocuments.addDocument(document);
            await DocumentBuilder.build([document], { validation: false });
            const barrier = document.references.find(r => r.$refText === 'ryg')!;
            const targets = IndexManager.findAllReferences(barrier.ref!, barrier.$nodeDescription!.path).toArray();
            await DocumentBuilder.update([], [uri]);
            return targets.map(t => `${t.segment.range.start.line + 1} ${t.targetPath}`);
        };
        expect(await indexed(checkServices())).toEqual([]);
        const inEditor = await indexed(createTestServices());
        expect(inEditor.length).toBeGreaterThan(1);
        expect(new Set(inEditor.map(t => t.split(' ')[1])).size).toBe(1);
    });
});
