import JSZip from 'jszip';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { renderHtml } from '@arbejdsevne/report';
import { canonical } from '../helpers.js';
import { modelOf, docxOf } from './report-helpers.js';

type Node = { nodeName: string; tagName?: string; value?: string; childNodes?: Node[]; attrs?: Array<{ name: string; value: string }> };

function all(node: Node, predicate: (n: Node) => boolean, found: Node[] = []): Node[] {
    if (predicate(node)) found.push(node);
    for (const child of node.childNodes ?? []) all(child, predicate, found);
    if ((node as { content?: Node }).content) all((node as { content?: Node }).content!, predicate, found);
    return found;
}
const textOf = (node: Node): string => (node.nodeName === '#text' ? node.value ?? '' : (node.childNodes ?? []).map(textOf).join(''));

const nasty = 'Ali <script>alert(1)</script> "A" & B </style> ]]>';
const nastyCase = canonical
    .replace('arbejdsevne "Fie Hansen – beskrivelse af arbejdsevne"', `arbejdsevne """${nasty}"""`)
    .replace('navn: "Fie Hansen"', `navn: """${nasty}"""`)
    .replace('Jeg vil rigtig gerne arbejde med mennesker igen.', `Jeg vil rigtig gerne arbejde med mennesker igen. ${nasty}`);

describe('HTML', async () => {
    const { model } = await modelOf(canonical);
    const html = renderHtml(model);
    const dom = parse(html) as unknown as Node;

    test('a self-contained Danish page: headings in order, no scripts, no remote resources', () => {
        expect(all(dom, n => n.tagName === 'html')[0].attrs).toContainEqual({ name: 'lang', value: 'da' });
        expect(all(dom, n => n.tagName === 'h2').map(textOf).slice(0, 10)).toEqual(['Mål og ønsker', 'Beskæftigelse og uddannelse', 'Sociale forhold', 'Helbred',
            'Forsørgelseshistorik', 'Hidtidige indsatser', 'Borgerens egen vurdering', 'Indsatsplan', 'Samlet vurdering og indstilling', 'Sagsforløb']);
        expect(all(dom, n => n.tagName === 'script')).toEqual([]);
        expect(html).not.toMatch(/(src|href)="https?:/);
    });

    test('the citizen’s words as a quotation; drawings as inline SVG with a text alternative', () => {
        const quotes = all(dom, n => n.tagName === 'blockquote').map(textOf);
        // Reflowed: the file's line breaks are the editor's wrapping, not the citizen's.
        expect(quotes.some(q => q.includes('Jeg vil rigtig gerne arbejde med mennesker igen. Jeg kan ikke klare fuld tid, men jeg tror'))).toBe(true);
        const svgs = all(dom, n => n.tagName === 'svg');
        expect(svgs).toHaveLength(2);
        for (const svg of svgs) {
            expect(svg.attrs).toContainEqual({ name: 'role', value: 'img' });
            expect(textOf(all(svg, n => n.tagName === 'title')[0])).toMatch(/^Tidslinje over/);
        }
        const matrix = all(dom, n => n.tagName === 'table' && (n.attrs ?? []).some(a => a.value === 'matrix'))[0];
        expect(all(matrix, n => n.tagName === 'th' && (n.attrs ?? []).some(a => a.value === 'row')).map(textOf)).toEqual(['Har ikke haft arbejde siden 2019', 'Gæld til inkasso tager overskud og søvn', 'Kroniske lændesmerter …', 'Angst i nye sociale situationer']);
    });

    test('a barrier without a measure stands out in the matrix', async () => {
        const { model: gap } = await modelOf(canonical.replace('        adresserer gæld\n', '        adresserer ryg\n'));
        const rows = all(parse(renderHtml(gap)) as unknown as Node, n => n.tagName === 'tr' && (n.attrs ?? []).some(a => a.value === 'uncovered'));
        expect(rows.map(textOf)).toEqual(['Gæld til inkasso tager overskud og søvn – ingen indsats']);
    });

    test('a document of type andet is "Andet dokument", never a measure\'s "Anden indsats"', async () => {
        const { model } = await modelOf(canonical.replace('dokument koordinator: klinisk_funktion', 'dokument koordinator: andet'));
        const html = renderHtml(model);
        expect(html).toContain('<td>Andet dokument</td>');
        expect(html).not.toContain('<td>Anden indsats</td>');
    });

    test('resources and barriers show their theme of the ressourceprofil beside their sources', async () => {
        const html = renderHtml((await modelOf(canonical)).model);
        expect(html).toContain('Faglært frisør med svendebrev fra 2005 (tema: uddannelse)');
        expect(html).toContain('Kroniske lændesmerter; kan stå højst to timer ad gangen (kilde: LÆ 265)');
        expect(html).toMatch(/Gæld til inkasso tager overskud og søvn \(tema: bolig og økonomi\)/);
    });

    test('the header names the case number and the rule set once', async () => {
        const { model } = await modelOf(canonical.replace('    dato: 2026-11-20\n', '    sagsnummer: "27.12.08-P19-1-26"\n    dato: 2026-11-20\n'));
        expect(model.header.rows).toContainEqual(['Sagsnummer', '27.12.08-P19-1-26']);
        expect(model.header.rows).toContainEqual(['Regelsæt', 'REF-2026b, gældende fra 1. juli 2026']);
    });

    test('every user text is escaped: markup in names and prose stays text', async () => {
        const { model: m } = await modelOf(nastyCase);
        const page = parse(renderHtml(m)) as unknown as Node;
        expect(all(page, n => n.tagName === 'script')).toEqual([]);
        expect(all(page, n => n.tagName === 'style')).toHaveLength(1);
        expect(textOf(all(page, n => n.tagName === 'title')[0])).toBe(nasty);
        expect(textOf(all(page, n => n.tagName === 'h1')[0])).toBe(nasty);
        expect(all(page, n => n.tagName === 'blockquote').map(textOf).join('')).toContain(nasty);
    });

    test('a nonce for the webview’s Content-Security-Policy', () => {
        const withNonce = renderHtml(model, { nonce: 'abc123' });
        expect(withNonce).toContain('<style nonce="abc123">');
        expect(withNonce).toContain("style-src 'nonce-abc123'");
    });
});

describe('DOCX', async () => {
    const { model } = await modelOf(canonical);
    const docx = await docxOf(model);
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');

    test('real Word headings, tables and the citizen’s words in the Quote style', () => {
        expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
        const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(m => m[1]);
        expect(headings.slice(0, 3)).toEqual(['Mål og ønsker', 'Beskæftigelse og uddannelse', 'Sociale forhold']);
        expect(xml).toMatch(/<w:pStyle w:val="Quote"\/>.*?Jeg vil rigtig gerne arbejde med mennesker igen\./);
        expect(xml).toContain('<w:tbl>');
        expect(xml).toContain('<w:tblHeader/>');
    });

    test('Danish (da-DK) in document.xml, styles.xml and the properties; spacing; widths for every column', async () => {
        const styles = await zip.file('word/styles.xml')!.async('string');
        expect(xml).toContain('<w:lang w:val="da-DK"/>');
        expect(styles).toContain('<w:lang w:val="da-DK"/>');
        expect(styles).toMatch(/<w:spacing w:after="120"/);
        expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:language>da-DK</dc:language>');
        // Every table has a grid with a width per column, and the widths fill the text width.
        const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map(m => [...m[1].matchAll(/w:w="(\d+)"/g)].map(w => Number(w[1])));
        expect(grids.length).toBeGreaterThan(3);
        for (const grid of grids) expect(Math.abs(grid.reduce((a, b) => a + b, 0) - 9026)).toBeLessThanOrEqual(grid.length);
    });

    test('the citizen’s statement is one quote, however it is wrapped in the file', async () => {
        const quotes = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Quote"\/>(?:(?!<\/w:p>).)*<\/w:p>/g)].map(m => m[0].replace(/<[^>]+>/g, ''));
        const statement = quotes.find(q => q.includes('Jeg vil rigtig gerne arbejde med mennesker igen.'))!;
        expect(statement).toBeDefined();
        // The next line of the statement in the file runs on in the same paragraph: the file's line breaks are wrapping.
        const lines = canonical.slice(canonical.indexOf('borgerens_vurdering')).split('\n').slice(1, 3).map(l => l.trim());
        expect(statement).toContain(`${lines[0]} ${lines[1]}`);
    });

    test('page numbers in the footer and the confidentiality mark', async () => {
        const footers = await Promise.all(Object.keys(zip.files).filter(f => /word\/footer\d*\.xml/.test(f)).map(f => zip.file(f)!.async('string')));
        expect(footers.join('')).toContain('PAGE');
        expect(footers.join('')).toContain('NUMPAGES');
        expect(footers.join('')).toContain('Fortroligt – indeholder helbredsoplysninger');
    });

    test('byte-identical on a second render, dated by the case', async () => {
        expect((await docxOf(model)).equals(docx)).toBe(true);
        expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2026-11-20T12:00:00Z');
    });

    test('markup in user text is escaped in document.xml and the properties', async () => {
        const { model: m } = await modelOf(nastyCase);
        const z = await JSZip.loadAsync(await docxOf(m));
        const body = await z.file('word/document.xml')!.async('string');
        expect(body).not.toContain('<script>');
        expect(body).toContain('Ali &lt;script&gt;alert(1)&lt;/script&gt;');
        expect(await z.file('docProps/core.xml')!.async('string')).not.toContain('<script>');
    });
});

describe('entries as a reader knows them', () => {
    test('the plan, its chart and the matrix name barriers and measures by their text, never by their id', async () => {
        const html = renderHtml((await modelOf(canonical)).model);
        const figures = [...html.matchAll(/<(figure|table class="matrix")[\s\S]*?<\/(figure|table)>/g)].map(m => m[0]).join('');
        expect(figures).toContain('Kroniske lændesmerter');
        expect(figures).toContain('Forløb på regionens smerteklinik');
        for (const id of ['smerteklinik:', '>ryg<', '>gæld<', 'gældsrådgivning<', '>ledighed<']) expect(figures).not.toContain(id);
    });

    test('a plan of seven months has a tick per quarter, and the date marker\'s label stays inside the chart', async () => {
        const html = renderHtml((await modelOf(canonical)).model);
        const plan = html.slice(html.indexOf('Tidslinje over indsatserne'));
        const svg = plan.slice(0, plan.indexOf('</svg>'));
        expect(svg).toContain('>2027<');
        expect(svg).toContain('>1.4.2027<');
        const marker = /<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)" class="tl-marker">/.exec(svg)!;
        expect(['start', 'middle', 'end']).toContain(marker[2]);
        const shifted = renderHtml((await modelOf(canonical.replace('dato: 2026-11-20', 'dato: 2027-06-29'))).model);
        expect(shifted).toMatch(/text-anchor="end" class="tl-marker"/);
    });

    test('the appendix: a requirement not met stands out (error red, warning yellow); rules switched off are counted on the first page', async () => {
        const text = canonical
            .replace('behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "TODO"')
            .replace(/    partshøring høring1: [^\n]*\n/, '');
        const { model } = await modelOf(text, { appendix: true, config: { profil: 'gældende_ret', regler: { 'IND-06': 'off', 'FD-09': 'off' } } });
        expect(model.header.rows).toContainEqual(['Regler slået fra', '2 (FD-09, IND-06)']);
        const html = renderHtml(model);
        expect(html).toMatch(/<tr class="fejl"><td>GEN-08 [^<]*<\/td><td>Mangler \(fejl\)<\/td>/);
        expect(html).toMatch(/<tr class="advarsel"><td>PROC-01 [^<]*<\/td><td>Mangler \(advarsel\)<\/td>/);
        expect(html).toMatch(/<tr><td>IND-06 [^<]*<\/td><td>Slået fra<\/td>/);
        const body = await (await JSZip.loadAsync(await docxOf(model))).file('word/document.xml')!.async('string');
        expect(body).toContain('w:fill="F6D5DA"');
        expect(body).toContain('w:fill="FBEBC0"');
    });
});

describe('the HTML timeline', () => {
    test('a long bar label wraps on two lines that fit left of the chart, never cut at its start', async () => {
        const { labelLines } = await import('../../packages/report/out/render/svg.js');
        expect(labelLines('Ambulant behandling for alkoholmisbrug hos regionens klinik')).toEqual(['Ambulant behandling', 'for alkoholmisbrug…']);
        expect(labelLines('Gældsrådgivning og budget')).toEqual(['Gældsrådgivning og', 'budget']);
        expect(labelLines('Mentor')).toEqual(['Mentor']);
        for (const line of labelLines('Forløb på regionens smerteklinik med fysioterapi og psykolog')) expect(line.length).toBeLessThanOrEqual(21);
    });
});

describe('the Word document\'s font', () => {
    test('names a font Word has (Arial), never one it would substitute silently', async () => {
        const { model } = await modelOf(canonical);
        const zip = await JSZip.loadAsync(await docxOf(model));
        const styles = await zip.file('word/styles.xml')!.async('string');
        expect(styles).toContain('w:ascii="Arial"');
        expect(styles).not.toContain('DejaVu');
    });
});
