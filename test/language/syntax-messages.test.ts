import { describe, expect, test } from 'vitest';
import { check } from '../helpers.js';

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
});
