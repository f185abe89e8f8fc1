import { describe, expect, test } from 'vitest';
import { buildReport } from '@arbejdsevne/report';
import { scrollTarget } from '../../packages/vscode/src/scroll-sync.js';
import { canonical, check } from '../helpers.js';

/** The section the preview shows for each editor line, as the report's title, walking the file from top to bottom. */
async function walk(): Promise<string[]> {
    const { document, diagnostics } = await check(canonical);
    const sections = buildReport(document.parseResult.value, diagnostics).sections.filter(s => s.line !== undefined);
    const lines = sections.map(s => s.line!);
    const shown: string[] = [];
    for (let line = 1; line <= canonical.split('\n').length; line++) {
        const index = scrollTarget(lines, line);
        const title = index === undefined ? '(top)' : sections[index].title;
        if (shown.at(-1) !== title) shown.push(title);
    }
    return shown;
}

describe('the preview follows the editor without jumping', () => {
    test('scrolling the canonical example from top to bottom moves the report forward only', async () => {
        const { document, diagnostics } = await check(canonical);
        const order = buildReport(document.parseResult.value, diagnostics).sections.map(s => s.title);
        const shown = await walk();
        // Each section shown comes later in the report than the one before: never back up.
        const positions = shown.filter(t => t !== '(top)').map(t => order.indexOf(t));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        // The documentation and the case history stand early in the file but late in the report: they are passed by.
        expect(shown).not.toContain('Dokumentation');
        expect(shown).toContain('Helbred');
        expect(shown.at(-1)).toBe('Samlet vurdering og indstilling');
    });

    test('the section that starts at or above the line, among those in the file\'s order', () => {
        // Report order with source lines: mål 18, helbred 36, vurdering 95, sagsforløb 60, dokumentation 44.
        const lines = [18, 36, 95, 60, 44];
        expect(scrollTarget(lines, 10)).toBeUndefined();
        expect(scrollTarget(lines, 20)).toBe(0);
        expect(scrollTarget(lines, 50)).toBe(1);
        // Line 70 is in sagsforløb, which is out of order: the preview stays at helbred instead of jumping.
        expect(scrollTarget(lines, 70)).toBe(1);
        expect(scrollTarget(lines, 100)).toBe(2);
        expect(scrollTarget([], 5)).toBeUndefined();
    });
});
