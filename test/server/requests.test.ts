import { describe, expect, test } from 'vitest';
import { LANGUAGE_GUIDE, NEW_SKELETON, RENDER_HTML, RULE_DOCS, type NewSkeletonResult, type RenderHtmlResult } from '@arbejdsevne/server/protocol';
import { MISSING_TO_CITIZEN, readability, readabilityNote, renderLanguageGuide, renderRuleDocs } from '@arbejdsevne/language';
import { citizenReadability, reportModel } from '@arbejdsevne/report';
import { canonical, check } from '../helpers.js';
import { useLspClient } from './lsp-client.js';

/** The server's own requests (./protocol.ts) that the VS Code extension sends: answered as the extension expects. */
describe('the server\'s own requests', () => {
    const client = useLspClient();

    test('a new description: a skeleton, or the reason and whether a grant date would allow it', async () => {
        const made = await client().request<NewSkeletonResult>(NEW_SKELETON, { formål: 'fleksjob' });
        expect(made.refusal).toBeUndefined();
        expect(made.text).toContain('formål: fleksjob');
        // Today is after 31 January 2026: a new ressourceforløb cannot be granted, a running one can be described.
        const refused = await client().request<NewSkeletonResult>(NEW_SKELETON, { formål: 'ressourceforløb' });
        expect(refused.text).toBeUndefined();
        expect(refused.refusal).toContain('Der kan ikke bevilges nye ressourceforløb efter 31. januar 2026');
        expect(refused.needsGrantDate).toBe(true);
        const running = await client().request<NewSkeletonResult>(NEW_SKELETON, { formål: 'ressourceforløb', bevilget: '2026-01-15' });
        expect(running.text).toContain('    bevilget: 2026-01-15');
        const abolished = await client().request<NewSkeletonResult>(NEW_SKELETON, { formål: 'seniorførtidspension' });
        expect(abolished.refusal).toContain('afskaffet 1. januar 2020');
        expect(abolished.needsGrantDate).toBeFalsy();
    });

    test('the rule catalogue and the language guide, as docs/regler.md and docs/sprog.md', async () => {
        expect(await client().request<string>(RULE_DOCS, {})).toBe(renderRuleDocs());
        expect(await client().request<string>(LANGUAGE_GUIDE, {})).toBe(renderLanguageGuide());
    });

    test('the preview: the full report without a LIX, the citizen version with the LIX of what was written for the citizen', async () => {
        const uri = 'file:///tmp/forhaandsvisning/fie-hansen.aev';
        await client().open(uri, canonical);
        const full = await client().request<RenderHtmlResult>(RENDER_HTML, { uri, nonce: 'n', appendix: false });
        expect(full.readability).toBeUndefined();
        expect(full.html).toContain('Beskæftigelse og uddannelse');
        const citizen = await client().request<RenderHtmlResult>(RENDER_HTML, { uri, nonce: 'n', appendix: false, version: 'borger' });
        expect(citizen.html).toContain('Det sker nu');
        const expected = citizenReadability(reportModel(await check(canonical), { version: 'borger' }));
        // The canonical example has no til_borgeren: the advice stands beside the LIX, where the citizen version is read.
        expect(citizen.readability).toEqual({ lix: expected.lix, note: `Læsbarhed for det, du og værktøjet har skrevet (ikke borgerens egne ord): ${readabilityNote(expected)} Råd: ${MISSING_TO_CITIZEN}` });
        expect(expected.lix).toBeLessThan(35);
    });
});

describe('the citizen version\'s readability', () => {
    test('counts what the caseworker and the tool wrote, never the citizen\'s own words', async () => {
        const model = reportModel(await check(canonical), { version: 'borger' });
        const withHardQuote = { ...model, sections: model.sections.map(s => ({ ...s, blocks: s.blocks.map(b => (b.kind === 'quote' ? { ...b, text: 'Sygedagpengeopfølgningsforløbet arbejdsmarkedsrettede rehabiliteringsindsatser uoverskuelighedsfølelse.' } : b)) })) };
        expect(citizenReadability(withHardQuote)).toEqual(citizenReadability(model));
        const withHardText = { ...model, sections: model.sections.map((s, i) => (i === 0 ? { ...s, blocks: [...s.blocks, { kind: 'paragraph' as const, text: 'Sygedagpengeopfølgningsforløbet arbejdsmarkedsrettede rehabiliteringsindsatser.', origin: 'caseworker' as const }] } : s)) };
        expect(citizenReadability(withHardText).lix).toBeGreaterThan(citizenReadability(model).lix);
        expect(readability('Du kan gå. Vi ser dig.').label).toBe('let');
    });
});
