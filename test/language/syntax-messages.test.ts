import { describe, expect, test } from 'vitest';
import { canonical, check, codes } from '../helpers.js';

async function syntaxErrors(text: string) {
    const { diagnostics } = await check(text);
    return diagnostics.filter(d => d.code === 'SYNTAX').map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

describe('Danish messages for lexer and parser errors', () => {
    test('an unexpected character names the character', async () => {
        expect(await syntaxErrors('arbejdsevne "T"\nborger { navn: "X" } %')).toEqual(["2:22 Uventet tegn '%'."]);
    });

    test('a single quote gets a hint about double quotes', async () => {
        expect(await syntaxErrors("mål: 'Job'")).toContain("1:6 Uventet tegn '''. Tekst skrives i dobbelte anførselstegn: \"…\".");
    });

    test('a word where a date belongs: expected a date, found the word', async () => {
        expect(await syntaxErrors('borger {\n    fødselsdato: siden\n}')).toEqual([
            "2:18 Forventede en dato (fx 2026-11-20), men fandt 'siden'.",
        ]);
    });

    test('a } too many inside a block is one error on that brace, and the block and the names after it are not reported as missing', async () => {
        const text = canonical.replace('    ressource fysioterapi: "Går til fysioterapi to gange om ugen og oplever bedring"\n', '    ressource fysioterapi: "Går til fysioterapi to gange om ugen og oplever bedring"\n    }\n');
        const { diagnostics } = await check(text);
        expect(codes(diagnostics)).toEqual(['38:5 SYNTAX']);
        expect(diagnostics[0].message).toBe("Uventet '}' her. Den lukker blokken `helbred` for tidligt, så linjerne fra linje 39 frem til næste } hører ikke til nogen blok. Slet den }, der står én for meget.");
    });

    test('a } between blocks is unexpected there, not a missing end of file', async () => {
        expect(await syntaxErrors(canonical.replace('\nsag {', '\n}\nsag {'))).toEqual([
            "11:1 Uventet '}' her. En blok starter med sit navn, fx `borger {`; tjek om en } mangler eller står én for meget.",
        ]);
    });

    test('a name of two words starting with "ingen" gets the same advice as any other', async () => {
        expect(await syntaxErrors(canonical.replace('barriere gæld:', 'barriere ingen gæld:'))).toEqual([
            '33:20 Et navn skrives i ét ord uden mellemrum: brug _ mellem ordene, fx `ingen_gæld`.',
        ]);
    });

    test('a " inside a text says that it ended the text, and what to write instead', async () => {
        const errors = await syntaxErrors(canonical.replace('"Angst i nye sociale situationer"', '"Angst for "nye" situationer"'));
        expect(errors[0]).toBe('39:33 Et " inde i en tekst afslutter teksten, så `nye` står uden for den. Skriv citater i en tekst med »…«, eller skriv hele teksten som """ … """.');
    });

    test('a missing colon names the colon', async () => {
        expect(await syntaxErrors('sag {\n    dato 2026-11-20\n}')).toEqual([
            "2:10 Forventede ':', men fandt '2026-11-20'.",
        ]);
    });

    test('an unknown line in a block lists what may stand there', async () => {
        expect(await syntaxErrors('borger {\n    alder: 42\n}')).toEqual([
            "2:5 Uventet 'alder' i blokken borger. Her kan stå: navn, fødselsdato, cpr, ydelse, visitation – eller } for at afslutte blokken.",
        ]);
        expect(await syntaxErrors('forsørgelse {\n    fra 2020 til nu\n}')).toEqual([
            expect.stringMatching(/^2:9 /),
        ]);
    });

    test('a missing closing brace at the end of the file', async () => {
        expect(await syntaxErrors('borger {\n    navn: "X"\n')).toEqual([
            expect.stringMatching(/^2:14 Forventede .*'}'.*, men fandt slutningen af filen\.$/),
        ]);
    });

    test('an unterminated text block at the end of the file', async () => {
        expect(await syntaxErrors('mål: """\n  Job')).toEqual([expect.stringMatching(/Forventede .*"""/)]);
    });

    test('a form code written with a space says how to write it', async () => {
        expect(await syntaxErrors('dokumentation {\n    dokument lægeattest: LÆ 265 2026-09-01 "Egen læge"\n}')).toEqual([
            '2:29 Dokumenttypen skrives LÆ265 uden mellemrum, fx `dokument lægeattest: LÆ265 2026-09-01 "…"`.',
        ]);
    });

    test('a name of two words says to join them with _', async () => {
        expect(await syntaxErrors('beskæftigelse {\n    ressource svende brev: "Svendebrev"\n}')).toEqual([
            '2:22 Et navn skrives i ét ord uden mellemrum: brug _ mellem ordene, fx `svende_brev`.',
        ]);
        // A property without its colon is not taken for a name.
        expect(await syntaxErrors('sag {\n    kommune Eksempel\n}')).toEqual(["2:13 Forventede ':', men fandt 'Eksempel'."]);
    });

    test('an extra closing brace says that one is too many', async () => {
        expect(await syntaxErrors('borger {\n    navn: "X"\n}\n}')).toEqual([
            "4:1 Uventet '}' her. En blok starter med sit navn, fx `borger {`; tjek om en } mangler eller står én for meget.",
        ]);
    });
});
