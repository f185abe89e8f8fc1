import { describe, expect, test } from 'vitest';
import { LANGUAGE_GUIDE, NEW_SKELETON, RULE_DOCS, type NewSkeletonResult } from '@arbejdsevne/server/protocol';
import { renderLanguageGuide, renderRuleDocs } from '@arbejdsevne/language';
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
});
