import { describe, expect, test } from 'vitest';
import { configFromEditorSettings } from '@arbejdsevne/language';
import { canonical, check, createTestServices, readRepoFile } from '../helpers.js';

describe('VS Code settings mapped onto the checker', () => {
    test('profile and rule severities pass; invalid values are dropped', () => {
        expect(configFromEditorSettings({ profil: 'ds_anbefalinger', regler: { 'IND-06': 'off', 'FD-09': 'loud', 'XYZ-1': 'off' }, rapport: { visCpr: true } }))
            .toEqual({ profil: 'ds_anbefalinger', regler: { 'IND-06': 'off' } });
        expect(configFromEditorSettings(undefined)).toEqual({});
        expect(configFromEditorSettings({ profil: 'streng' })).toEqual({});
    });

    test('the Danish level words (fra, info, advarsel, fejl) mean the English ones', () => {
        expect(configFromEditorSettings({ regler: { 'IND-06': 'fra', 'FD-09': 'advarsel', 'FD-06': 'Fejl', 'BV-01': 'info' } }))
            .toEqual({ regler: { 'IND-06': 'off', 'FD-09': 'warning', 'FD-06': 'error', 'BV-01': 'info' } });
    });

    test('a setting changes the next validation', async () => {
        const services = createTestServices();
        const text = canonical.replace(/    cv: """[\s\S]*?"""\n/, '');
        expect((await check(text, services)).diagnostics.map(d => d.code)).toEqual(['FD-09']);
        services.config.ConfigProvider.setOverrides({ idag: '2026-11-23', ...configFromEditorSettings({ regler: { 'FD-09': 'off' } }) });
        expect((await check(text, services)).diagnostics).toEqual([]);
    });
});

describe('the extension\'s defaults for .aev files', () => {
    test('prose wraps at the window edge (word wrap on), beside the preview', () => {
        const manifest = JSON.parse(readRepoFile('packages/vscode/package.json')) as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } };
        expect(manifest.contributes.configurationDefaults['[arbejdsevne]']['editor.wordWrap']).toBe('on');
    });
});

describe('the walkthrough', () => {
    test('each step is ticked by the command its link runs, not only by a context key', () => {
        const manifest = JSON.parse(readRepoFile('packages/vscode/package.json')) as { contributes: { walkthroughs: Array<{ steps: Array<{ id: string; description: string; completionEvents: string[] }> }> } };
        for (const step of manifest.contributes.walkthroughs.flatMap(w => w.steps)) {
            const linked = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map(m => m[1]);
            expect(linked.length, step.id).toBeGreaterThan(0);
            for (const command of linked) expect(step.completionEvents, step.id).toContain(`onCommand:${command}`);
        }
    });
});
