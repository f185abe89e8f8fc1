import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderReport, type ReportAssets } from '@arbejdsevne/report';
import { fontDirectory, nodeAssets } from '@arbejdsevne/report/node';
import { canonical, check, repoRoot } from '../helpers.js';

/** The report package renders through one entry, with its platform (fonts) passed in as bytes. */
describe('renderReport', () => {
    test('the browser seam (fonts given as bytes) gives the same PDF bytes as the Node seam', async () => {
        const checked = await check(canonical);
        const dir = fontDirectory();
        // What a browser has: plain Uint8Arrays, fetched or bundled, no file system.
        const bytes = (file: string) => Uint8Array.from(readFileSync(path.join(dir, file)));
        const browser: ReportAssets = { fonts: { regular: bytes('DejaVuSans.ttf'), bold: bytes('DejaVuSans-Bold.ttf'), italic: bytes('DejaVuSans-Oblique.ttf') } };
        const viaBrowser = await renderReport(checked, 'pdf', { assets: browser, appendix: true });
        const viaNode = await renderReport(checked, 'pdf', { assets: nodeAssets(), appendix: true });
        expect(Buffer.from(viaBrowser.bytes).subarray(0, 5).toString()).toBe('%PDF-');
        expect(Buffer.from(viaBrowser.bytes).equals(Buffer.from(viaNode.bytes))).toBe(true);
        expect(viaNode.draft).toBe(false);
        expect(viaNode.title).toBe('Fie Hansen – beskrivelse af arbejdsevne');
    });

    test('HTML and DOCX come out of the same entry; the citizen version too', async () => {
        const checked = await check(canonical);
        const html = new TextDecoder().decode((await renderReport(checked, 'html')).bytes);
        expect(html).toMatch(/^<!DOCTYPE html>/i);
        const docx = (await renderReport(checked, 'docx')).bytes;
        expect(Buffer.from(docx).subarray(0, 2).toString()).toBe('PK');
        const citizen = new TextDecoder().decode((await renderReport(checked, 'html', { version: 'borger' })).bytes);
        expect(citizen).toContain('Det har du fortalt os');
    });

    test('no source file of the report package touches the platform outside its seams', () => {
        const src = path.join(repoRoot, 'packages/report/src');
        const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'));
        const seams = ['node-assets.ts', 'safe-write.ts', 'bundling.ts'];
        for (const file of files.filter(f => !seams.includes(f))) {
            const text = readFileSync(path.join(src, file), 'utf8');
            expect(text, file).not.toMatch(/from 'node:|require\(|process\.|Buffer\./);
        }
    });
});

describe('the plan table', () => {
    test('a measure\'s description ends as a sentence before its goal', async () => {
        const { reportModel } = await import('@arbejdsevne/report');
        const model = reportModel(await check(canonical));
        const cells = model.sections.flatMap(s => s.blocks.flatMap(b => (b.kind === 'table' ? b.rows.flat() : [])));
        const withGoal = cells.filter(c => c.includes(' Mål: '));
        expect(withGoal.length).toBeGreaterThan(0);
        for (const cell of withGoal) expect(cell).toMatch(/[.!?] Mål: /);
    });

    test('the figures\' texts end as one sentence, never with an ellipsis and a full stop', async () => {
        const { reportModel } = await import('@arbejdsevne/report');
        const figures = reportModel(await check(canonical)).sections.flatMap(s => s.blocks.flatMap(b => (b.kind === 'matrix' || b.kind === 'timeline' ? [b.alt] : [])));
        expect(figures.length).toBeGreaterThanOrEqual(2);
        for (const alt of figures) expect(alt).toMatch(/(?<!…)[.…]$/u);
        expect(figures.some(alt => alt.includes('…'))).toBe(true);
    });
});

describe('a mention of a document', () => {
    test('is a short reference, its kind and its date, without parentheses of its own (it often stands in parentheses): the reasons read as written', async () => {
        const { reportModel } = await import('@arbejdsevne/report');
        const text = readFileSync(path.join(repoRoot, 'examples/ole-jensen-foertidspension.aev'), 'utf8');
        const shown = JSON.stringify(reportModel(await check(text)));
        expect(shown).toContain('Egen læge (LÆ 265, 20. august 2026)');
        expect(shown).not.toMatch(/« \(/);
        // The canonical begrundelse: four lines as written, not thirteen.
        const model = reportModel(await check(canonical));
        const reasons = model.sections.flatMap(s => s.blocks).find(b => b.kind === 'paragraph' && b.label === 'Begrundelse');
        expect(reasons && 'text' in reasons ? reasons.text : '').toBe('Fie har en faglig uddannelse og lang erfaring (»Faglært frisør med svendebrev fra 2005«, »Otte års erfaring fra salon med stabilt fremmøde«), men »Kroniske lændesmerter …« begrænser hende varigt, jf. LÆ 265, 1. september 2026 og Sundhedsfaglig rådgivning (klinisk funktion), 20. oktober 2026. Praktikken (»Praktik i frisørsalon, 15 timer om ugen«) viste, at hun ikke kan arbejde på ordinære vilkår, heller ikke med mentorstøtte (»Mentorstøtte ved opstart i praktik«). Arbejdsevnen er derfor væsentligt og varigt nedsat.');
    });
});

describe('mentions of documents', () => {
    test('a document of type andet is named by its own description (never "Anden indsats"), or "Andet dokument" without one', async () => {
        const { reportModel } = await import('@arbejdsevne/report');
        const reasonsOf = (model: ReturnType<typeof reportModel>) => {
            const reasons = model.sections.flatMap(s => s.blocks).find(b => b.kind === 'paragraph' && b.label === 'Begrundelse');
            return reasons && 'text' in reasons ? reasons.text : '';
        };
        const text = canonical.replace('dokument koordinator: klinisk_funktion 2026-10-20', 'dokument koordinator: andet 2026-10-20');
        const model = reportModel(await check(text));
        expect(reasonsOf(model)).toContain('jf. LÆ 265, 1. september 2026 og Sundhedsfaglig rådgivning fra sundhedskoordinator, 20. oktober 2026.');
        expect(JSON.stringify(model)).not.toContain('Anden indsats');
        const bare = reportModel(await check(text.replace('andet 2026-10-20 "Sundhedsfaglig rådgivning fra sundhedskoordinator"', 'andet 2026-10-20')));
        expect(reasonsOf(bare)).toContain('og Andet dokument, 20. oktober 2026.');
    });
});

describe('the appendix and the legal basis', () => {
    test('a rule about another kind of citizen is "Ikke relevant", not "Opfyldt"; law dates read the Danish way', async () => {
        const { reportModel } = await import('@arbejdsevne/report');
        const model = reportModel(await check(canonical), { appendix: true });
        const rows = model.sections.find(s => s.id === 'bilag')!.blocks.flatMap(b => (b.kind === 'table' ? b.rows : []));
        const status = (id: string) => rows.find(r => r[0].startsWith(`${id} `))?.[1];
        // Fie Hansen is 42, on kontanthjælp, says nothing against the assessment, and is recommended fleksjob.
        expect(['BOR-02', 'BOR-03', 'BV-03', 'FP-01'].map(status)).toEqual(['Ikke relevant', 'Ikke relevant', 'Ikke relevant', 'Ikke relevant']);
        expect(status('BOR-01')).toBe('Opfyldt');
        const young = reportModel(await check(canonical.replace('fødselsdato: 1984-03-12', 'fødselsdato: 2000-03-12')), { appendix: true });
        const youngRows = young.sections.find(s => s.id === 'bilag')!.blocks.flatMap(b => (b.kind === 'table' ? b.rows : []));
        expect(youngRows.find(r => r[0].startsWith('BOR-02 '))?.[1]).toBe('Bemærkning');
        expect(JSON.stringify(rows)).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
        expect(JSON.stringify(rows)).toContain('lov nr. 1750 af 29. december 2025');
    });

    test('a provisional rule set is said once, in plain words, beside the legal basis', async () => {
        const { reportModel } = await import('@arbejdsevne/report');
        const later = reportModel(await check(canonical.replace('dato: 2026-11-20', 'dato: 2027-02-01')));
        const blocks = later.sections.find(s => s.id === 'vurdering')!.blocks;
        const note = blocks.find(b => b.kind === 'paragraph' && b.label === 'Foreløbigt retsgrundlag');
        expect(note && 'text' in note ? note.text : '').toMatch(/^Reglerne fra 1\. januar 2027 er ikke endeligt afklaret: /);
        expect(reportModel(await check(canonical)).sections.find(s => s.id === 'vurdering')!.blocks.some(b => b.kind === 'paragraph' && b.label === 'Foreløbigt retsgrundlag')).toBe(false);
    });
});

describe('each thing said once, no text cut silently', () => {
    test('a measure whose text starts with its type is not "Virksomhedspraktik: Virksomhedspraktik …"; table captions do not repeat their heading', async () => {
        const { reportModel } = await import('@arbejdsevne/report');
        const model = reportModel(await check(canonical.replace('"Praktik i frisørsalon, 15 timer om ugen"', '"Virksomhedspraktik i frisørsalon, 15 timer om ugen"')));
        const previous = model.sections.find(s => s.id === 'hidtidige')!;
        const rows = previous.blocks.flatMap(b => (b.kind === 'table' ? b.rows : []));
        expect(rows[0][0]).toBe('Virksomhedspraktik i frisørsalon, 15 timer om ugen');
        // The type's label is "Mentorstøtte": said once here too.
        expect(rows[1][0]).toBe('Mentorstøtte ved opstart i praktik');
        for (const section of model.sections) for (const block of section.blocks) if (block.kind === 'table') expect(block.caption, section.id).not.toBe(section.title);
    });

    test('a barrier named by its first sentence: "9. klasse" does not end it, and a shortened name says so with "…"', async () => {
        const { reportModel } = await import('@arbejdsevne/report');
        const model = reportModel(await check(canonical.replace('"Har ikke haft arbejde siden 2019"', '"Ingen formel uddannelse ud over 9. klasse og truckcertifikat. Har ikke arbejdet siden 2019"')));
        const matrix = model.sections.flatMap(s => s.blocks).find(b => b.kind === 'matrix');
        expect(matrix && matrix.kind === 'matrix' ? matrix.matrix.rows[0] : '').toBe('Ingen formel uddannelse ud over 9. klasse og…');
    });
});
