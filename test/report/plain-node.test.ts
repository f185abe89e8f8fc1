import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';

/**
 * The packages as Node itself loads them (no bundler, no vite): every import resolves. A folder
 * import of a CommonJS dependency once passed every vitest test and failed in plain Node.
 */
describe('the report in plain Node', () => {
    test('renders a PDF with a word that must be hyphenated', () => {
        const script = `
            import 'object.groupby/auto';
            import { EmptyFileSystem } from 'langium';
            import { readFileSync } from 'node:fs';
            import { checkText, createArbejdsevneServices } from '@arbejdsevne/language';
            import { renderReport } from '@arbejdsevne/report';
            import { nodeAssets } from '@arbejdsevne/report/node';
            const text = readFileSync('examples/fie-hansen.aev', 'utf8').replace('Har ikke haft arbejde siden 2019', 'Arbejdsmarkedsuddannelsesvirksomhedskonsulentforløbet');
            const checked = await checkText(createArbejdsevneServices(EmptyFileSystem).Arbejdsevne, text);
            const pdf = await renderReport(checked, 'pdf', { assets: nodeAssets() });
            process.stdout.write(new TextDecoder('latin1').decode(pdf.bytes.subarray(0, 5)));`;
        expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' })).toBe('%PDF-');
    });
});
