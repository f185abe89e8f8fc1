import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonical } from '../helpers.js';
import { cli, tempDir } from './cli-harness.js';

/** Input a caseworker's machine produces: other file endings, Notepad's BOM, settings with typos, nested folders. */
describe('odd input to tjek', () => {
    test('a file that does not end in .aev is checked like one', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'sag.txt'), canonical);
        const { code, stdout, stderr } = await cli(['tjek', path.join(dir, 'sag.txt')]);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(stdout.trim().split('\n').at(-1)).toBe('1 fil tjekket: 0 fejl, 0 advarsler, 0 info.');
    });

    test('arbejdsevne.json with a BOM is read; an unknown rule set or date is reported, not ignored', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'sag.aev'), canonical.replace('    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', ''));
        writeFileSync(path.join(dir, 'arbejdsevne.json'), '\uFEFF{ "regler": { "FD-05": "off" } }');
        expect((await cli(['tjek', path.join(dir, 'sag.aev')])).stdout.trim().split('\n').at(-1)).toBe('1 fil tjekket: 0 fejl, 0 advarsler, 0 info.');
        writeFileSync(path.join(dir, 'arbejdsevne.json'), '{ "regelsæt": "REF-2027", "idag": "i går" }');
        const { stdout } = await cli(['tjek', path.join(dir, 'sag.aev')]);
        expect(stdout).toContain('"regelsæt" skal være et af "RP-2022", "RP-2025", "REF-2026a", "REF-2026b", "LAB-2027", ikke "REF-2027"');
        expect(stdout).toContain('"idag" skal være en dato som "2026-11-20", ikke "i går"');
    });

    test('the search for arbejdsevne.json stops at a repository root', async () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'arbejdsevne.json'), '{ "regler": { "FD-05": "off" } }');
        mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
        mkdirSync(path.join(dir, 'repo', 'sager'));
        writeFileSync(path.join(dir, 'repo', 'sager', 'sag.aev'), canonical.replace('    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', ''));
        const { stdout } = await cli(['tjek', path.join(dir, 'repo', 'sager', 'sag.aev')]);
        expect(stdout).toContain('FD-05');
    });
});
