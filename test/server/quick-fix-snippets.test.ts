import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { canonical } from '../helpers.js';
import { useLspClient } from './lsp-client.js';

/** BV-03: a citizen who disagrees and no answer to their view; the fix inserts `borgerens_synspunkt`. */
const disagrees = canonical.replace(/borgerens_vurdering (\d{4}-\d\d-\d\d) """/, 'borgerens_vurdering $1 uenig """');

async function bv03Fix(client: ReturnType<ReturnType<typeof useLspClient>>, uri: string): Promise<CodeAction> {
    const diagnostics = await client.open(uri, disagrees);
    const bv03 = diagnostics.filter((d: Diagnostic) => d.code === 'BV-03');
    expect(bv03).toHaveLength(1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: bv03[0].range, context: { diagnostics: bv03 } });
    return actions.find(a => a.title === 'Indsæt svaret på borgerens synspunkt')!;
}

describe('quick fixes that insert text to write', () => {
    describe('in an editor with snippet edits (LSP 3.18)', () => {
        const client = useLspClient({ workspaceEdit: { documentChanges: true, snippetEditSupport: true } });

        test('the placeholder is a tab stop, selected, so the caseworker types over it', async () => {
            const fix = await bv03Fix(client(), 'file:///tmp/snippet/uenig.aev');
            expect(fix.edit?.changes).toBeUndefined();
            const [change] = fix.edit!.documentChanges as Array<{ textDocument: { uri: string }; edits: Array<{ snippet: { kind: string; value: string } }> }>;
            expect(change.textDocument.uri).toBe('file:///tmp/snippet/uenig.aev');
            expect(change.edits.map(e => e.snippet)).toEqual([{ kind: 'snippet', value: '    borgerens_synspunkt: "${1:udfyldes}"\n' }]);
        });
    });

    describe('in an editor without', () => {
        const client = useLspClient();

        test('a plain "udfyldes" is inserted, and stays a GEN-08 finding until it is replaced', async () => {
            const fix = await bv03Fix(client(), 'file:///tmp/snippet/uenig.aev');
            const edits = fix.edit!.changes!['file:///tmp/snippet/uenig.aev'];
            expect(edits.map(e => e.newText)).toEqual(['    borgerens_synspunkt: "udfyldes"\n']);
        });
    });
});
