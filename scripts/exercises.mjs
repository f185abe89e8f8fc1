// The course exercises in examples/øvelser/, made from the clean cases in examples/: each with a
// Danish task text, deliberate gaps, the expected findings as inline markers (the answer key) and a
// clean solution file. `node scripts/make-exercises.mjs` writes them; a test keeps them fresh.
import { readFileSync } from 'node:fs';

const EXAMPLES = new URL('../examples/', import.meta.url);

/** Replaces each `from` (which must occur) by `to`, once, in order. */
export function edit(text, pairs) {
    for (const [from, to] of pairs) {
        const at = text.indexOf(from);
        if (at < 0) throw new Error(`Not in the text: ${JSON.stringify(from)}`);
        text = text.slice(0, at) + to + text.slice(at + from.length);
    }
    return text;
}

/** For each line: may a trailing `// …` comment stand there (not inside a `"""` text)? */
function codeLines(lines) {
    const ok = [];
    let inside = false;
    for (const line of lines) {
        const count = line.split('"""').length - 1;
        ok.push(!inside && count % 2 === 0);
        if (count % 2 === 1) inside = !inside;
    }
    return ok;
}

/** Adds `// forventet: CODE` markers: `expected` is a list of [code, anchor]; the finding starts on the first line holding the anchor. */
export function mark(text, expected) {
    const lines = text.split('\n');
    const ok = codeLines(lines);
    const byLine = new Map();
    for (const [code, anchor] of expected) {
        const target = lines.findIndex(l => l.includes(anchor));
        if (target < 0) throw new Error(`Anchor not found: ${JSON.stringify(anchor)}`);
        byLine.set(target, [...(byLine.get(target) ?? []), code]);
    }
    // From the bottom up: a marker that must go on its own line above does not move the ones below it.
    for (const [target, codes] of [...byLine].sort((a, b) => b[0] - a[0])) {
        let i = target;
        while (!ok[i]) i--;
        if (lines[i].includes('// forventet')) {
            const indent = /^\s*/.exec(lines[i])[0];
            lines.splice(i, 0, `${indent}// forventet +${target - i + 1}: ${codes.join(', ')}`);
            ok.splice(i, 0, true);
            continue;
        }
        lines[i] += i === target ? `   // forventet: ${codes.join(', ')}` : `   // forventet +${target - i}: ${codes.join(', ')}`;
    }
    return lines.join('\n');
}

function cleanCase(name) {
    // The case's own header lines give way to the exercise's.
    const lines = readFileSync(new URL(name, EXAMPLES), 'utf8').split('\n');
    while (lines[0].startsWith('//')) lines.shift();
    return lines.join('\n');
}

function header(number, title, task, families) {
    return [
        `// ØVELSE ${number}: ${title}`,
        '// Fiktiv sag til undervisning. Alle oplysninger er opdigtede.',
        '//',
        ...task.map(line => `// ${line}`),
        '//',
        `// Regelfamilier: ${families}.`,
        '// Facit: linjer markeret med "forventet" viser, hvad tjekket finder. Løsningen står i',
        `// øvelse-${number}-…-løsning.aev.`,
        '',
    ].join('\n');
}

export const EXERCISES = [
    {
        slug: '1-struktur',
        title: 'Struktur, ord og CPR',
        source: 'fie-hansen.aev',
        families: 'GEN, BOR, CPR',
        task: [
            'Beskrivelsen er skrevet i en fart. Find stavefejlen i en fast værdi, henvisningen til en post,',
            'der ikke findes, pladsholderen og de to steder, hvor et CPR-nummer er brugt forkert.',
        ],
        changes: [
            ['ydelse: kontanthjælp siden', 'ydelse: kontanthjaelp siden'],
            ['    fødselsdato: 1984-03-12', '    cpr: "310284-1234"'],
            ['behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "TODO"'],
            ['"Samtale i jobcentret;', '"Samtale i jobcentret med Fie (120384-1234);'],
            ['jf. @lægeattest og @koordinator', 'jf. @lægeattesten og @koordinator'],
        ],
        expected: [
            ['GEN-09', 'ydelse: kontanthjaelp'],
            ['CPR-01', 'cpr: "310284'],
            ['GEN-08', 'behandling: "TODO"'],
            ['CPR-03', 'samtale samtale1'],
            ['GEN-05', '@lægeattesten'],
        ],
    },
    {
        slug: '2-beskrivelsen',
        title: 'Den forberedende del',
        source: 'lone-berg-afklaring-36a.aev',
        families: 'FD',
        task: [
            'Fire af de oplysninger, en arbejdsevnebeskrivelse skal rumme, mangler. Find dem, og skriv dem,',
            'som du ville skrive dem sammen med Lone.',
        ],
        changes: [
            [
                `    cv: """
        2008-2018 ekspedient, Købmanden i Byen
        2018-2022 kantinemedhjælper, Fabrikken A/S
    """
`,
                '',
            ],
            ['    borgerens_perspektiv: "Det bliver bedre, når jeg har noget at stå op til."\n', ''],
            ['"Moderat depression siden 2023" kilde lægeattest', '"Moderat depression siden 2023"'],
            ['    samtale samtale1: 2026-08-05 "Afklarende samtale i jobcentret"\n', ''],
        ],
        expected: [
            ['FD-09', 'beskæftigelse {'],
            ['FD-06', 'helbred {'],
            ['FD-12', 'barriere depression'],
            ['FD-11', 'sagsforløb {'],
        ],
    },
    {
        slug: '3-borgerens-stemme',
        title: 'Borgerens stemme og partshøring',
        source: 'peter-lund-faa-ressourcer.aev',
        families: 'BV, PROC',
        task: [
            'Peters egen vurdering er ikke længere aktuel, og udkastet er ikke sendt i partshøring.',
            'Hvad betyder det for Peters retssikkerhed, og hvad skal du gøre?',
        ],
        changes: [
            ['borgerens_vurdering 2026-10-20', 'borgerens_vurdering 2026-03-01'],
            [
                '    partshøring høring1: 2026-10-27 "Udkastet læst højt for Peter ved et hjemmebesøg; ingen bemærkninger" lov FVL § 19\n',
                '',
            ],
        ],
        expected: [
            ['BV-02', 'borgerens_vurdering 2026-03-01'],
            ['PROC-01', 'sagsforløb {'],
        ],
    },
    {
        slug: '4-fleksjob',
        title: 'Fleksjob og lægelig dokumentation',
        source: 'fie-hansen.aev',
        families: 'FJ, LAE',
        task: ['Indstillingen om fleksjob mangler noget, loven kræver, og dokumentationen er ikke i orden.', 'Find fire mangler.'],
        changes: [
            ['    skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"\n', ''],
            ['    afprøvet: praktik2025, mentor2024\n', ''],
            ['LÆ265 2026-09-01', 'LÆ265 2025-09-01'],
            ['samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2025-05-20'],
            ['dokument koordinator: klinisk_funktion', 'dokument koordinator: andet'],
        ],
        expected: [
            ['FJ-04', 'vurdering {'],
            ['FJ-02', 'indstilling: fleksjob'],
            ['LAE-02', 'LÆ265 2025-09-01'],
            ['LAE-03', 'dokumentation {'],
            ['FJ-06', 'begrundelse:'],
        ],
    },
    {
        slug: '5-foertidspension',
        title: 'Førtidspension',
        source: 'ole-jensen-foertidspension.aev',
        families: 'FP',
        task: [
            'Borgeren i denne udgave af sagen er yngre, og arbejdsevnen er vurderet anderledes. Kan der',
            'indstilles til førtidspension? Hvad skal der til?',
        ],
        changes: [
            ['fødselsdato: 1968-04-02', 'fødselsdato: 1989-04-02'],
            ['arbejdsevne: ingen_selvforsørgelse', 'arbejdsevne: væsentligt_og_varigt_nedsat'],
        ],
        expected: [
            ['FP-01', 'indstilling: førtidspension'],
            ['FP-02', 'arbejdsevne: væsentligt'],
        ],
    },
    {
        slug: '6-ressourceforloeb',
        title: 'Ressourceforløb efter de gamle regler',
        source: 'amalie-skov-ressourceforloeb-2025.aev',
        families: 'RF, RT',
        task: ['Sagen er fra november 2025, før reformen. Tre ting, et ressourceforløb krævede dengang, mangler.'],
        changes: [
            [
                '    rehabiliteringsteam team1: 2025-11-04 "Rehabiliteringsteamet indstillede til et ressourceforløb på to år" lov LOB § 9\n',
                '',
            ],
            ['    koordinerende_sagsbehandler: "Lene Krog"\n', ''],
            [
                '    udviklingsperspektiv: "Med traumebehandling og støtte forventes Amalie at kunne arbejde 15 timer om ugen inden for tre år"\n',
                '',
            ],
        ],
        expected: [
            ['RT-01', 'sagsforløb {'],
            ['RF-02', 'indsatsplan {'],
            ['RF-01', 'vurdering {'],
        ],
    },
    {
        slug: '7-indsatsplan',
        title: 'En sammenhængende indsatsplan',
        source: 'jonas-holm-tvaersektoriel.aev',
        families: 'IND',
        task: [
            'Planen går på tværs af tre sektorer. Find den barriere, ingen indsats tager sig af, den indsats',
            'uden ansvarlig, og det, der mangler, for at Jonas ikke selv skal binde planen sammen.',
        ],
        changes: [
            ['        adresserer gæld\n', ''],
            ['        ansvarlig "Kommunens bostøtte"\n', ''],
            ['    koordinerende_sagsbehandler: "Søren Bak"\n', ''],
        ],
        expected: [
            ['IND-01', 'barriere gæld'],
            ['IND-03', 'indsats gældsrådgivning'],
            ['IND-04', 'indsats bostøtten'],
            ['IND-05', 'indsatsplan {'],
        ],
    },
    {
        slug: '8-procedure',
        title: 'Samtykke og afklaring',
        source: 'lone-berg-afklaring-36a.aev',
        families: 'AF, PROC',
        task: [
            'Lone har fået kontanthjælp i to år. Tjek, om proceduren er fulgt: afklaringen efter LAB § 36 a',
            'og samtykket til at indhente helbredsoplysninger.',
        ],
        changes: [
            [
                '    afklaring afklaring1: 2026-08-05 "Afklaring efter to år på kontanthjælp; sagen skal ikke i rehabiliteringsteam" lov LAB § 36 a\n',
                '',
            ],
            [
                'samtykke samtykke1: 2026-05-15 "Samtykke til at indhente LÆ 265 fra egen læge"',
                'samtykke samtykke1: 2026-07-15 "Samtykke til at indhente alle relevante oplysninger"',
            ],
        ],
        expected: [
            ['AF-01', 'sagsforløb {'],
            ['PROC-04', 'samtykke samtykke1'],
            ['PROC-03', 'dokument lægeattest'],
        ],
    },
    {
        slug: '9-udfald',
        title: 'Udfald og regelsæt',
        source: 'mads-nielsen-jobafklaring.aev',
        families: 'UDF, FD',
        task: ['Her står Mads på kontanthjælp. Kan han komme i jobafklaringsforløb? Hvad siger forsørgelsen?'],
        changes: [['ydelse: sygedagpenge siden 2025-10-06', 'ydelse: kontanthjælp siden 2025-10-06']],
        expected: [
            ['UDF-04', 'ydelse: kontanthjælp'],
            ['FD-07', 'sygedagpenge 2025-10-06 til nu'],
        ],
    },
];

/** Every exercise and solution file: name (in examples/øvelser/) → text. */
export function renderExercises() {
    const files = new Map();
    for (const { slug, title, source, families, task, changes, expected } of EXERCISES) {
        const number = slug.split('-')[0];
        const clean = cleanCase(source);
        files.set(`øvelse-${slug}.aev`, header(number, title, task, families) + mark(edit(clean, changes), expected));
        files.set(
            `øvelse-${slug}-løsning.aev`,
            [`// LØSNING PÅ ØVELSE ${number}: ${title}`, '// Fiktiv sag til undervisning. Alle oplysninger er opdigtede.', ''].join('\n') +
                clean,
        );
    }
    return files;
}
