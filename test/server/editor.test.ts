import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { canonical } from '../helpers.js';
import { useLspClient } from './lsp-client.js';

/** Another editor over stdio (arbejdsevne lsp): the settings a user changes never double a finding. */
const server = useLspClient();

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${d.code}`;

describe('settings changes', () => {
    test('changing the settings again and again gives the same findings, never doubled', async () => {
        const uri = 'file:///tmp/indstillinger.aev';
        const text = canonical.replace('    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', '').replace('    cv: """', '    cv_mangler: """');
        const before = await server().open(uri, text);
        expect(before.length).toBeGreaterThan(1);
        let last: Diagnostic[] = before;
        server().onDiagnostics((u, diagnostics) => { if (u === uri) last = diagnostics; });
        for (let i = 0; i < 6; i++) {
            await server().connection.sendNotification('workspace/didChangeConfiguration', { settings: { arbejdsevne: { profil: i % 2 ? 'ds_anbefalinger' : 'gældende_ret', regler: {} } } });
        }
        await server().connection.sendNotification('workspace/didChangeConfiguration', { settings: { arbejdsevne: { profil: 'gældende_ret', regler: {} } } });
        await new Promise(resolve => setTimeout(resolve, 1500));
        expect(last.map(key).sort()).toEqual(before.map(key).sort());
        expect(new Set(last.map(key)).size).toBe(last.length);
    }, 30_000);
});

describe('text with decomposed letters (å typed as a + ring)', () => {
    const nfd = canonical.normalize('NFD');
    const uri = 'file:///tmp/nfd.aev';
    const at = (text: string, needle: string, offset = 0) => {
        const i = text.indexOf(needle) + offset;
        const before = text.slice(0, i).split('\n');
        return { line: before.length - 1, character: before.at(-1)!.length };
    };

    test('is clean, formats without touching a letter, and every position is the editor’s', async () => {
        expect(nfd).not.toBe(canonical);
        expect(await server().open(uri, nfd)).toEqual([]);
        const edits = await server().request<Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'arbejdsevne', 1, nfd), edits ?? []);
        expect(formatted).toBe(nfd);
        // Hover on the last letter of `formål`, after its decomposed å: one column later in the editor than in the parser.
        const purpose = 'formål: fleksjob'.normalize('NFD');
        const hover = await server().request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: at(nfd, purpose, 'formål'.normalize('NFD').length - 1) });
        expect(hover?.contents.value).toMatch(/^\*\*formål\*\*/);
        const line = 'indsats gældsrådgivning: gældsrådgivning'.normalize('NFD');
        // Rename that measure: the edit covers the whole decomposed name in the editor's text.
        const rename = await server().request<{ changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> }>('textDocument/rename', { textDocument: { uri }, position: at(nfd, line, 'indsats g'.length), newName: 'budget' });
        const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'arbejdsevne', 1, nfd), Object.values(rename.changes)[0]);
        expect(renamed).toContain(`indsats budget: ${'gældsrådgivning "Gældsrådgivning'.normalize('NFD')}`);
        expect(renamed.replace('indsats budget:', 'indsats gældsrådgivning:'.normalize('NFD'))).toBe(nfd);
    }, 30_000);

    test('diagnostics sit on the editor’s columns', async () => {
        const broken = nfd.replace('indsats gældsrådgivning: gældsrådgivning'.normalize('NFD'), 'indsats gældsrådgivning: gældsrådgivningx'.normalize('NFD'));
        const diagnostics = await server().open('file:///tmp/nfd2.aev', broken);
        const gen09 = diagnostics.find(d => d.code === 'GEN-09')!;
        const line = broken.split('\n')[gen09.range.start.line];
        expect(line.slice(gen09.range.start.character, gen09.range.end.character)).toBe('gældsrådgivningx'.normalize('NFD'));
    }, 30_000);
});
