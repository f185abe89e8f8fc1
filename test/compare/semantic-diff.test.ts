import { describe, expect, test } from 'vitest';
import { compareAssessments, type Assessment, type SemanticChange } from '@arbejdsevne/language';
import { canonical, check, createTestServices, readRepoFile } from '../helpers.js';

/** Pairs of versions made from the examples, each with the exact list of changes a caseworker would name. */

async function tree(text: string): Promise<Assessment> {
    const { document } = await check(text);
    expect(document.parseResult.parserErrors).toEqual([]);
    return document.parseResult.value as Assessment;
}

async function changes(before: string, after: string): Promise<SemanticChange[]> {
    return compareAssessments(await tree(before), await tree(after));
}

/** What the list says, without the lines: kind, block, name. */
function summary(list: SemanticChange[]): string[] {
    return list.map(c => `${c.kind} ${c.block} ${c.name}`);
}

async function formatted(text: string): Promise<string> {
    const services = createTestServices();
    const { document } = await check(text, services);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    return TextDocument.applyEdits(TextDocument.create('memory:/f.aev', 'arbejdsevne', 1, text), edits);
}

describe('compare two versions by meaning', () => {
    test('a file compared with itself, with its formatted self, or with its comments and order changed: no changes', async () => {
        expect(await changes(canonical, canonical)).toEqual([]);
        const messy = canonical.replace('    navn: "Fie Hansen"', '  navn :   "Fie Hansen"   // ringede i går').replace('ressource søster:', '\n\n    ressource søster:');
        expect(messy).not.toBe(canonical);
        expect(await changes(canonical, messy)).toEqual([]);
        expect(await changes(canonical, await formatted(messy))).toEqual([]);
        // Entries and blocks in another order; attributes of an entry in another order.
        const reordered = canonical
            .replace('    barriere ryg: "Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest\n    barriere angst: "Angst i nye sociale situationer" kilde psykiater\n',
                '    barriere angst: "Angst i nye sociale situationer" kilde psykiater\n    barriere ryg: "Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest\n');
        expect(reordered).not.toBe(canonical);
        expect(await changes(canonical, reordered)).toEqual([]);
        const mads = readRepoFile('examples/mads-nielsen-jobafklaring.aev');
        const blocksSwapped = mads.replace(/(sygeforløb \{[\s\S]*?\n\}\n\n)(forsørgelse \{[\s\S]*?\n\}\n\n)/, '$2$1');
        expect(blocksSwapped).not.toBe(mads);
        expect(await changes(mads, blocksSwapped)).toEqual([]);
    });

    test('a barrier added: one addition, with its block, name and line', async () => {
        const after = canonical.replace('    barriere angst:', '    barriere søvn: "Sover dårligt efter smerter om natten" kilde lægeattest\n    barriere angst:');
        const list = await changes(canonical, after);
        expect(list).toEqual([{
            kind: 'added', block: 'helbred', name: 'søvn', entry: 'barriere', after: 'barriere søvn: "Sover dårligt efter smerter om natten" kilde lægeattest',
            wordsAfter: 'Sover dårligt efter smerter om natten',
            lineAfter: after.split('\n').findIndex(l => l.includes('barriere søvn')) + 1,
        }]);
    });

    test('a later document and a changed skånehensyn: an addition and a field with before and after', async () => {
        const after = canonical
            .replace('    dokument psykiater:', '    dokument praktik2026: praktikrapport 2026-11-15 "Rapport fra praktik i salon"\n    dokument psykiater:')
            .replace('skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"', 'skånehensyn: "Pauser hver halve time; ikke stående arbejde over en time"');
        const list = await changes(canonical, after);
        expect(summary(list)).toEqual(['added dokumentation praktik2026', 'changed vurdering skånehensyn']);
        expect(list[1]).toMatchObject({ before: 'skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"', after: 'skånehensyn: "Pauser hver halve time; ikke stående arbejde over en time"' });
        expect(list[1].entry).toBeUndefined();
    });

    test('a rename is one change, and the references that follow it are no changes', async () => {
        // What "Omdøb" in the editor does: the entry and every reference to it.
        const after = canonical.replace(/\bryg\b/g, 'lænd');
        expect(after.match(/\blænd\b/g)!.length).toBeGreaterThan(2);
        const list = await changes(canonical, after);
        expect(list).toEqual([expect.objectContaining({ kind: 'renamed', block: 'helbred', name: 'lænd', entry: 'barriere', before: 'ryg', after: 'lænd' })]);
    });

    test('a removal, a changed conclusion and a changed stance', async () => {
        const after = canonical
            .replace('    barriere angst: "Angst i nye sociale situationer" kilde psykiater\n', '')
            .replace('indstilling: fleksjob', 'indstilling: ressourceforløb')
            .replace('borgerens_vurdering 2026-11-10 """', 'borgerens_vurdering 2026-11-10 uenig """');
        const list = await changes(canonical, after);
        expect(summary(list)).toEqual(['changed borgerens_vurdering borgerens_vurdering', 'changed vurdering indstilling', 'removed helbred angst']);
        expect(list[2]).toMatchObject({ entry: 'barriere', lineBefore: canonical.split('\n').findIndex(l => l.includes('barriere angst')) + 1 });
        expect(list[1]).toMatchObject({ before: 'indstilling: fleksjob', after: 'indstilling: ressourceforløb' });
    });

    test('the sygeforløb and the LÆ 265\'s content are compared line by line', async () => {
        const mads = readRepoFile('examples/mads-nielsen-jobafklaring.aev');
        const after = mads.replace('revurdering: 2026-04-30', 'revurdering: 2026-05-31').replace('forlængelse: lægebehandling til 2026-09-30', 'forlængelse: lægebehandling til 2026-08-31');
        expect(summary(await changes(mads, after))).toEqual(['changed sygeforløb revurdering', 'changed sygeforløb forlængelse: lægebehandling']);
        const amalie = readRepoFile('examples/amalie-skov-ressourceforloeb-2025.aev');
        const attest = amalie.replace('        konsultation 2025-09-15\n', '');
        expect(summary(await changes(amalie, attest))).toEqual(['changed dokumentation lægeattest']);
    });
});
