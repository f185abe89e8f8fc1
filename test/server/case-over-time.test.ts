import { describe, expect, test } from 'vitest';
import { COMPARE, HEARING_LETTER_COMMAND, RENDER_EXPORT, decodeBase64, type CompareResult, type ExportResult } from '@arbejdsevne/server/protocol';
import { HEARING_LETTER_COMMAND as OFFERED } from '@arbejdsevne/language';
import { canonical } from '../helpers.js';
import { poppler } from '../report/report-helpers.js';
import { useLspClient } from './lsp-client.js';

const later = canonical
    .replace('    dokument psykiater:', '    dokument praktik2026: praktikrapport 2026-11-19 "Rapport fra praktik i salon"\n    dokument psykiater:')
    .replace('skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"', 'skånehensyn: "Pauser hver halve time"');

type Action = { title: string; command?: { command: string; arguments?: unknown[] }; edit?: unknown };

async function actionsFor(client: ReturnType<ReturnType<typeof useLspClient>>, uri: string, text: string): Promise<Action[]> {
    const diagnostics = await client.open(uri, text);
    const proc06 = diagnostics.filter(d => d.code === 'PROC-06');
    expect(proc06).toHaveLength(1);
    return client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: proc06[0].range, context: { diagnostics: proc06 } });
}

describe('the case over time in an editor that can make the letter', () => {
    const client = useLspClient({}, { clientCommands: [HEARING_LETTER_COMMAND] });

    test('"Sammenlign med …": the change report of the open text against another version', async () => {
        const uri = 'file:///tmp/over-tid/fie.aev';
        await client().open(uri, later);
        const result = await client().request<CompareResult>(COMPARE, { uri, otherText: canonical, nonce: 'n0nce' });
        expect(result.error).toBeUndefined();
        expect(result.count).toBe(2);
        expect(result.title).toBe('Ændringer siden 20. november 2026');
        expect(result.html).toContain('praktik2026');
        expect(result.html).toContain('Pauser hver halve time');
        const broken = await client().request<CompareResult>(COMPARE, { uri, otherText: 'borger {', nonce: 'n0nce' });
        expect(broken.error).toContain('syntaksfejl');
    });

    test('PROC-06 offers "Lav partshøringsbrev", and the letter is a PDF naming the later document', async () => {
        expect(OFFERED).toBe(HEARING_LETTER_COMMAND);
        const uri = 'file:///tmp/over-tid/brev.aev';
        const actions = await actionsFor(client(), uri, later);
        const letter = actions.find(a => a.title === 'Lav partshøringsbrev');
        expect(letter?.command).toEqual({ title: 'Lav partshøringsbrev', command: HEARING_LETTER_COMMAND, arguments: [uri] });
        const exported = await client().request<ExportResult>(RENDER_EXPORT, { uri, format: 'partshøring', showCpr: false, appendix: false });
        expect(exported.error).toBeUndefined();
        expect(exported.suggestedName).toBe('brev-partshøring.pdf');
        const text = poppler('pdftotext', Buffer.from(decodeBase64(exported.base64!))).replace(/\s+/g, ' ');
        expect(text).toContain('Rapport fra din praktik');
        expect(text).toContain('Kære Fie');
    });
});

describe('an editor that cannot make the letter', () => {
    const client = useLspClient();

    test('is not offered an action it cannot run', async () => {
        const actions = await actionsFor(client(), 'file:///tmp/over-tid/andet.aev', later);
        expect(actions.map(a => a.title)).not.toContain('Lav partshøringsbrev');
    });
});
