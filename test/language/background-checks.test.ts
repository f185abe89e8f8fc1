import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { BACKGROUND_CHECK_BYTES, CHECKED_IN_BACKGROUND, checkText, createArbejdsevneServices, type ArbejdsevneConfig } from '@arbejdsevne/language';
import { canonical } from '../helpers.js';

/** The language side of background checks, with a checker of the test's own (the Node worker is tested in test/server/background.test.ts). */
const large = `${canonical}\n${'// kommentar, der fylder\n'.repeat(Math.ceil((BACKGROUND_CHECK_BYTES + 1000) / 25))}`;

function servicesWith(check: (uri: string, text: string, config: ArbejdsevneConfig) => Promise<never[]>) {
    const services = createArbejdsevneServices(EmptyFileSystem);
    services.shared.workspace.BackgroundChecks.checker = { check };
    return services.Arbejdsevne;
}

describe('background checks', () => {
    test('a large text is handed to the checker with its configuration; this thread keeps an empty tree', async () => {
        const asked: Array<{ text: string; config: ArbejdsevneConfig }> = [];
        const services = servicesWith(async (_uri, text, config) => { asked.push({ text, config }); return []; });
        services.config.ConfigProvider.setOverrides({ profil: 'ds_anbefalinger', regler: { 'IND-06': 'fra' } });
        const { diagnostics, root } = await checkText(services, large);
        expect(asked).toHaveLength(1);
        expect(asked[0].text).toBe(large);
        expect(asked[0].config).toMatchObject({ profil: 'ds_anbefalinger', regler: { 'IND-06': 'fra' } });
        expect(diagnostics.map(d => d.code)).toEqual([CHECKED_IN_BACKGROUND]);
        expect(root.$cstNode?.text ?? '').toBe('');
    });

    test('a failed background check says so as an error, never as a clean file', async () => {
        const services = servicesWith(() => Promise.reject(new Error('tråden stoppede')));
        const { diagnostics } = await checkText(services, large);
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual([[CHECKED_IN_BACKGROUND, 3], [CHECKED_IN_BACKGROUND, 1]]);
        expect(diagnostics[1].message).toBe('Filen kunne ikke tjekkes i baggrunden (tråden stoppede). Tjek den med kommandoen: arbejdsevne tjek <fil>.');
    });

    test('a text under the size, or a host without a checker, is checked here', async () => {
        let asked = 0;
        const small = await checkText(servicesWith(async () => { asked++; return []; }), canonical);
        expect(asked).toBe(0);
        expect(small.diagnostics).toEqual([]);
        const withoutChecker = await checkText(createArbejdsevneServices(EmptyFileSystem).Arbejdsevne, large);
        expect(withoutChecker.diagnostics.map(d => d.code)).not.toContain(CHECKED_IN_BACKGROUND);
    });
});
