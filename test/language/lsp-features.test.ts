import { expectCompletion, expectFindReferences, expectFormatting, expectGoToDefinition, expectHover, expectSymbols, parseDocument } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { canonical, createTestServices } from '../helpers.js';
import { YDELSER } from '@arbejdsevne/language';

const services = createTestServices();
const hover = expectHover(services);
const completion = expectCompletion(services);
const definition = expectGoToDefinition(services);
const references = expectFindReferences(services);
const formatting = expectFormatting(services);
const symbols = expectSymbols(services);

/** The canonical example with a marker put in front of the first occurrence of `at`. */
function mark(at: string, marker = '<|>', text = canonical): string {
    const i = text.indexOf(at);
    if (i < 0) throw new Error(`not found: ${at}`);
    return text.slice(0, i) + marker + text.slice(i);
}

describe('hover', () => {
    test('a keyword links to its block in the language guide, beside the rule catalogue', async () => {
        const withDocs = createTestServices();
        withDocs.config.ConfigProvider.docsBaseUri = 'file:///opt/arbejdsevne/regler.md';
        await expectHover(withDocs)({ text: mark('ydelse: kontanthjælp'), index: 0, hover: /\[Mere om `borger` i sprogbeskrivelsen\]\(file:\/\/\/opt\/arbejdsevne\/sprog\.md#blok-borger\)/ });
        withDocs.config.ConfigProvider.docsBaseUri = 'vscode://arbejdsevne.arbejdsevne/regler';
        await expectHover(withDocs)({ text: mark('arbejdsevne: væsentligt'), index: 0, hover: /\(vscode:\/\/arbejdsevne\.arbejdsevne\/sprog#blok-vurdering\)/ });
    });

    test('a keyword shows Danish guidance for a student', async () => {
        await hover({ text: mark('borgerens_vurdering 2026'), index: 0, hover: /^\*\*borgerens_vurdering\*\*\n\nBorgerens egen vurdering, dateret og med borgerens egne ord \(RSL § 4\)/ });
        await hover({ text: mark('adresserer ryg'), index: 0, hover: /De barrierer, indsatsen skal afhjælpe/ });
    });

    test('the case date names the rule set in force and the next one, on the keyword and on the date', async () => {
        await hover({ text: mark('dato: 2026-11-20'), index: 0, hover: /Regelsæt: \*\*REF-2026b\*\* \(fra 1\. juli 2026 til 31\. december 2026\)/ });
        const next = 'Næste regelsæt: **LAB-2027** fra 1. januar 2027 (foreløbigt). Se forskellen med `arbejdsevne regler --forskel REF-2026b LAB-2027`.';
        await hover({ text: mark('2026-11-20\n    formål'), index: 0, hover: new RegExp(`^Regelsæt: \\*\\*REF-2026b\\*\\* .*\n\n${next.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 's') });
        // The newest rule set has none after it.
        await hover({ text: mark('2027-02-01\n    formål', '<|>', canonical.replace('dato: 2026-11-20', 'dato: 2027-02-01')), index: 0, hover: /Regelsæt: \*\*LAB-2027\*\* \(fra 1\. januar 2027\), foreløbigt\..*\n\nDer er intet nyere regelsæt i kataloget\.$/s });
    });

    test('an outcome word explains itself with its basis, in formål and in indstilling', async () => {
        await hover({ text: mark('fleksjob\n    kommune'), index: 0, hover: /^\*\*fleksjob\*\*\n\nFleksjob: job på særlige vilkår.*\(LAB § 116\)\.$/s });
        await hover({ text: mark('fleksjob\n    begrundelse'), index: 0, hover: /\(LAB § 116\)/ });
    });

    test('a fixed word explains itself; a measure type shows its sector', async () => {
        await hover({ text: mark('væsentligt_og_varigt_nedsat\n    arbejdsfunktioner'), index: 0, hover: /forudsætningen for fleksjob \(LAB § 116, stk\. 1\)/ });
        await hover({ text: mark('smertebehandling "Forløb'), index: 0, hover: '**Smertebehandling** – sektor: sundhed, grundlag: SUL' });
    });

    test('a § reference shows the law and the provision’s summary', async () => {
        await hover({ text: mark('LAB § 116\n}'), index: 0, hover: /^\*\*LAB § 116\*\* – Lov om en aktiv beskæftigelsesindsats\n\nFleksjob: varige og væsentlige begrænsninger/ });
    });

    test('a mention and a reference show the entry they point at', async () => {
        await hover({ text: mark('ryg\n        begrænser'), index: 0, hover: '**Barriere `ryg`**\n\nKroniske lændesmerter; kan stå højst to timer ad gangen\n\nKilde: lægeattest' });
        await hover({ text: mark('gæld\n        ansvarlig'), index: 0, hover: /^\*\*Barriere `gæld`\*\*/ });
    });
});

describe('completion', () => {
    test('a fixed word: the allowed words for that place', async () => {
        await completion({ text: 'borger {\n    ydelse: <|>\n}', index: 0, assert: list => expect(list.items.map(i => i.label).sort()).toEqual([...YDELSER].sort()) });
        await completion({ text: canonical.replace('tema uddannelse', 'tema <|>'), index: 0, assert: list => expect(list.items.map(i => i.label)).toContain('arbejdsmarkedserfaring') });
    });

    test('after adresserer: only barriers', async () => {
        await completion({ text: canonical.replace('adresserer ryg', 'adresserer <|>'), index: 0, assert: list => expect(list.items.map(i => i.label).sort()).toEqual(['angst', 'gæld', 'ledighed', 'ryg']) });
    });

    test('after kilde: only documents; after afprøvet: only previous measures', async () => {
        await completion({ text: canonical.replace('kilde psykiater', 'kilde <|>'), index: 0, assert: list => expect(list.items.map(i => i.label).sort()).toEqual(['koordinator', 'lægeattest', 'psykiater']) });
        await completion({ text: canonical.replace('afprøvet: praktik2025, mentor2024', 'afprøvet: <|>'), index: 0, assert: list => expect(list.items.map(i => i.label).sort()).toEqual(['mentor2024', 'praktik2025']) });
    });

    test('where a new name is written, no keyword list', async () => {
        await completion({ text: canonical.replace('    ressource søster:', '    ressource <|>'), index: 0, expectedItems: [] });
    });

    test('after @ in prose: every named entry', async () => {
        await completion({ text: canonical.replace('se @ryg"', 'se @<|>"'), index: 0, assert: list => {
            expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['ryg', 'svendebrev', 'lægeattest', 'praktik2025', 'smerteklinik', 'samtale1']));
        } });
        await completion({ text: canonical.replace('se @ryg"', 'se @sv<|>"'), index: 0, assert: list => expect(list.items.map(i => i.label)).toEqual(['svendebrev']) });
    });

    test('where a block may start: block keywords', async () => {
        await completion({ text: 'arbejdsevne "T"\n<|>', index: 0, assert: list => {
            expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['borger', 'sag', 'mål', 'helbred', 'vurdering', 'borgerens_vurdering']));
            // In Danish, with what the block is for (Langium's own detail is the English "Keyword").
            const helbred = list.items.find(i => i.label === 'helbred');
            expect(helbred?.detail).toBe('nøgleord');
            expect((helbred?.documentation as { value: string } | undefined)?.value).toMatch(/helbred/i);
            expect(list.items.some(i => i.detail === 'Keyword')).toBe(false);
        } });
    });
});

describe('navigation', () => {
    test('go to definition from a mention and from adresserer', async () => {
        const text = canonical.replace('barriere ryg:', 'barriere <|ryg|>:').replace('se @ryg"', 'se @r<|>yg"');
        await definition({ text, index: 0, rangeIndex: 0 });
        await definition({ text: canonical.replace('barriere gæld:', 'barriere <|gæld|>:').replace('adresserer gæld', 'adresserer g<|>æld'), index: 0, rangeIndex: 0 });
    });

    test('find references: mentions and references alike', async () => {
        const text = canonical
            .replace('barriere ryg:', 'barriere <|>ryg:')
            .replace('se @ryg"', 'se @<|ryg|>"')
            .replace('adresserer ryg', 'adresserer <|ryg|>')
            .replace('men @ryg', 'men @<|ryg|>');
        await references({ text, includeDeclaration: false });
    });

    test('rename rewrites the declaration, references and mentions', async () => {
        const document = await parseDocument(services, canonical);
        const offset = canonical.indexOf('barriere ryg:') + 'barriere '.length;
        const edit = await services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset), newName: 'lænd' });
        const edits = edit!.changes![document.uri.toString()];
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        const renamed = TextDocument.applyEdits(document.textDocument, edits);
        expect(renamed).toContain('barriere lænd:');
        expect(renamed).toContain('se @lænd"');
        expect(renamed).toContain('adresserer lænd');
        expect(renamed).toContain('men @lænd');
        expect(renamed).not.toMatch(/\bryg\b/);
    });

    test('the outline: one symbol per block with its entries', async () => {
        await symbols({ text: canonical, assert: list => {
            expect(list.map(s => s.name)).toEqual(['arbejdsevne', 'borger', 'sag', 'mål', 'beskæftigelse', 'socialt', 'helbred', 'dokumentation', 'forsørgelse',
                'hidtidige_indsatser', 'borgerens_vurdering', 'sagsforløb', 'indsatsplan', 'vurdering']);
            expect(list.find(s => s.name === 'helbred')!.children!.map(c => c.name)).toEqual(['fysioterapi', 'ryg', 'angst']);
        } });
    });

    test('folding ranges for blocks and text blocks', async () => {
        const document = await parseDocument(services, canonical);
        const ranges = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(ranges.some(r => r.startLine === 35)).toBe(true);
        expect(ranges.length).toBeGreaterThan(10);
    });
});

describe('formatting', () => {
    test('indents blocks, one statement per line, measure attributes on lines of their own', async () => {
        await formatting({
            before: 'borger {navn: "X"\n  ydelse : kontanthjælp siden 2020-07-01}\nindsatsplan { indsats a: mentor "M" adresserer b ansvarlig "C" periode 2026-01-01 til 2026-02-01 }',
            after: 'borger {\n    navn: "X"\n    ydelse: kontanthjælp siden 2020-07-01\n}\n\nindsatsplan {\n    indsats a: mentor "M"\n        adresserer b\n        ansvarlig "C"\n        periode 2026-01-01 til 2026-02-01\n}',
        });
    });

    test('leaves the canonical example as it is', async () => {
        await formatting({ before: canonical, after: canonical });
    });

    test('one space after a colon: tabs and runs of spaces from another editor are the documented style again', async () => {
        const messy = canonical.replace('    navn: "Fie Hansen"', '    navn:\t\t"Fie Hansen"').replace('    kommune: "Eksempel Kommune"', '    kommune:     "Eksempel Kommune"')
            .replace('    samtale samtale1: 2026-11-10', '    samtale samtale1:\t2026-11-10');
        await formatting({ before: messy, after: canonical });
    });
});

describe('semantic tokens, code lens, document links', () => {
    test('names, references, fixed words, dates and laws get semantic tokens', async () => {
        const document = await parseDocument(services, canonical);
        const tokens = await services.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        // Five integers per token.
        expect(tokens.data.length / 5).toBeGreaterThan(60);
    });

    test('a code lens above the title: Vis rapport and Eksportér PDF', async () => {
        const document = await parseDocument(services, canonical);
        const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses!.map(l => [l.range.start.line, l.command!.title, l.command!.command])).toEqual([
            [1, 'Vis rapport', 'arbejdsevne.visRapport'], [1, 'Eksportér PDF', 'arbejdsevne.eksporterPdf']]);
    });

    test('§ references link to the law’s text online', async () => {
        const document = await parseDocument(services, canonical);
        const links = await services.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        expect(links.map(l => l.tooltip)).toContain('Slå LAB § 116 op i Lov om en aktiv beskæftigelsesindsats');
        expect(links.every(l => l.target!.startsWith('https://www.retsinformation.dk/search?q='))).toBe(true);
    });
});

describe('the syntax of catalogue revision 2 in the editor', () => {
    const revision2 = canonical
        .replace('    sagsbehandler: "Anna Andersen, socialrådgiver"\n', '    sagsbehandler: "Anna Andersen, socialrådgiver"\n    sagsnummer: "2026-12345"\n')
        .replace('borgerens_vurdering 2026-11-10 """', 'borgerens_vurdering 2026-11-10 delvis_enig """')
        .replace('    lovgrundlag: LAB § 116\n', '    borgerens_synspunkt: "Fie mener, hun kan mere; det prøves i fleksjobbet"\n    til_borgeren: "Du får et fleksjob med de hensyn, du har brug for."\n    lovgrundlag: LAB § 116\n');

    test('hover explains bevilget, the stance, kan_ikke_forbedres and til_borgeren in Danish', async () => {
        await hover({ text: mark('sagsnummer', '<|>', revision2), index: 0, hover: /^\*\*sagsnummer\*\*\n\nKommunens sagsnummer/ });
        await hover({ text: mark('delvis_enig', '<|>', revision2), index: 0, hover: /borgerens_synspunkt/ });
        await hover({ text: mark('til_borgeren', '<|>', revision2), index: 0, hover: /skrevet til "du"/ });
        await hover({ text: mark('borgerens_synspunkt', '<|>', revision2), index: 0, hover: /forvaltningslovens § 24/ });
    });

    test('completion offers the new properties where they belong', async () => {
        await completion({ text: mark('    kommune:', '<|>', revision2), index: 0, assert: list => expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['bevilget', 'sagsnummer'])) });
        const statement = revision2.replace('delvis_enig ', '<|>');
        await completion({ text: statement, index: 0, assert: list => expect(list.items.map(i => i.label)).toEqual(expect.arrayContaining(['enig', 'delvis_enig', 'uenig'])) });
    });

    test('formatting leaves the new syntax as written', async () => {
        await formatting({ before: revision2, after: revision2 });
    });
});

describe('rename and completion speak Danish', () => {
    test('rename refuses a name that is not a name, or one already in use, with a Danish message', async () => {
        const { parseDocument } = await import('langium/test');
        const document = await parseDocument(services, canonical);
        const at = document.textDocument.positionAt(canonical.indexOf('ryg:'));
        const rename = (newName: string) => services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position: at, newName });
        await expect(rename('ryg smerter')).rejects.toThrow('"ryg smerter" kan ikke bruges som navn');
        await expect(rename('angst')).rejects.toThrow('Navnet "angst" er allerede brugt i filen');
        const edit = await rename('lænd');
        expect(Object.values(edit!.changes!)[0].length).toBeGreaterThan(1);
    });

    test('a reference completion names the kind of entry in Danish; a space after adresserer opens it, elsewhere not', async () => {
        const text = canonical.replace('adresserer ryg', 'adresserer <|>');
        await completion({ text, index: 0, assert: list => expect(list.items.find(i => i.label === 'ryg')?.detail).toBe('Barriere') });
        const document = await parseDocument(services, text.replace('<|>', ''));
        const position = document.textDocument.positionAt(text.indexOf('<|>'));
        const provider = services.lsp.CompletionProvider!;
        const afterKeyword = await provider.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position, context: { triggerKind: 2, triggerCharacter: ' ' } });
        expect(afterKeyword?.items.map(i => i.label)).toContain('ryg');
        const inProse = canonical.indexOf('lang erfaring') + 'lang '.length;
        const elsewhere = await provider.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(inProse), context: { triggerKind: 2, triggerCharacter: ' ' } });
        expect(elsewhere).toBeUndefined();
    });
});

describe('readability of the text to the citizen', () => {
    test('hover on til_borgeren shows its LIX and, when hard, its longest sentence', async () => {
        const easy = canonical.replace('    lovgrundlag: LAB § 116\n', '    til_borgeren: "Du får et fleksjob. Det er et job med færre timer."\n    lovgrundlag: LAB § 116\n');
        await hover({ text: mark('til_borgeren', '<|>', easy), index: 0, hover: /Læsbarhed: LIX \*\*\d+\*\* \(let; under 35 er let at læse\)\.$/ });
        const hard = easy.replace('Du får et fleksjob. Det er et job med færre timer.', 'Arbejdsevnen vurderes væsentligt og varigt nedsat, hvorfor kommunen indstiller til fleksjobvisitation efter gældende regler.');
        await hover({ text: mark('til_borgeren', '<|>', hard), index: 0, hover: /LIX \*\*\d+\*\* \(svær; under 35 er let at læse\)\. Længste sætning: "Arbejdsevnen vurderes/ });
    });
});
