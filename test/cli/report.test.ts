import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, tempDir } from './cli-harness.js';
import { renderReport } from '@arbejdsevne/report';
import { nodeAssets } from '@arbejdsevne/report/node';
import { canonical, check, repoRoot } from '../helpers.js';
import { poppler } from '../report/report-helpers.js';

describe('arbejdsevne rapport', () => {
    test('without an output option: <filnavn>.pdf beside the input', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'fie-hansen.aev');
        writeFileSync(input, canonical);
        const { code, stdout, stderr } = await cli(['rapport', input]);
        expect(stderr).toBe('');
        expect(stdout.trim()).toBe(`Skrev ${path.join(dir, 'fie-hansen.pdf')}`);
        expect(code).toBe(0);
        expect(readFileSync(path.join(dir, 'fie-hansen.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    });

    test('an output that is the description itself, or two formats to one file, is refused before anything is written (exit 2)', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, canonical);
        symlinkSync(input, path.join(dir, 'genvej.aev'));
        for (const args of [['--pdf', input], ['--html', path.join(dir, 'genvej.aev')], ['--docx', path.join(dir, '.', 'sag.aev')]]) {
            const { code, stdout, stderr } = await cli(['rapport', input, ...args]);
            expect(code, args.join(' ')).toBe(2);
            expect(stdout).toBe('');
            expect(stderr).toContain('er en af de filer, der læses: den ville blive overskrevet');
            expect(readFileSync(input, 'utf8')).toBe(canonical);
        }
        const same = await cli(['rapport', input, '--pdf', path.join(dir, 'r.pdf'), '--html', path.join(dir, 'x', '..', 'r.pdf')]);
        expect(same.code).toBe(2);
        expect(same.stderr).toContain('--pdf og --html peger på samme fil');
        expect(readdirSync(dir).sort()).toEqual(['genvej.aev', 'sag.aev']);
        // sammenlign and partshøring read their inputs the same way.
        expect((await cli(['sammenlign', input, input, '--pdf', input])).code).toBe(2);
        expect((await cli(['partshøring', input, '--dato', '2026-11-25', '--html', input])).code).toBe(2);
        expect(readFileSync(input, 'utf8')).toBe(canonical);
    });

    test('--dato before the case date is refused (exit 2, nothing written): the charts would be dated before the description', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, canonical);
        const { code, stderr } = await cli(['rapport', input, '--dato', '1900-01-01']);
        expect(code).toBe(2);
        expect(stderr).toContain('--dato 1900-01-01 ligger før sagens dato (20. november 2026)');
        expect(readdirSync(dir)).toEqual(['sag.aev']);
        expect((await cli(['rapport', input, '--dato', '2026-11-20'])).code).toBe(0);
        // Written the Danish way, as the language and the other commands take it.
        expect((await cli(['rapport', input, '--dato', '1.12.2026'])).code).toBe(0);
    });

    test('--html, --docx, --pdf together; --dato sets the creation date', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, canonical);
        const { code } = await cli(['rapport', input, '--pdf', path.join(dir, 'r.pdf'), '--html', path.join(dir, 'r.html'), '--docx', path.join(dir, 'r.docx'), '--dato', '2026-12-01']);
        expect(code).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['r.docx', 'r.html', 'r.pdf', 'sag.aev']);
        expect(poppler('pdfinfo', readFileSync(path.join(dir, 'r.pdf')))).toMatch(/CreationDate:\s+Tue Dec\s+1 12:00:00 2026 UTC/);
    });

    test('a file with syntax errors: a clear Danish error, exit 1, no output file', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'rod.aev');
        writeFileSync(input, canonical.replace('borger {', 'borger { %'));
        const { code, stderr } = await cli(['rapport', input]);
        expect(code).toBe(1);
        expect(stderr).toContain("fejl SYNTAX Uventet tegn '%'.");
        expect(stderr).toContain('der er ikke lavet nogen rapport');
        expect(readdirSync(dir)).toEqual(['rod.aev']);
    });

    test('a file with rule errors: rendered with the UDKAST mark, a warning line, exit 1 (a draft is no success)', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'udkast.aev');
        writeFileSync(input, canonical.replace(/borgerens_vurdering 2026-11-10 """[\s\S]*?"""\n/, ''));
        const { code, stderr } = await cli(['rapport', input]);
        expect(code).toBe(1);
        expect(stderr).toMatch(/advarsel: beskrivelsen har 1 fejl; rapporten er mærket "UDKAST – indeholder fejl"/);
        expect(poppler('pdftotext', readFileSync(path.join(dir, 'udkast.pdf')))).toContain('UDKAST – indeholder fejl');
    });

    test('a failed render leaves the earlier file untouched and no temporary file behind', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, canonical);
        writeFileSync(path.join(dir, 'sag.pdf'), 'den gamle rapport');
        const { code, stderr } = await cli(['rapport', input], undefined, { ARBEJDSEVNE_FONT_DIR: path.join(dir, 'ingen-skrifttyper') });
        expect(code).toBe(2);
        expect(stderr).toMatch(/^arbejdsevne: Rapporten kunne ikke laves \(.*\); .*sag\.pdf er ikke ændret\.\n$/);
        expect(readFileSync(path.join(dir, 'sag.pdf'), 'utf8')).toBe('den gamle rapport');
        expect(readdirSync(dir).sort()).toEqual(['sag.aev', 'sag.pdf']);
    });

    test('output paths never contain a CPR number', async () => {
        const dir = tempDir();
        const input = path.join(dir, '120384-1234.aev');
        writeFileSync(input, canonical);
        const refused = await cli(['rapport', path.join(dir, '120384-1234.aev'), '--pdf', path.join(dir, 'rapport-1203841234.pdf')]);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('ligner et CPR-nummer');
        expect(refused.stderr).not.toMatch(/1203841234|120384-1234/);
        // No default name from a CPR-bearing name: masking it would give two citizens the same report name.
        const noDefault = await cli(['rapport', input]);
        expect(noDefault.code).toBe(2);
        expect(noDefault.stderr).toContain('--pdf');
        expect(noDefault.stderr).not.toContain('120384');
        const named = await cli(['rapport', input, '--pdf', path.join(dir, 'fie.pdf')]);
        expect(named.code).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['120384-1234.aev', 'fie.pdf']);
        // Other ways of writing it in a name, and in a folder's name.
        for (const target of ['fie.120384.1234.pdf', 'fie_120384_1234.pdf', path.join('120384-1234', 'fie.pdf')]) {
            const result = await cli(['rapport', input, '--pdf', path.join(dir, target)]);
            expect(result.code, target).toBe(2);
            expect(result.stderr, target).not.toContain('120384');
        }
    });

    test('the citizen version of a draft is marked and warned about; without a case date it shows no date', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'udkast.aev');
        writeFileSync(input, canonical.replace('    dato: 2026-11-20\n', ''));
        const { code, stderr } = await cli(['rapport', input, '--borgerversion']);
        expect(code).toBe(1);
        expect(stderr).toMatch(/^arbejdsevne: advarsel: beskrivelsen har \d+ fejl; borgerversionen er mærket "UDKAST – indeholder fejl"\./);
        const text = poppler('pdftotext', readFileSync(path.join(dir, 'udkast-borgerversion.pdf')));
        expect(text).toContain('UDKAST');
        expect(text).not.toContain('2000');
        expect(text).not.toMatch(/^Dato/m);
    });

    test('--borgerversion writes the citizen version; --vis-cpr shows the CPR number', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, canonical.replace('    fødselsdato: 1984-03-12\n', '    cpr: "120384-1234"\n'));
        await cli(['rapport', input, '--borgerversion']);
        expect(poppler('pdftotext', readFileSync(path.join(dir, 'sag-borgerversion.pdf')))).toContain('Det har du fortalt os');
        await cli(['rapport', input, '--vis-cpr', '--pdf', path.join(dir, 'fuld.pdf')]);
        expect(poppler('pdftotext', readFileSync(path.join(dir, 'fuld.pdf')))).toContain('120384-1234');
        await cli(['rapport', input, '--pdf', path.join(dir, 'maskeret.pdf')]);
        expect(poppler('pdftotext', readFileSync(path.join(dir, 'maskeret.pdf')))).toContain('120384-XXXX');
    });

    test('--bilag adds the appendix with every rule and its status', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, canonical);
        await cli(['rapport', input, '--bilag']);
        const text = poppler('pdftotext', readFileSync(path.join(dir, 'sag.pdf')));
        expect(text).toContain('Bilag: lovmæssig fuldstændighed');
        expect(text).toMatch(/FJ-01 Arbejdsevnen er væsentligt og varigt nedsat\s+eller meget begrænset\s+Opfyldt/);
        expect(text).toMatch(/FP-01 Borgeren er 40 år, eller det er dokumenteret\s+eller helt åbenbart, at arbejdsevnen ikke kan forbedres\s+Ikke relevant/);
    });

    test('the PDF from the bundle (its PDF thread, its lighter libraries) is byte for byte the PDF rendered in-process', async () => {
        const dir = tempDir();
        // Text outside the prepared Latin layout too: shaped by fontkit, with its Unicode tables.
        const texts = { 'fie.aev': canonical, 'andre-skrifter.aev': canonical.replace('Jeg vil rigtig gerne arbejde', 'Jeg (Ωμέγα, Борис, Zoë, e\u0301) vil rigtig gerne arbejde') };
        for (const [name, text] of Object.entries(texts)) {
            writeFileSync(path.join(dir, name), text);
            const { code } = await cli(['rapport', path.join(dir, name), '--pdf', path.join(dir, `${name}.pdf`)]);
            expect(code).toBe(0);
            const inProcess = await renderReport(await check(text), 'pdf', { assets: nodeAssets() });
            expect(Buffer.compare(readFileSync(path.join(dir, `${name}.pdf`)), inProcess.bytes), name).toBe(0);
        }
        expect(poppler('pdftotext', readFileSync(path.join(dir, 'andre-skrifter.aev.pdf'))).replace(/\s+/g, ' ')).toContain('Jeg (Ωμέγα, Борис, Zoë, é) vil');
    });

    test('the bundle leaves out the code the report never runs: the Brotli decoder, AES, a JavaScript inflate', () => {
        const dist = path.join(repoRoot, 'packages/cli/dist');
        const files = [path.join(dist, 'bin.js'), path.join(dist, 'pdf-worker.js'), ...readdirSync(path.join(dist, 'chunks')).filter(f => f.endsWith('.js')).map(f => path.join(dist, 'chunks', f))];
        // The bundle is minified: its source maps name the modules it holds.
        const sources = files.flatMap(file => (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources);
        expect(sources.some(source => source.includes('node_modules/pdfkit/'))).toBe(true);
        for (const library of ['node_modules/brotli/', 'node_modules/@noble/ciphers/', 'node_modules/tiny-inflate/']) expect(sources.filter(source => source.includes(library)), library).toEqual([]);
        const code = files.map(file => readFileSync(file, 'utf8')).join('\n');
        for (const stub of ['WOFF2-skrifttyper', 'Kryptering af PDF', 'inflateRawSync']) expect(code, stub).toContain(stub);
    });

    test('only --html: the PDF thread started for rapport ends at once', async () => {
        const dir = tempDir();
        const input = path.join(dir, 'sag.aev');
        writeFileSync(input, canonical);
        // A thread left waiting would keep the process, and this test, from ending.
        const { code } = await cli(['rapport', input, '--html', path.join(dir, 'r.html')]);
        expect(code).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['r.html', 'sag.aev']);
    });
});
