import { describe, expect, test } from 'vitest';
import { buildCitizenReport } from '@arbejdsevne/report';
import { canonical } from '../helpers.js';
import { modelOf, poppler, pdfOf } from './report-helpers.js';

const HEADINGS = ['Mål og ønsker', 'Beskæftigelse og uddannelse', 'Sociale forhold', 'Helbred', 'Forsørgelseshistorik', 'Hidtidige indsatser',
    'Borgerens egen vurdering', 'Indsatsplan', 'Samlet vurdering og indstilling', 'Sagsforløb'];
const withCpr = canonical.replace('    fødselsdato: 1984-03-12\n', '    cpr: "120384-1234"\n');

describe('PDF', async () => {
    const { model } = await modelOf(canonical);
    const pdf = await pdfOf(model);
    const text = poppler('pdftotext', pdf, ['-layout']);
    const flat = poppler('pdftotext', pdf).replace(/\s+/g, ' ');

    test('all section headings, in the order of the forberedelsesskema', () => {
        const positions = HEADINGS.map(h => text.indexOf(`\n${h}\n`));
        expect(positions.every(p => p > 0), JSON.stringify(positions)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    test('the citizen’s statement verbatim, æøå intact, mentions resolved to their entries', () => {
        expect(flat).toContain('Jeg vil rigtig gerne arbejde med mennesker igen. Jeg kan ikke klare fuld tid, men jeg tror, jeg kan klare 12-15 timer, hvis jeg kan sidde ned en del af tiden.');
        expect(flat).toContain('Borgerens egne ord, 10. november 2026');
        expect(flat).toContain('»Kroniske lændesmerter …«');
        expect(flat).toContain('Kroniske lændesmerter; kan stå højst to timer ad gangen');
        expect(flat).toContain('Lov om en aktiv beskæftigelsesindsats § 116');
        expect(flat).not.toContain('@ryg');
    });

    test('tagged, Danish, A4, fonts embedded, page numbers and the confidentiality mark on every page', () => {
        const info = poppler('pdfinfo', pdf);
        expect(info).toMatch(/Tagged:\s+yes/);
        expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
        expect(info).toMatch(/Title:\s+Fie Hansen – beskrivelse af arbejdsevne/);
        const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
        for (let page = 1; page <= pages; page++) {
            const pageText = poppler('pdftotext', pdf, ['-f', String(page), '-l', String(page)]);
            expect(pageText).toContain(`Side ${page} af ${pages}`);
            expect(pageText).toContain('Fortroligt – indeholder helbredsoplysninger');
            expect(pageText).not.toContain('UDKAST');
        }
        const fonts = poppler('pdffonts', pdf).trim().split('\n').slice(2);
        expect(fonts.length).toBeGreaterThan(0);
        for (const line of fonts) expect(line).toMatch(/\syes\s+yes\s+yes\s/);
        const structure = poppler('pdfinfo', pdf, ['-struct']);
        for (const tag of ['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'BlockQuote', 'Figure']) expect(structure).toContain(tag);
    });

    test('a barrier left without a measure keeps its reason in the PDF, as in HTML and Word', async () => {
        const text = canonical
            .replace('    barriere ledighed: "Har ikke haft arbejde siden 2019"', '    barriere ledighed: "Har ikke haft arbejde siden 2019"\n        uden_indsats "Løses af praktikken, når ryggen er afklaret"')
            .replace('        adresserer ledighed\n', '');
        const { model: withReason } = await modelOf(text);
        const page = poppler('pdftotext', await pdfOf(withReason), ['-nopgbrk']).replace(/\s+/g, ' ');
        expect(page).toContain('Har ikke haft arbejde siden 2019: uden indsats: Løses af praktikken, når ryggen er afklaret');
        expect(page).toContain('Kroniske lændesmerter …: ');
        expect(page).not.toContain('Alle barrierer har en indsats');
    });

    test('PDF/UA: header cells with their scope in a THead, one header row per table, bookmarks per section, the identifier in XMP', async () => {
        const struct = poppler('pdfinfo', pdf, ['-struct-text']);
        const cells = struct.split('\n').map(l => l.trim());
        const headerCells = cells.map((l, i) => [l, cells[i + 1]]).filter(([l]) => l === 'TH:');
        expect(headerCells.length).toBeGreaterThan(5);
        // Column heads in a THead; the facts' labels ("Alder") head their rows.
        for (const [, attributes] of headerCells) expect(['/Scope /Column', '/Scope /Row']).toContain(attributes);
        expect(headerCells.filter(([, a]) => a === '/Scope /Row').length).toBeGreaterThan(5);
        expect(struct).toContain('THead');
        expect(poppler('pdfinfo', pdf, ['-meta'])).toContain('<pdfuaid:part>1</pdfuaid:part>');
        const raw = pdf.toString('latin1');
        expect(raw).toContain('/Outlines');
        expect(raw).toContain('/PageMode /UseOutlines');
    });

    test('byte-identical on a second render', async () => {
        expect((await pdfOf(model)).equals(pdf)).toBe(true);
    });

    test('CPR masked by default, shown only when asked, never in the metadata', async () => {
        const masked = await pdfOf((await modelOf(withCpr)).model);
        expect(poppler('pdftotext', masked)).toContain('120384-XXXX');
        expect(poppler('pdftotext', masked)).not.toContain('120384-1234');
        const shown = await pdfOf((await modelOf(withCpr, { showCpr: true })).model);
        expect(poppler('pdftotext', shown)).toContain('120384-1234');
        expect(shown.toString('latin1')).not.toContain('120384-1234');
        expect(poppler('pdfinfo', shown)).not.toContain('120384');
    });

    test('a document with errors is marked UDKAST on every page', async () => {
        const { model: draft } = await modelOf(canonical.replace(/borgerens_vurdering 2026-11-10 """[\s\S]*?"""\n/, ''));
        expect(draft.meta.draft).toBe(true);
        const out = await pdfOf(draft);
        const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', out))![1]);
        for (let page = 1; page <= pages; page++) expect(poppler('pdftotext', out, ['-f', String(page), '-l', String(page)])).toContain('UDKAST – indeholder fejl');
    });

    test('a long table repeats its header row on the next page', async () => {
        const many = Array.from({ length: 60 }, (_, i) => `    samtale s${i}: 2026-0${1 + (i % 9)}-1${i % 10} "Opfølgende samtale nummer ${i} om planen og hverdagen"`).join('\n');
        const { model: long } = await modelOf(canonical.replace('sagsforløb {', `sagsforløb {\n${many}`));
        const out = await pdfOf(long);
        const pagesWithEvents = [];
        const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', out))![1]);
        for (let page = 1; page <= pages; page++) {
            const t = poppler('pdftotext', out, ['-f', String(page), '-l', String(page)]);
            if (t.includes('Opfølgende samtale nummer')) pagesWithEvents.push(t);
        }
        expect(pagesWithEvents.length).toBeGreaterThan(1);
        for (const t of pagesWithEvents) expect(t).toMatch(/Dato\s+Hændelse\s+Beskrivelse/);
    });

    test('user text with markup characters is text, in the content and the metadata', async () => {
        const nasty = 'Ali <script>alert(1)</script> "A" & B </style> ]]>';
        const { model: m } = await modelOf(canonical.replace('arbejdsevne "Fie Hansen – beskrivelse af arbejdsevne"', `arbejdsevne """${nasty}"""`).replace('navn: "Fie Hansen"', `navn: """${nasty}"""`));
        const out = await pdfOf(m);
        expect(poppler('pdfinfo', out).split('\n').find(l => l.startsWith('Title:'))!.replace(/^Title:\s+/, '')).toBe(nasty);
        expect(poppler('pdftotext', out)).toContain(nasty);
    });

    test('the citizen version: plain headings, the citizen’s words first, no rule ids or paragraphs', async () => {
        const { root } = await modelOf(canonical);
        const out = poppler('pdftotext', await pdfOf(buildCitizenReport(root, []))).replace(/\s+/g, ' ');
        const order = ['Det har du fortalt os', 'Jeg vil rigtig gerne arbejde', 'Det er vi enige om at arbejde med', 'Det sker nu'].map(s => out.indexOf(s));
        expect(order.every(p => p >= 0)).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(out).not.toMatch(/§|[A-Z]{2,4}-\d{2}|Regelsæt/);
    });
});

describe('the barrier × measure grid at size', () => {
    test('300 barriers and 8 measures: every row drawn on pages of its own under repeated heads, and the last head not cut to "I…"', async () => {
        const barriers = Array.from({ length: 300 }, (_, i) => `    barriere b${i}: "Barriere nummer ${i}" uden_indsats "Afventer"`).join('\n');
        const measures = Array.from({ length: 4 }, (_, i) => `    indsats ekstra${i}: mentor "Ekstra indsats nummer ${i + 5}"\n        adresserer ryg\n        ansvarlig "Jobcentret"\n        periode 2027-01-01 til 2027-03-31`).join('\n');
        const text = canonical.replace('helbred {\n', `helbred {\n${barriers}\n`).replace('    koordinerende_sagsbehandler: "Anna Andersen"', `${measures}\n    koordinerende_sagsbehandler: "Anna Andersen"`);
        const { model } = await modelOf(text);
        const pages = poppler('pdftotext', await pdfOf(model)).split('\f');
        const grid = pages.filter(page => page.includes('Barriere nummer'));
        for (let i = 0; i < 300; i++) expect(grid.some(page => new RegExp(`Barriere nummer ${i}\\b`).test(page)), `row ${i}`).toBe(true);
        // The grid runs over several pages (each with its heads, drawn rotated) and never over the footer.
        const gridPages = pages.filter(page => /Barriere nummer \d+ – uden indsats/.test(page));
        expect(gridPages.length).toBeGreaterThan(5);
        for (const page of gridPages) expect(page.trim().split('\n').at(-1)).toMatch(/^Side \d+ af \d+$|Fortroligt/);
        expect(pages.join('')).not.toMatch(/\bI…/);
    }, 60_000);
});
