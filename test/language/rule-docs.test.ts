import { describe, expect, test } from 'vitest';
import { RULES, renderRuleDocs } from '@arbejdsevne/language';
import { check, canonical, readRepoFile } from '../helpers.js';
import { createArbejdsevneServices, checkText } from '@arbejdsevne/language';
import { EmptyFileSystem } from 'langium';

describe('docs/regler.md', () => {
    test('is generated from the catalogue and up to date (run `npm run build` after changing a rule)', () => {
        expect(readRepoFile('docs/regler.md')).toBe(renderRuleDocs());
    });

    test('has an anchored section per rule', () => {
        const docs = readRepoFile('docs/regler.md');
        for (const rule of RULES) expect(docs).toContain(`<a id="${rule.id.toLowerCase()}"></a>\n## ${rule.id}: `);
    });

    test('diagnostics link to the rule’s section when the host knows where the docs are', async () => {
        const services = createArbejdsevneServices(EmptyFileSystem).Arbejdsevne;
        services.config.ConfigProvider.docsBaseUri = 'file:///opt/arbejdsevne/docs/regler.md';
        const { diagnostics: fd09 } = await checkText(services, canonical.replace(/    cv: """[\s\S]*?"""\n/, ''));
        expect(fd09.map(d => [d.code, d.codeDescription?.href])).toEqual([['FD-09', 'file:///opt/arbejdsevne/docs/regler.md#fd-09']]);
        expect((await check(canonical)).diagnostics).toEqual([]);
    });
});
