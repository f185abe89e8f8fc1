import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { namedEntries, readability } from '@arbejdsevne/language';
import { buildCitizenReport, reportModel, type ReportModel } from '@arbejdsevne/report';
import { check, canonical, repoRoot } from '../helpers.js';

/** The citizen version of every example, read as a citizen would: plain, in "du", no jargon, a draft exactly when the report is. */
const dir = path.join(repoRoot, 'examples');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.aev')).sort();

const allText = (model: ReportModel) => [model.meta.title, ...model.header.rows.flat(), ...model.sections.flatMap(s => [s.title, ...s.blocks.flatMap(b => ('text' in b ? [b.text, 'label' in b ? b.label ?? '' : '', 'caption' in b ? b.caption ?? '' : ''] : []))])].join('\n');
const generatedText = (model: ReportModel) => model.sections.flatMap(s => s.blocks.filter(b => 'origin' in b && b.origin === 'generated').map(b => ('text' in b ? b.text : ''))).join('\n');

describe('the citizen version', () => {
    test.each(files)('%s', async file => {
        const text = readFileSync(path.join(dir, file), 'utf8');
        const checked = await check(text);
        const citizen = buildCitizenReport(checked.root, checked.diagnostics);
        const full = reportModel(checked);
        // What the tool writes itself is easy to read.
        expect(readability(generatedText(citizen)).lix, generatedText(citizen)).toBeLessThanOrEqual(35);
        const shown = allText(citizen);
        expect(shown).not.toMatch(/§|\bjf\.|»|«|\b[A-Z]{2,4}-\d{2}\b|LÆ ?2[68]5|\budfyldes\b|TODO/i);
        // No entry is named by its id (unless the same word is also ordinary text in the file; a measure's label is a word, not an id).
        const textsOnly = citizen.sections.flatMap(s => s.blocks.flatMap(b => ('text' in b ? [b.text] : []))).join('\n');
        const prose = text.replace(/^\s*(?:indsats|ressource|barriere|dokument|samtale|samtykke|partshøring|afklaring|rehabiliteringsteam|vejledning)\s+\S+:/gm, '');
        for (const entry of namedEntries(checked.root)) {
            if (new RegExp(`(?<![\\p{L}\\d_@])${entry.name}(?![\\p{L}\\d_])`, 'u').test(prose.replace(/@\S+/g, ''))) continue;
            expect(textsOnly, entry.name).not.toMatch(new RegExp(`(?<![\\p{L}\\d_])${entry.name}(?![\\p{L}\\d_])`, 'u'));
        }
        expect(citizen.meta.draft).toBe(full.meta.draft);
        expect(citizen.sections.map(s => s.title)).toContain('Det sker nu');
    });

    test('the caseworker’s own words to the citizen (til_borgeren) replace the generated assessment', async () => {
        const text = canonical.replace('    lovgrundlag: LAB § 116\n', '    til_borgeren: "Du kan arbejde, men ikke stå en hel dag. Derfor foreslår vi et fleksjob."\n    lovgrundlag: LAB § 116\n');
        const checked = await check(text);
        const citizen = buildCitizenReport(checked.root, checked.diagnostics);
        const assessment = citizen.sections.find(s => s.title === 'Vores vurdering')!;
        expect(assessment.blocks).toEqual([{ kind: 'paragraph', text: 'Du kan arbejde, men ikke stå en hel dag. Derfor foreslår vi et fleksjob.', origin: 'caseworker' }]);
        expect(allText(citizen)).not.toContain('begrænser hende varigt');
    });

    test('a førtidspension case without a plan says what happens next, not "enige om" over nothing', async () => {
        const text = readFileSync(path.join(dir, 'ole-jensen-foertidspension.aev'), 'utf8');
        const checked = await check(text.replace(/indsatsplan \{[\s\S]*?\n\}\n/, ''));
        const citizen = buildCitizenReport(checked.root, checked.diagnostics);
        expect(citizen.sections.map(s => s.title)).not.toContain('Det er vi enige om at arbejde med');
        expect(allText(citizen)).toContain('Nu skal kommunen træffe en afgørelse om førtidspension.');
    });
});
