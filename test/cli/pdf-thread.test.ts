import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isShortReport } from '../../packages/cli/out/pdf-thread.js';
import { tempDir } from './cli-harness.js';
import { canonical } from '../helpers.js';

describe('rapport on a description of usual size keeps V8 to its baseline compiler', () => {
    test('one .aev of at most 64 KB, wherever it stands among the options', () => {
        const dir = tempDir();
        const small = path.join(dir, 'fie.aev');
        writeFileSync(small, canonical);
        expect(isShortReport([small])).toBe(true);
        expect(isShortReport(['--pdf', path.join(dir, 'r.pdf'), small, '--bilag'])).toBe(true);
    });

    test('not for a long one, two files, a folder called .aev or a file that is not there', () => {
        const dir = tempDir();
        const long = path.join(dir, 'lang.aev');
        writeFileSync(long, canonical + '\n'.repeat(64 * 1024));
        const small = path.join(dir, 'fie.aev');
        writeFileSync(small, canonical);
        mkdirSync(path.join(dir, 'mappe.aev'));
        expect(isShortReport([long])).toBe(false);
        expect(isShortReport([small, small])).toBe(false);
        expect(isShortReport([path.join(dir, 'mappe.aev')])).toBe(false);
        expect(isShortReport([path.join(dir, 'findes-ikke.aev')])).toBe(false);
        expect(isShortReport([])).toBe(false);
    });
});
