import { expectCompletion, expectFormatting, expectHover, expectSymbols, parseDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { FORLÆNGELSESGRUNDE } from '@arbejdsevne/language';
import { canonical, check, createTestServices, readRepoFile } from '../helpers.js';

/** The editor on revision 3's syntax (design/legal-rules-rev3.md): ønsker, the LÆ 265's content, sygeforløb, progression. */

const services = createTestServices();
const hover = expectHover(services);
const completion = expectCompletion(services);
const formatting = expectFormatting(services);
const symbols = expectSymbols(services);
const mads = readRepoFile('examples/mads-nielsen-jobafklaring.aev');
const amalie = readRepoFile('examples/amalie-skov-ressourceforloeb-2025.aev');
const withProgression = canonical.replace(
    '"Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest\n',
    '"Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest\n        progression 2026-03-01 "Kunne stå en time; startede fysioterapi"\n        progression 2026-11-10 "Kan stå to timer; bruger hæve-sænkebord i praktikken"\n',
);

function mark(text: string, at: string, marker = '<|>'): string {
    const i = text.indexOf(at);
    if (i < 0) throw new Error(`not found: ${at}`);
    return text.slice(0, i) + marker + text.slice(i);
}

describe('revision 3 in the editor', () => {
    test('the new syntax parses without errors, and a file written for revision 2 still does', async () => {
        for (const text of [mads, amalie, withProgression]) {
            const { document } = await check(text);
            expect(document.parseResult.lexerErrors).toEqual([]);
            expect(document.parseResult.parserErrors).toEqual([]);
        }
        const revision2 = canonical.replace(/\n {4}ønsker: "[^"]*"/, '');
        const { document, diagnostics } = await check(revision2);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(diagnostics.map(d => d.code)).toEqual(['FD-13']);
    });

    test('formatting keeps the new syntax as written and puts a messy version right', async () => {
        await formatting({ before: mads, after: mads });
        await formatting({ before: amalie, after: amalie });
        await formatting({ before: withProgression, after: withProgression });
        const messy = mads
            .replace('    første_fraværsdag: 2025-10-06', 'første_fraværsdag :2025-10-06')
            .replace('    forlængelse: ingen', '      forlængelse:   ingen');
        await formatting({ before: messy, after: mads });
        const messyAttest = amalie.replace('\n        konsultation 2025-09-15', ' konsultation 2025-09-15');
        await formatting({ before: messyAttest, after: amalie });
    });

    test('completion offers the new keywords where they belong and the grounds after forlængelse', async () => {
        await completion({ text: mark(canonical, '    cv: """'), index: 0, assert: list => expect(list.items.map(i => i.label)).toContain('ønsker') });
        await completion({
            text: mads.replace('forlængelse: ingen', 'forlængelse: <|>'), index: 0,
            assert: list => expect(list.items.map(i => i.label).sort()).toEqual([...FORLÆNGELSESGRUNDE].sort()),
        });
        await completion({
            text: mark(amalie, '        særlige_hensyn'), index: 0,
            assert: list => expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['konsultation', 'helbredsforhold', 'særlige_hensyn', 'lægens_kommentar', 'andre_forhold'])),
        });
        await completion({ text: mark(canonical, 'forsørgelse {'), index: 0, assert: list => expect(list.items.map(i => i.label)).toContain('sygeforløb') });
    });

    test('hover explains every new keyword in Danish with its basis, and a ground by § 27', async () => {
        await hover({ text: mark(canonical, 'ønsker:'), index: 0, hover: /^\*\*ønsker\*\*\n\nBorgerens egne ønsker til fremtidigt job og uddannelse/ });
        await hover({ text: mark(mads, 'revurdering:'), index: 0, hover: /sygedagpengeloven § 24, stk\. 1/ });
        await hover({ text: mark(mads, 'første_opfølgning'), index: 0, hover: /§ 13 b, stk\. 1/ });
        await hover({ text: mark(mads, 'lægebehandling til'), index: 0, hover: /^\*\*lægebehandling\*\*\n\nForlængelse under lægebehandling.*§ 27, stk\. 1, nr\. 3/ });
        await hover({ text: mark(amalie, 'konsultation'), index: 0, hover: /§ 4, stk\. 3/ });
        await hover({ text: mark(amalie, 'særlige_hensyn'), index: 0, hover: /LAE-06/ });
        await hover({ text: mark(withProgression, 'progression'), index: 0, hover: /Praksis \(STARs skabeloner fra 2018\), ikke lovkrav/ });
    });

    test('the outline shows sygeforløb; semantic tokens colour the ground and the route\'s dates', async () => {
        await symbols({ text: mads, assert: list => expect(list.map(s => s.name)).toContain('sygeforløb') });
        const document = await parseDocument(services, mads);
        const tokens = (await services.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } })).data;
        const starts = new Set<string>();
        let line = 0;
        let character = 0;
        for (let i = 0; i < tokens.length; i += 5) {
            line += tokens[i];
            character = tokens[i] === 0 ? character + tokens[i + 1] : tokens[i + 1];
            starts.add(`${line}:${character}`);
        }
        const position = (at: string) => { const p = document.textDocument.positionAt(mads.indexOf(at)); return `${p.line}:${p.character}`; };
        expect(starts).toContain(position('lægebehandling til'));
        expect(starts).toContain(position('2026-04-30'));
    });

    test('rename of a barrier with progression notes and of an attest with its content renames every use', async () => {
        const document = await parseDocument(services, amalie);
        const at = document.textDocument.positionAt(amalie.indexOf('lægeattest: LÆ265'));
        const edit = await services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position: at, newName: 'attest' });
        const edits = Object.values(edit!.changes!)[0];
        expect(edits.length).toBe(amalie.match(/lægeattest\b/g)!.length);
    });
});
