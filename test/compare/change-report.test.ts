import { describe, expect, test } from 'vitest';
import { compareAssessments, type Assessment } from '@arbejdsevne/language';
import { buildChangeReport, renderHtml } from '@arbejdsevne/report';
import { canonical, check } from '../helpers.js';

async function tree(text: string): Promise<{ root: Assessment; diagnostics: Awaited<ReturnType<typeof check>>['diagnostics'] }> {
    const { document, diagnostics } = await check(text);
    return { root: document.parseResult.value as Assessment, diagnostics };
}

/** Every row of the change report: [Ændring, Hvad, Før, Efter]. */
function rows(model: ReturnType<typeof buildChangeReport>): string[][] {
    return model.sections.flatMap(s => s.blocks.flatMap(b => (b.kind === 'table' ? b.rows : [])));
}

describe('the change report ("Ændringer siden …")', () => {
    test('a barrier that is new, gone, or has developed (a newer progression note) is shown as such', async () => {
        const before = canonical.replace('"Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest',
            '"Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest\n        progression 2026-03-01 "Kunne stå en time"');
        const after = before
            .replace('    barriere angst: "Angst i nye sociale situationer" kilde psykiater\n', '    barriere søvn: "Sover dårligt om natten" kilde lægeattest\n')
            .replace('        progression 2026-03-01 "Kunne stå en time"', '        progression 2026-03-01 "Kunne stå en time"\n        progression 2026-11-10 "Kan stå to timer med hæve-sænkebord"');
        const old = await tree(before);
        const now = await tree(after);
        const model = buildChangeReport(old.root, now.root, compareAssessments(old.root, now.root), { diagnostics: now.diagnostics });
        expect(model.header.title).toBe('Ændringer siden 20. november 2026');
        const table = rows(model);
        expect(table.map(r => [r[0], r[1]])).toEqual([['Udvikling', 'barriere ryg'], ['Ny barriere', 'barriere søvn'], ['Barrieren er væk', 'barriere angst']]);
        expect(table[0][3]).toContain('(nyeste udvikling 10. november 2026: Kan stå to timer med hæve-sænkebord)');
        // The plan still addresses the barrier that is gone (GEN-05): the change report is a draft, like the report itself.
        expect(now.diagnostics.some(d => d.code === 'GEN-05')).toBe(true);
        expect(model.meta.draft).toBe(true);
        expect(renderHtml(model)).toContain('Barrieren er væk');
    });

    test('no changes is said in words, and a CPR number in a changed text is masked', async () => {
        const same = await tree(canonical);
        expect(rows(buildChangeReport(same.root, same.root, []))).toEqual([]);
        expect(JSON.stringify(buildChangeReport(same.root, same.root, []).sections)).toContain('Ingen ændringer');
        const withCpr = await tree(canonical.replace('"Samtale i jobcentret;', '"Samtale i jobcentret med Fie (120384-1234);'));
        const model = buildChangeReport(same.root, withCpr.root, compareAssessments(same.root, withCpr.root));
        expect(JSON.stringify(model)).toContain('120384-XXXX');
        expect(JSON.stringify(model)).not.toContain('120384-1234');
    });
});
