import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';
import { cli } from './cli-harness.js';

/** `tjek --format sarif` for CI systems: validated against the SARIF 2.1.0 schema (OASIS, vendored in test/fixtures/sarif). */
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));

describe('arbejdsevne tjek --format sarif', () => {
    test('the exercises give SARIF 2.1.0 that validates, with the same findings as --format json', async () => {
        const exercises = path.join('examples', 'øvelser');
        const sarif = await cli(['tjek', '--format', 'sarif', exercises]);
        const json = await cli(['tjek', '--format', 'json', exercises]);
        expect(sarif.code).toBe(1);
        const log = JSON.parse(sarif.stdout);
        const ajv = new Ajv({ allErrors: true, strict: false });
        addFormats(ajv);
        const validate = ajv.compile(schema);
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

        const findings = JSON.parse(json.stdout) as Array<{ file: string; line: number; column: number; code: string; severity: string }>;
        const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
        expect(results.length).toBe(findings.length);
        expect(results.length).toBeGreaterThan(20);
        results.forEach((r, i) => {
            expect(r.ruleId).toBe(findings[i].code);
            expect(decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)).toBe(findings[i].file.split(path.sep).join('/'));
            expect(r.locations[0].physicalLocation.region).toMatchObject({ startLine: findings[i].line, startColumn: findings[i].column });
            expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[findings[i].severity]);
        });
    });

    test('each rule carries its Danish requirement, help and a link to its section of docs/regler.md', async () => {
        const log = JSON.parse((await cli(['tjek', '--format', 'sarif', 'examples/fie-hansen.aev'])).stdout);
        const rules = log.runs[0].tool.driver.rules as Array<{ id: string; fullDescription: { text: string }; help: { text: string }; helpUri: string }>;
        const fp01 = rules.find(r => r.id === 'FP-01')!;
        expect(fp01.fullDescription.text).toBe('Borgeren er 40 år, eller det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres');
        expect(fp01.help.text).toContain('pensionslovens § 16, stk. 2');
        expect(fp01.helpUri).toMatch(/^file:\/\/.*\/docs\/regler\.md#fp-01$/);
        // A basis that ends with an abbreviation ("1. pkt.") gets no second full stop.
        expect(rules.find(r => r.id === 'PROC-07')!.help.text).toMatch(/Grundlag: FVL § 24, stk\. 1, 1\. pkt\.$/);
        expect(rules.filter(r => r.help && /\.\.(\s|$)/.test(r.help.text)).map(r => r.id)).toEqual([]);
        expect(log.runs[0].results).toEqual([]);
    });
});
