import { describe, expect, test } from 'vitest';
import * as ast from '@arbejdsevne/language';
import { block, caseFacts, citizenFacts, conclusionFacts, documents, events, plannedMeasures, previousMeasures, proseSegments, proseText } from '@arbejdsevne/language';
import { canonical, check } from '../helpers.js';

async function parse(text: string) {
    const { document, diagnostics } = await check(text);
    return { root: document.parseResult.value, document, diagnostics, syntax: diagnostics.filter(d => d.code === 'SYNTAX') };
}

describe('every construct of language.md (canonical example)', async () => {
    const { root } = await parse(canonical);

    test('title, borger and sag', () => {
        expect(proseText(block(root, 'arbejdsevne')!.title)).toBe('Fie Hansen – beskrivelse af arbejdsevne');
        const citizen = citizenFacts(root);
        expect(proseText(citizen.name!.value)).toBe('Fie Hansen');
        expect(citizen.birthDate!.value).toBe('1984-03-12');
        expect(citizen.benefit!.value).toBe('kontanthjælp');
        expect(citizen.benefit!.since).toBe('2020-07-01');
        expect(citizen.visitation!.value).toBe('aktivitetsparat');
        const kase = caseFacts(root);
        expect(kase.date!.value).toBe('2026-11-20');
        expect(kase.purpose!.value).toBe('fleksjob');
        expect(proseText(kase.municipality!.value)).toBe('Eksempel Kommune');
        expect(proseText(kase.caseworker!.value)).toBe('Anna Andersen, socialrådgiver');
        expect(proseText(block(root, 'mål')!.text)).toMatch(/^Job som frisørassistent/);
    });

    test('life areas with resources, barriers, tema, kilde, cv, behandling, perspektiv', () => {
        const employment = block(root, 'beskæftigelse')!;
        const [svendebrev, erfaring, ledighed, cv] = employment.items;
        expect(ast.isResource(svendebrev) && svendebrev.name).toBe('svendebrev');
        expect(ast.isResource(erfaring) && (erfaring.attributes[0] as ast.Theme).value).toBe('arbejdsmarkedserfaring');
        expect(ast.isBarrier(ledighed) && ledighed.name).toBe('ledighed');
        expect(ast.isCv(cv) && proseText(cv.text)).toBe('2005-2013 frisør, Salon Klip\n2013-2019 frisør, Hårhuset (deltid fra 2017)');
        const health = block(root, 'helbred')!;
        const ryg = health.items.find(i => ast.isBarrier(i) && i.name === 'ryg') as ast.Barrier;
        const sources = ryg.attributes.find(ast.isSources)!;
        expect(sources.documents[0].ref?.name).toBe('lægeattest');
        expect(health.items.some(ast.isTreatment)).toBe(true);
        expect(proseText((health.items.find(ast.isHealthPerspective))!.text)).toBe('Jeg kan godt arbejde, bare ikke stående en hel dag.');
    });

    test('dokumentation, forsørgelse, hidtidige indsatser', () => {
        expect(documents(root).map(d => [d.name, d.type, d.date])).toEqual([
            ['lægeattest', 'LÆ265', '2026-09-01'],
            ['psykiater', 'speciallægeerklæring', '2026-06-15'],
            ['koordinator', 'klinisk_funktion', '2026-10-20'],
        ]);
        const periods = block(root, 'forsørgelse')!.periods;
        expect(periods.map(p => [p.benefit, p.from, p.to ?? 'nu', p.open])).toEqual([
            ['sygedagpenge', '2019-01-14', '2020-06-30', false],
            ['kontanthjælp', '2020-07-01', 'nu', true],
        ]);
        const [praktik] = previousMeasures(root);
        expect(praktik.type).toBe('virksomhedspraktik');
        const period = praktik.attributes.find(ast.isPeriod)!;
        expect([period.from, period.to]).toEqual(['2025-03-01', '2025-05-31']);
        const result = praktik.attributes.find(ast.isResult)!;
        expect(proseSegments(result.text).at(-1)).toMatchObject({ kind: 'mention', name: 'ryg' });
    });

    test('borgerens vurdering keeps the citizen’s words verbatim, indentation stripped', () => {
        const statement = block(root, 'borgerens_vurdering')!;
        expect(statement.date).toBe('2026-11-10');
        expect(proseText(statement.text)).toBe(
            'Jeg vil rigtig gerne arbejde med mennesker igen. Jeg kan ikke klare fuld tid,\n' +
            'men jeg tror, jeg kan klare 12-15 timer, hvis jeg kan sidde ned en del af tiden.');
    });

    test('sagsforløb events with legal references', () => {
        const list = events(root);
        expect(list.map(e => e.kind)).toEqual(['samtale', 'samtykke', 'partshøring', 'afklaring']);
        const samtykke = list[1].laws[0];
        expect([samtykke.law, samtykke.section, samtykke.letter]).toEqual(['RSL', 11, 'a']);
        expect(list[3].laws[0].section).toBe(36);
        expect(list[3].laws[0].letter).toBe('a');
    });

    test('indsatsplan with adresserer, ansvarlig, periode, mål and coordinator', () => {
        const measures = plannedMeasures(root);
        expect(measures.map(m => m.name)).toEqual(['smerteklinik', 'gældsrådgivning', 'eksponering', 'jobsøgning']);
        // An id equal to a measure type: `indsats gældsrådgivning: gældsrådgivning`.
        expect(measures[1].type).toBe('gældsrådgivning');
        expect(ast.isAddresses(measures[0].attributes[0]) && measures[0].attributes[0].barriers[0].ref?.name).toBe('ryg');
        expect(measures[3].attributes.some(ast.isMeasureGoal)).toBe(true);
        expect(block(root, 'indsatsplan')!.items.some(ast.isCoordinator)).toBe(true);
    });

    test('vurdering with afprøvet, begrundelse mentions and lovgrundlag', () => {
        const c = conclusionFacts(root);
        expect(c.workCapacity!.value).toBe('væsentligt_og_varigt_nedsat');
        expect(c.tested!.measures.map(m => m.ref?.name)).toEqual(['praktik2025', 'mentor2024']);
        expect(c.recommendation!.value).toBe('fleksjob');
        const mentions = proseSegments(c.reasons!.text).filter(s => s.kind === 'mention');
        expect(mentions.map(m => m.kind === 'mention' && m.mention.target.ref?.$type)).toEqual(
            ['Resource', 'Resource', 'Barrier', 'Document', 'Document', 'PreviousMeasure', 'PreviousMeasure']);
        expect(c.legalBasis!.references.map(r => `${r.law} § ${r.section}`)).toEqual(['LAB § 116']);
    });
});

const minimal = (body: string) => `arbejdsevne "T"\n${body}\n`;

describe('lexical details', () => {
    test('both date forms mean the same day', async () => {
        const { root, syntax } = await parse(minimal('sag {\n dato: 20.11.2026\n}\nborger { fødselsdato: 1.7.1980 }'));
        expect(syntax).toEqual([]);
        expect(caseFacts(root).date!.value).toBe('2026-11-20');
        expect(citizenFacts(root).birthDate!.value).toBe('1980-07-01');
    });

    test('an impossible date is an error at that date', async () => {
        const { syntax } = await parse(minimal('sag { dato: 2026-02-30 }'));
        expect(syntax.map(d => [d.range.start.line, d.range.start.character, d.message])).toEqual([
            [1, 12, 'Datoen 2026-02-30 findes ikke. Skriv en rigtig dato som 2026-11-20 eller 20.11.2026.'],
        ]);
    });

    test('leap days by the Gregorian calendar: 29 February in 2024 and 2000, not in 2026 or 2100', async () => {
        for (const [date, real] of [['2024-02-29', true], ['2000-02-29', true], ['29.2.2024', true], ['2026-02-29', false], ['2100-02-29', false], ['2026-04-31', false], ['2026-12-31', true]] as const) {
            const { syntax } = await parse(minimal(`sag { dato: ${date} }`));
            expect(syntax.map(d => d.message), date).toEqual(real ? [] : [`Datoen ${date} findes ikke. Skriv en rigtig dato som 2026-11-20 eller 20.11.2026.`]);
        }
    });

    test('text blocks: line breaks at the quotes dropped, common indentation removed, wherever the quotes stand', async () => {
        const { root } = await parse(minimal('mål: """\n        Første linje\n          indrykket\n\n        sidste\n    """'));
        expect(proseText(block(root, 'mål')!.text)).toBe('Første linje\n  indrykket\n\nsidste');
        const inline = await parse(minimal('mål: """Et "citat" på én linje"""'));
        expect(proseText(block(inline.root, 'mål')!.text)).toBe('Et "citat" på én linje');
    });

    test('strings have no escapes: a backslash is an ordinary character', async () => {
        const { root } = await parse(minimal('mål: "C:\\\\mappe\\n er ikke et linjeskift"'));
        expect(proseText(block(root, 'mål')!.text)).toBe('C:\\\\mappe\\n er ikke et linjeskift');
    });

    test('an unclosed one-line text ends at the line break with one Danish error', async () => {
        const { syntax, root } = await parse(minimal('mål: "Uden slut\nborger { navn: "X" }'));
        expect(syntax.map(d => [d.range.start.line, d.message])).toEqual([
            [1, 'Teksten mangler sit afsluttende " på denne linje. Tilføj " til sidst, eller brug """ … """ til tekst over flere linjer.'],
        ]);
        expect(proseText(citizenFacts(root).name!.value)).toBe('X');
    });

    test('NFC: an å written as a + combining ring is the keyword mål', async () => {
        const { root, syntax } = await parse(minimal('ma\u030Al: "Job i et lager tyve timer om ugen"'));
        expect(syntax).toEqual([]);
        expect(block(root, 'mål')).toBeDefined();
    });

    test('byte-order mark and CRLF line endings are accepted', async () => {
        const { diagnostics } = await check('\uFEFF' + canonical.replace(/\n/g, '\r\n'));
        expect(diagnostics).toEqual([]);
    });

    test('line breaks carry no meaning: an entry may span lines, blocks may share a line', async () => {
        const { root, syntax } = await parse(minimal('socialt { ressource\n  søster:\n  "Hjælper"\n  tema\n  sociale_netværk }'));
        expect(syntax).toEqual([]);
        expect(block(root, 'socialt')!.items).toHaveLength(1);
    });

    test('ids may equal keywords and enumeration values', async () => {
        const { root, syntax } = await parse(minimal(
            'sagsforløb { samtale samtale: 2026-11-10 "Samtale" }\nindsatsplan { indsats gældsrådgivning: gældsrådgivning "G" adresserer barriere }\nsocialt { barriere barriere: "B" }'));
        expect(syntax).toEqual([]);
        expect(events(root)[0].name).toBe('samtale');
        expect(plannedMeasures(root)[0].attributes.find(ast.isAddresses)!.barriers[0].ref?.name).toBe('barriere');
    });

    test('legal references: letter with or without space, stk. and nr., several in lovgrundlag', async () => {
        const { root, syntax } = await parse(minimal('vurdering { lovgrundlag: LAB § 116, stk. 3, RSL § 11a, LSP § 16, stk. 2, nr. 1 }'));
        expect(syntax).toEqual([]);
        expect(conclusionFacts(root).legalBasis!.references.map(r => [r.law, r.section, r.letter, r.subsection, r.item])).toEqual([
            ['LAB', 116, undefined, 3, undefined],
            ['RSL', 11, 'a', undefined, undefined],
            ['LSP', 16, undefined, 2, 1],
        ]);
    });

    test('a keyword on the next line is never swallowed as the § letter', async () => {
        const { root, syntax } = await parse(minimal('sagsforløb {\n partshøring h: 2026-11-18 "Sendt" lov FVL § 19\n afklaring a: 2025-09-15 "Afklaring" lov LAB § 36 a\n}'));
        expect(syntax).toEqual([]);
        expect(events(root).map(e => [e.kind, e.laws[0].letter])).toEqual([['partshøring', undefined], ['afklaring', 'a']]);
    });

    test('comments: line and block', async () => {
        const { syntax, root } = await parse(minimal('/* en\nblok */ borger { // linje\n navn: "X" }'));
        expect(syntax).toEqual([]);
        expect(citizenFacts(root).name).toBeDefined();
    });

    test('top-level blocks in any order and repeated still parse', async () => {
        const { syntax, root } = await parse('vurdering { }\nborger { }\narbejdsevne "T"\nborger { }');
        expect(syntax).toEqual([]);
        expect(root.blocks.map(b => b.$type)).toEqual(['Conclusion', 'Citizen', 'Title', 'Citizen']);
    });
});

describe('mentions', () => {
    test('@ starts a mention only before an identifier, not inside a word; the longest name is taken', async () => {
        const { root } = await parse(minimal('socialt { barriere gæld_2: "Gæld" }\nmål: "Skriv til anna@kommune.dk om @gæld_2, ikke @ alene eller @9"'));
        const segments = proseSegments(block(root, 'mål')!.text);
        expect(segments.filter(s => s.kind === 'mention').map(s => s.kind === 'mention' && s.name)).toEqual(['gæld_2']);
        expect(proseText(block(root, 'mål')!.text)).toBe('Skriv til anna@kommune.dk om @gæld_2, ikke @ alene eller @9');
    });

    test('resolved to the entry of any kind', async () => {
        const { document, diagnostics } = await check(canonical);
        expect(diagnostics).toEqual([]);
        const mentions = document.references.filter(r => r.$refText === 'ryg');
        expect(mentions.length).toBeGreaterThan(1);
        expect(mentions.every(r => 'ref' in r && r.ref?.$type === 'Barrier')).toBe(true);
    });
});
