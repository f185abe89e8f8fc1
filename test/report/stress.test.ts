import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { canonical, repoRoot } from '../helpers.js';
import { modelOf, pdfOf, poppler } from './report-helpers.js';

/** A case built to break a layout: a 3,000-character word, a quote over two pages, a 40-row plan, a very long id, a barrier without a measure. */
const LONG_WORD = 'Arbejdsmarkedsuddannelses'.repeat(120);
const longId = 'meget_lang_indsats_'.repeat(6) + 'slut';
const plan = Array.from({ length: 40 }, (_, i) => [
    `    indsats ekstra${i}: vejledning_og_opkvalificering "Samtaleforløb nummer ${i} med en virksomhedskonsulent om praktikpladser og arbejdsopgaver"`,
    '        adresserer ledighed',
    '        ansvarlig "Jobcentrets virksomhedskonsulent"',
    '        periode 2027-01-01 til 2027-06-30',
].join('\n')).join('\n');
const quote = Array.from({ length: 70 }, (_, i) => `    Linje ${i + 1} af det, jeg gerne vil sige om mit liv og mit arbejde, med mine egne ord.`).join('\n');
const stress = canonical
    .replace('arbejdsevne "Fie Hansen – beskrivelse af arbejdsevne"', `arbejdsevne "Fie Hansen – beskrivelse af arbejdsevne, ${'opfølgning og fornyet vurdering '.repeat(6)}"`)
    .replace('"Har ikke haft arbejde siden 2019"', `"Har ikke haft arbejde siden 2019. ${LONG_WORD}"`)
    .replace('    barriere gæld: "Gæld til inkasso tager overskud og søvn" tema bolig_og_økonomi', '    barriere gæld: "Gæld til inkasso tager overskud og søvn" tema bolig_og_økonomi\n        uden_indsats "Borgeren ønsker ikke hjælp til gælden nu"')
    .replace('        adresserer gæld\n', '        adresserer ledighed\n')
    .replace('indsats smerteklinik:', `indsats ${longId}:`)
    .replace(/borgerens_vurdering (\S+) """\n[\s\S]*?\n"""/, `borgerens_vurdering $1 """\n${quote}\n"""`)
    .replace('    koordinerende_sagsbehandler:', `${plan}\n    koordinerende_sagsbehandler:`);

type Word = { page: number; xMin: number; xMax: number; yMax: number; text: string };

function words(pdf: Buffer): { pages: Array<{ width: number; height: number }>; words: Word[] } {
    const html = poppler('pdftotext', pdf, ['-bbox']);
    const pages: Array<{ width: number; height: number }> = [];
    const found: Word[] = [];
    for (const line of html.split('\n')) {
        const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
        if (page) pages.push({ width: Number(page[1]), height: Number(page[2]) });
        const word = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
        if (word) found.push({ page: pages.length, xMin: Number(word[1]), xMax: Number(word[2]), yMax: Number(word[3]), text: word[4] });
    }
    return { pages, words: found };
}

describe('a report built to break the layout', async () => {
    const { model } = await modelOf(stress);
    const pdf = await pdfOf(model);
    const { pages, words: all } = words(pdf);

    test('every word stays inside the page margins', () => {
        expect(pages.length).toBeGreaterThan(4);
        const outside = all.filter(w => w.xMin < 56 - 1 || w.xMax > pages[w.page - 1].width - 56 + 1 || w.yMax > pages[w.page - 1].height);
        expect(outside.map(w => `${w.page}: ${w.text.slice(0, 30)}`)).toEqual([]);
    });

    test('a long title in the page header is shortened before the confidentiality mark', () => {
        for (let page = 1; page <= pages.length; page++) {
            const header = all.filter(w => w.page === page && w.yMax < 46);
            const mark = header.find(w => w.text === 'Fortroligt')!;
            expect(mark, `page ${page}`).toBeDefined();
            expect(header.filter(w => w.xMin < mark.xMin).every(w => w.xMax < mark.xMin), `page ${page}`).toBe(true);
            expect(header.map(w => w.text).join(' ')).toContain('…');
        }
    });

    test('the 3,000-character word is broken at the line width, every piece but the last with a hyphen', () => {
        const pieces = all.filter(w => /^(Arbejdsmarkedsuddannelses|[a-zæøå]*uddannelses|[A-Za-zæøå]+)/.test(w.text) && w.text.length > 30 && /arbejdsmarked|uddannelses/i.test(w.text));
        expect(pieces.length).toBeGreaterThan(20);
        expect(pieces.slice(0, -1).every(p => p.text.endsWith('-'))).toBe(true);
        expect(pieces.map(p => p.text.replace(/-$/, '')).join('')).toContain(LONG_WORD.slice(0, 500));
    });

    test('the quote stays in italics on every page it runs over', () => {
        const quotePages = [...new Set(all.filter(w => w.text === 'Linje').map(w => w.page))];
        expect(quotePages.length).toBeGreaterThan(1);
        for (const page of quotePages) expect(poppler('pdffonts', pdf, ['-f', String(page), '-l', String(page)]), `page ${page}`).toContain('DejaVuSans-Oblique');
    });

    test('a timeline too long for a page is drawn in parts, each with its axis and legend on its own page', () => {
        // The bars' labels ("Samtaleforløb nummer 7 med en…") and the marker under each part's axis.
        const labelPages = [...new Set(all.filter(w => w.text === 'en…').map(w => w.page))];
        expect(labelPages.length).toBeGreaterThan(1);
        for (const page of labelPages) expect(all.some(w => w.page === page && w.text === 'Beskrivelsens'), `page ${page}`).toBe(true);
        expect(pages.length).toBeLessThan(20);
    });

    test('the whole quote and all 40 planned measures are there', () => {
        const text = poppler('pdftotext', pdf);
        expect(text).toContain('Linje 70 af det, jeg gerne vil sige');
        expect(text).toContain('Samtaleforløb nummer 39');
        expect(text).toContain('Borgeren ønsker ikke hjælp til gælden nu');
    });
});

describe('page breaks', () => {
    /** The last line of text above the footer on each page. */
    function lastLines(pdf: Buffer): string[] {
        const { pages, words: all } = words(pdf);
        return pages.map((page, i) => {
            const body = all.filter(w => w.page === i + 1 && w.yMax < page.height - 60);
            const bottom = Math.max(...body.map(w => w.yMax));
            return body.filter(w => Math.abs(w.yMax - bottom) < 2).map(w => w.text).join(' ');
        });
    }

    test.each(['fie-hansen.aev', 'ole-jensen-foertidspension.aev', 'jonas-holm-tvaersektoriel.aev', 'stress'])('%s: no page ends with a heading or a table caption', async name => {
        const text = name === 'stress' ? stress : readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
        const { model } = await modelOf(text, { appendix: true });
        const alone = new Set([...model.sections.map(s => s.title), ...model.sections.flatMap(s => s.blocks.flatMap(b => (b.kind === 'table' ? [b.caption] : [])))]);
        const ends = lastLines(await pdfOf(model));
        expect(ends.filter(line => alone.has(line))).toEqual([]);
    });
});
