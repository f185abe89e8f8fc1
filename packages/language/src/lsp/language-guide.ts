import { WORD_LISTS, type WordListName } from '../legal/enumerations.js';
import { KEYWORD_GUIDANCE } from './keyword-guidance.js';

/**
 * docs/sprog.md, the language for a caseworker: every block and what may stand in it, with the
 * same Danish guidance the hover shows, and the allowed words per place from the word lists. Made
 * by scripts/generate-rule-docs.mjs in the build; a test keeps it fresh and checks that it names
 * every keyword of the grammar.
 */

/** The blocks in the order of a description, each with the words that may stand in it. */
const BLOCKS: ReadonlyArray<{ keyword: string; parts: readonly string[]; example: string }> = [
    { keyword: 'arbejdsevne', parts: [], example: 'arbejdsevne "Fie Hansen – beskrivelse af arbejdsevne"' },
    { keyword: 'borger', parts: ['navn', 'fødselsdato', 'cpr', 'ydelse', 'siden', 'visitation'], example: 'borger {\n    navn: "Fie Hansen"\n    fødselsdato: 1984-03-12\n    ydelse: kontanthjælp siden 2020-07-01\n    visitation: aktivitetsparat\n}' },
    { keyword: 'sag', parts: ['dato', 'formål', 'kommune', 'sagsbehandler', 'sagsnummer', 'regelsæt', 'bevilget'], example: 'sag {\n    dato: 2026-11-20\n    formål: fleksjob\n    kommune: "Eksempel Kommune"\n    sagsbehandler: "Anna Andersen, socialrådgiver"\n}' },
    { keyword: 'mål', parts: [], example: 'mål: "Job som frisørassistent 12-15 timer om ugen"' },
    { keyword: 'beskæftigelse', parts: ['ressource', 'barriere', 'tema', 'kilde', 'uden_indsats', 'ingen_barrierer', 'cv', 'ønsker', 'progression'], example: 'beskæftigelse {\n    ressource svendebrev: "Faglært frisør med svendebrev fra 2005" tema uddannelse\n    ønsker: "Vil helst tilbage til frisørfaget i en lille salon tæt på hjemmet"\n    barriere ledighed: "Har ikke haft arbejde siden 2019"\n    cv: """\n        2005-2013 frisør, Salon Klip\n    """\n}' },
    { keyword: 'socialt', parts: ['ressource', 'barriere', 'ingen_barrierer'], example: 'socialt {\n    ressource søster: "Tæt kontakt til søster" tema sociale_netværk\n    barriere gæld: "Gæld til inkasso" tema bolig_og_økonomi\n}' },
    { keyword: 'helbred', parts: ['ressource', 'barriere', 'behandling', 'borgerens_perspektiv'], example: 'helbred {\n    barriere ryg: "Kroniske lændesmerter" kilde lægeattest\n    behandling: "Fysioterapi"\n    borgerens_perspektiv: "Jeg kan godt arbejde, bare ikke stående en hel dag."\n}' },
    { keyword: 'dokumentation', parts: ['dokument', 'konsultation', 'helbredsforhold', 'særlige_hensyn', 'lægens_kommentar', 'andre_forhold'], example: 'dokumentation {\n    dokument lægeattest: LÆ265 2026-09-01 "Egen læge efter konsultation"\n        konsultation 2026-08-28\n        helbredsforhold "Kroniske lændesmerter; kan sidde 30 minutter ad gangen"\n        særlige_hensyn "Skiftende arbejdsstillinger; ingen løft over 10 kg"\n        lægens_kommentar "Enig i borgerens egen vurdering af 12-15 timer om ugen"\n}' },
    { keyword: 'forsørgelse', parts: ['til', 'nu'], example: 'forsørgelse {\n    sygedagpenge 2019-01-14 til 2020-06-30\n    kontanthjælp 2020-07-01 til nu\n}' },
    { keyword: 'sygeforløb', parts: ['første_fraværsdag', 'første_opfølgning', 'revurdering', 'forlængelse', 'til'], example: 'sygeforløb {\n    første_fraværsdag: 2025-10-06\n    første_opfølgning: 2025-11-27\n    revurdering: 2026-04-30\n    forlængelse: lægebehandling til 2026-09-30 "Hjerterehabilitering; egen læge ventede raskmelding"\n    forlængelse: ingen "Behandlingen er afsluttet uden raskmelding"\n}' },
    { keyword: 'hidtidige_indsatser', parts: ['indsats', 'periode', 'resultat', 'ingen'], example: 'hidtidige_indsatser {\n    indsats praktik2025: virksomhedspraktik "Praktik i frisørsalon"\n        periode 2025-03-01 til 2025-05-31\n        resultat "Stoppede efter seks uger på grund af rygsmerter"\n}' },
    { keyword: 'borgerens_vurdering', parts: ['enig', 'delvis_enig', 'uenig'], example: 'borgerens_vurdering 2026-11-10 """\n    Jeg vil rigtig gerne arbejde med mennesker igen.\n"""' },
    { keyword: 'sagsforløb', parts: ['samtale', 'samtykke', 'partshøring', 'vejledning', 'rehabiliteringsteam', 'afklaring', 'lov', 'stk', 'nr'], example: 'sagsforløb {\n    samtale samtale1: 2026-11-10 "Samtale i jobcentret"\n    partshøring høring1: 2026-11-18 "Udkastet sendt i partshøring" lov FVL § 19\n}' },
    { keyword: 'indsatsplan', parts: ['indsats', 'adresserer', 'ansvarlig', 'periode', 'mål', 'koordinerende_sagsbehandler'], example: 'indsatsplan {\n    indsats smerteklinik: smertebehandling "Forløb på regionens smerteklinik"\n        adresserer ryg\n        ansvarlig "Regionens smerteklinik"\n        periode 2027-01-01 til 2027-06-30\n    koordinerende_sagsbehandler: "Anna Andersen"\n}' },
    { keyword: 'vurdering', parts: ['arbejdsevne', 'arbejdsfunktioner', 'skånehensyn', 'afprøvet', 'indstilling', 'begrundelse', 'lovgrundlag', 'udviklingsperspektiv', 'åbenbart_formålsløst', 'kan_ikke_forbedres', 'borgerens_synspunkt', 'til_borgeren'], example: 'vurdering {\n    arbejdsevne: væsentligt_og_varigt_nedsat\n    indstilling: fleksjob\n    begrundelse: """\n        Fie har en faglig uddannelse (@svendebrev), men @ryg begrænser hende varigt, jf. @lægeattest.\n    """\n    lovgrundlag: LAB § 116\n}' },
];

const PLACES: ReadonlyArray<[WordListName, string]> = [
    ['ydelse', '`ydelse` i `borger` og linjerne i `forsørgelse`'], ['visitation', '`visitation` i `borger`'], ['formål', '`formål` i `sag`'],
    ['indstilling', '`indstilling` i `vurdering`'], ['arbejdsevne', '`arbejdsevne` i `vurdering`'], ['dokumenttype', 'typen efter `dokument navn:`'],
    ['indsatstype', 'typen efter `indsats navn:`'], ['tema', '`tema` efter en ressource eller barriere'],
    ['forlængelsesgrund', 'grunden efter `forlængelse:` i `sygeforløb`'],
];

/** The common slips: how they look, the message the checker gives (a test checks it on `snippet`) and the fix. */
export interface CommonMistake { written: string; snippet: string; says: string; fix: string }

export const COMMON_MISTAKES: readonly CommonMistake[] = [
    {
        written: '`dokument attest: LÆ 265 2026-09-01`', snippet: 'dokumentation {\n    dokument attest: LÆ 265 2026-09-01 "Egen læge"\n}',
        says: 'Dokumenttypen skrives LÆ265 uden mellemrum', fix: 'Skriv `LÆ265` uden mellemrum.',
    },
    {
        written: '`ressource min søster: "…"`', snippet: 'socialt {\n    ressource min søster: "Ser sin søster hver uge"\n}',
        says: 'Et navn skrives i ét ord uden mellemrum', fix: 'Et navn er ét ord: brug `_` i stedet for mellemrum, fx `min_søster`.',
    },
    {
        written: '`ydelse: kontanthjaelp`', snippet: 'borger {\n    ydelse: kontanthjaelp siden 2025-01-01\n}',
        says: '`kontanthjaelp` er ikke et af de tilladte ord ved `ydelse`. Mente du `kontanthjælp`?', fix: 'Skriv æ, ø og å. Hurtigrettelsen retter til det nærmeste tilladte ord (GEN-09).',
    },
    {
        written: 'En `}` for meget', snippet: 'borger {\n    navn: "X"\n}\n}',
        says: "Uventet '}' her.", fix: 'Hver blok åbnes med `{` og lukkes med `}` på sin egen linje. Formatér dokumentet (Skift+Alt+F), så ses det, hvor en blok slutter.',
    },
    {
        written: 'En `}` for lidt', snippet: 'borger {\n    navn: "X"\n',
        says: "Forventede '}'", fix: 'Luk blokken med `}` på sin egen linje.',
    },
    {
        written: '`@ryggen` i en tekst, hvor barrieren hedder `ryg`', snippet: 'helbred {\n    barriere ryg: "Ondt i ryggen"\n    borgerens_perspektiv: "Jf. @ryggen"\n}',
        says: '`ryggen` findes ikke.', fix: 'Skriv navnet, som det står i beskrivelsen: `@ryg`. Så viser rapporten barrierens tekst, og omdøbning følger med.',
    },
    {
        written: 'Anførselstegn fra Word: `“Eksempel Kommune”`', snippet: 'sag {\n    kommune: “Eksempel Kommune”\n}',
        says: 'Krumme anførselstegn (“ ” „), fx fra Word: brug lige anførselstegn', fix: 'Skriv lige anførselstegn `"…"`. Hurtigrettelsen retter alle på én gang. Inde i en tekst må „…“ gerne stå.',
    },
    {
        written: '`fødselsdato: 14-06-1979` eller `28/9-2026`', snippet: 'borger {\n    fødselsdato: 14-06-1979\n}',
        says: 'Datoen skrives 1979-06-14 eller 14.6.1979', fix: 'Skriv datoen som `1979-06-14` eller `14.6.1979`. Hurtigrettelsen skriver den om.',
    },
    {
        written: '`"Han sagde "nej" til praktik"`', snippet: 'helbred {\n    behandling: "Han sagde "nej" til praktik"\n}',
        says: 'Et " inde i en tekst afslutter teksten', fix: 'Skriv citater i en tekst med »…«, eller skriv hele teksten som `""" … """`.',
    },
    {
        written: 'Et CPR-nummer i en tekst', snippet: 'sagsforløb {\n    samtale s1: 2026-11-02 "Samtale med borgeren, 120384-1234"\n}',
        says: 'Teksten indeholder et CPR-nummer', fix: 'CPR-numre hører kun til i `cpr` under `borger` (CPR-03). Hurtigrettelsen maskerer nummeret.',
    },
];

function guidance(keyword: string): string {
    return KEYWORD_GUIDANCE[keyword] ?? '';
}

/** The anchor of a block's section in docs/sprog.md: the hover links there. */
export function guideAnchor(blockKeyword: string): string {
    return `blok-${blockKeyword}`;
}

export function renderLanguageGuide(): string {
    const out: string[] = [
        '<!-- Generated by scripts/generate-rule-docs.mjs from the keyword guidance and word lists: do not edit. -->',
        '# Sproget i en arbejdsevnebeskrivelse (`.aev`)',
        '',
        'En beskrivelse er en tekstfil med blokke i `{ }`. Hver linje i en blok er én oplysning, `navn: værdi`.',
        'Tekst står i `"…"` (én linje) eller `"""…"""` (flere linjer). I en tekst henviser `@navn` til en',
        'ressource, barriere, et dokument, en indsats eller en hændelse. Datoer skrives `2026-11-20` eller',
        '`20.11.2026`. Kommentarer, som ikke kommer med i rapporten, skrives efter `//`. Blokkene kan stå i',
        'vilkårlig rækkefølge, men hver kun én gang. Hvilke regler hver blok skal opfylde, står i',
        '[regler.md](regler.md). Et helt eksempel er `examples/fie-hansen.aev`.',
        '',
        '## Blokkene',
        '',
    ];
    for (const block of BLOCKS) {
        out.push(`<a id="${guideAnchor(block.keyword)}"></a>`, '', `### \`${block.keyword}\``, '', guidance(block.keyword), '', '```aev', block.example, '```', '');
        for (const part of block.parts) out.push(`- **\`${part}\`**: ${guidance(part)}`);
        if (block.parts.length) out.push('');
    }
    out.push('## De tilladte ord', '', 'Nogle steder står et fast ord. Tjekket kender dem (GEN-09), og fuldførelsen i editoren foreslår dem.', '');
    for (const [list, place] of PLACES) {
        out.push(`- **${WORD_LISTS[list].label}** (${place}): ${(WORD_LISTS[list].words as readonly string[]).map(w => `\`${w}\``).join(', ')}`);
    }
    out.push('', '## Almindelige fejl', '', '| skrevet | tjekket siger | sådan rettes det |', '|---|---|---|');
    for (const { written, says, fix } of COMMON_MISTAKES) out.push(`| ${written} | »${says.replace(/\|/g, '\\|')} …« | ${fix} |`);
    out.push('');
    return out.join('\n');
}
