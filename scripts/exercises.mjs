// The course exercises, made from the clean cases in examples/: for the students examples/øvelser/
// holds each exercise with its task text only; for the teacher examples/facit/ holds the key
// (facit.md: the findings, what they teach, questions for discussion) and a clean solution per
// exercise. `node scripts/make-exercises.mjs` writes both; a test keeps them fresh and checks the key
// against the checker.
import { readFileSync } from 'node:fs';
import { ruleById } from '@arbejdsevne/language';

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

/** The line (1-based) of the first line holding `anchor`: where a finding of the key starts. */
export function anchorLine(text, anchor) {
    const index = text.split('\n').findIndex(l => l.includes(anchor));
    if (index < 0) throw new Error(`Anchor not found: ${JSON.stringify(anchor)}`);
    return index + 1;
}

function cleanCase(name) {
    // The case's own header lines give way to the exercise's.
    const lines = readFileSync(new URL(name, EXAMPLES), 'utf8').split('\n');
    while (lines[0].startsWith('//')) lines.shift();
    return lines.join('\n');
}

function header(number, title, task, profile) {
    return [
        `// ØVELSE ${number}: ${title}`,
        '// Fiktiv sag til undervisning. Alle oplysninger er opdigtede.',
        '//',
        ...task.map(line => `// ${line}`),
        ...(profile ? ['//', `// Tjek filen med profilen ${profile}: arbejdsevne tjek --profil ${profile} <fil>`] : []),
        '',
    ].join('\n');
}


/**
 * Each exercise: the clean case it starts from, a `scenario` (edits the exercise and its solution
 * share), the `changes` that make the gaps (exercise only), the `solution` edits beyond the clean
 * case, the findings as [rule id, anchor] in the order the checker gives them, and for the
 * teacher: what it teaches about the law and questions for discussion.
 */
export const EXERCISES = [
    {
        slug: '1-struktur',
        title: 'Struktur, ord og CPR',
        source: 'fie-hansen.aev',
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
        teaches: 'Sproget: faste ord, henvisninger med @ og pladsholdere. Et CPR-nummer hører ikke hjemme i en arbejdsevnebeskrivelse: fødselsdatoen er nok til at beregne alderen, og CPR-numre i fritekst havner i rapporter og mails (databeskyttelsesforordningen art. 5, stk. 1, litra c, dataminimering).',
        discussion: [
            'Hvorfor er fødselsdatoen nok? Hvor ender en beskrivelse, og hvem læser den?',
            'Hvad betyder det for borgeren, hvis en pladsholder som "TODO" når frem til en afgørelse?',
        ],
    },
    {
        slug: '2-beskrivelsen',
        title: 'Den forberedende del',
        source: 'lone-berg-afklaring-36a.aev',
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
        teaches: 'Den forberedende del af rehabiliteringsplanen: uddannelse og erhvervserfaring, borgerens eget syn på sit helbred, hvad en helbredsbarriere bygger på, og samtalen med borgeren (LAB § 44 og bekendtgørelsen om rehabiliteringsplanen).',
        discussion: [
            'Hvorfor skal borgerens eget perspektiv på helbredet stå ved siden af lægens?',
            'Hvad sker der med en vurdering, når en barriere ikke har en kilde?',
        ],
    },
    {
        slug: '3-borgerens-stemme',
        title: 'Borgerens stemme og partshøring',
        source: 'peter-lund-faa-ressourcer.aev',
        task: [
            'Peters egen vurdering er fra marts, før han begyndte at komme ud af lejligheden, og udkastet',
            'er ikke sendt i partshøring. Hvad betyder det for Peters retssikkerhed, og hvad skal du gøre?',
        ],
        changes: [
            [
                `borgerens_vurdering 2026-10-20 """
    Jeg vil gerne noget, men jeg skal starte helt småt. Det med haven kan jeg godt lide.
"""`,
                `borgerens_vurdering 2026-03-01 """
    Jeg kan ikke overskue noget lige nu. Jeg vil bare være i fred.
"""`,
            ],
            [
                '    partshøring høring1: 2026-10-27 "Udkastet læst højt for Peter ved et hjemmebesøg; ingen bemærkninger" lov FVL § 19\n',
                '',
            ],
        ],
        expected: [
            ['BV-02', 'borgerens_vurdering 2026-03-01'],
            ['PROC-01', 'sagsforløb {'],
        ],
        teaches: 'Borgerens egen vurdering skal være aktuel, med borgerens egne ord (retssikkerhedslovens § 4), og borgeren skal høres over udkastet, før der træffes afgørelse (forvaltningslovens § 19). I løsningen er vurderingen fornyet ved en ny samtale: Peter siger noget andet i oktober end i marts.',
        discussion: [
            'Peter sagde i marts, at han ville være i fred. Hvad ville en afgørelse på det grundlag sige om ham?',
            'Hvordan partshører man en borger, der ikke kan tage bussen eller læse et langt brev?',
        ],
    },
    {
        slug: '4-fleksjob',
        title: 'Fleksjob og lægelig dokumentation',
        source: 'fie-hansen.aev',
        task: ['Indstillingen om fleksjob mangler noget, loven kræver, og dokumentationen er ikke i orden.', 'Find fire mangler.'],
        // The certificate from last year is a fact of the case: the solution asks for a new one, it does not re-date the old.
        scenario: [
            ['LÆ265 2026-09-01', 'LÆ265 2025-09-01'],
            ['samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2025-05-20'],
        ],
        changes: [
            ['    skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"\n', ''],
            ['    afprøvet: praktik2025, mentor2024\n', ''],
            ['dokument koordinator: klinisk_funktion', 'dokument koordinator: andet'],
        ],
        solution: [
            ['    dokument psykiater:', '    dokument lægeattest2026: LÆ265 2026-11-02 "Ny attest fra egen læge efter konsultation"\n    dokument psykiater:'],
        ],
        expected: [
            ['FJ-04', 'vurdering {'],
            ['FJ-02', 'indstilling: fleksjob'],
            ['LAE-02', 'LÆ265 2025-09-01'],
            ['LAE-03', 'dokumentation {'],
        ],
        teaches: 'Fleksjob kræver, at arbejdsevnen er varigt og væsentligt nedsat, og at mulighederne for at forbedre den er afprøvet (LAB § 116). Skånehensyn skal beskrives. Fra 1. juli 2026 bygger en sag om fleksjob på en vurdering af klinisk funktion fra en sundhedskoordinator (LAB § 118).',
        discussion: [
            'Hvornår er en indsats "afprøvet"? Er et afbrudt forløb nok?',
            'Hvorfor er en lægeattest fra sidste år ikke nok i en sag, der afgøres nu?',
        ],
    },
    {
        slug: '5-foertidspension',
        title: 'Førtidspension',
        source: 'ole-jensen-foertidspension.aev',
        task: [
            'Borgeren i denne udgave af sagen er yngre, og arbejdsevnen er vurderet anderledes. Kan der',
            'indstilles til førtidspension? Hvad skal der til?',
        ],
        // The younger citizen is the premise of the exercise, in its solution too.
        scenario: [['fødselsdato: 1968-04-02', 'fødselsdato: 1989-04-02']],
        changes: [['arbejdsevne: ingen_selvforsørgelse', 'arbejdsevne: væsentligt_og_varigt_nedsat']],
        solution: [
            ['    lovgrundlag: LSP § 16, stk. 3, LSP § 19', '    kan_ikke_forbedres: "Egen læge (@lægeattest) og klinisk funktion (@sundhedskoordinator) vurderer, at arbejdsevnen ikke kan forbedres: smertebehandlingen er afsluttet uden bedring (@smerteklinik)."\n    lovgrundlag: LSP § 16, stk. 2, LSP § 19'],
        ],
        expected: [
            ['FP-01', 'indstilling: førtidspension'],
            ['FP-02', 'arbejdsevne: væsentligt'],
        ],
        teaches: 'Førtidspension kræver, at borgeren ikke kan forsørge sig selv, heller ikke i et fleksjob (pensionslovens § 16, stk. 1). Under 40 år kræver det desuden, at det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres (§ 16, stk. 2): `kan_ikke_forbedres` eller `åbenbart_formålsløst` med konkret begrundelse.',
        discussion: [
            'Hvad er forskellen på "dokumenteret" og "helt åbenbart", og hvilken vej passer til Oles sag?',
            'Hvorfor er fleksjob det, der skal udelukkes, før førtidspension?',
        ],
    },
    {
        slug: '6-ressourceforloeb',
        title: 'Ressourceforløb efter de gamle regler',
        source: 'amalie-skov-ressourceforloeb-2025.aev',
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
        teaches: 'Et ressourceforløb (LAB §§ 112–113, som de lød før 1. februar 2026) krævede rehabiliteringsteamet, en koordinerende sagsbehandler og et udviklingsperspektiv. Reglerne følger sagens dato.',
        discussion: [
            'Hvorfor var rehabiliteringsteamet obligatorisk, og hvad kommer i stedet fra 1. juli 2026?',
            'Hvordan skriver man et udviklingsperspektiv, der er realistisk uden at love for meget?',
        ],
    },
    {
        slug: '7-indsatsplan',
        title: 'En sammenhængende indsatsplan',
        source: 'jonas-holm-tvaersektoriel.aev',
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
        teaches: 'En helhedsorienteret plan: hver barriere har en indsats, hver indsats en ansvarlig, og én koordinerende sagsbehandler binder beskæftigelse, social og sundhed sammen (retssikkerhedslovens § 5 om en helhedsvurdering, og god praksis i tværfaglig rehabilitering).',
        discussion: [
            'Hvem har ansvaret, når en indsats ikke har nogen ansvarlig?',
            'Hvad kan en koordinerende sagsbehandler gøre, som Jonas ikke selv kan?',
        ],
    },
    {
        slug: '8-procedure',
        title: 'Samtykke og afklaring',
        source: 'lone-berg-afklaring-36a.aev',
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
        teaches: 'Afklaringen efter to år på kontanthjælp (LAB § 36 a) og samtykket efter retssikkerhedslovens § 11 a: det skal være konkret (hvilke oplysninger, fra hvem) og givet, før oplysningerne indhentes.',
        discussion: [
            'Hvorfor er "alle relevante oplysninger" ikke et gyldigt samtykke?',
            'Hvad gør du, hvis lægeattesten allerede er kommet, før samtykket blev givet?',
        ],
    },
    {
        slug: '9-udfald',
        title: 'Udfald og regelsæt',
        source: 'mads-nielsen-jobafklaring.aev',
        task: ['Her står Mads på kontanthjælp. Kan han komme i jobafklaringsforløb? Hvad siger forsørgelsen?'],
        changes: [['ydelse: sygedagpenge siden 2025-10-06', 'ydelse: kontanthjælp siden 2025-10-06']],
        // The one fact a solution may change, named in the key: the forsørgelse shows which ydelse is right.
        correctsFacts: { ydelse: 'Løsningen retter `ydelse` til sygedagpenge: forsørgelsen viser sygedagpenge siden 6. oktober 2025, og det er ydelsen i `borger`, der er skrevet forkert.' },
        expected: [
            ['UDF-04', 'ydelse: kontanthjælp'],
            ['FD-07', 'sygedagpenge 2025-10-06 til nu'],
        ],
        teaches: 'Et jobafklaringsforløb forudsætter sygedagpenge eller ressourceforløbsydelse (sygedagpengeloven § 24; LAB kapitel 18). Ydelsen i `borger` og forsørgelseshistorikken skal fortælle den samme historie.',
        discussion: [
            'Hvilke muligheder har Mads, hvis han faktisk er på kontanthjælp?',
            'Hvorfor skal forsørgelsen stå i beskrivelsen, når kommunen allerede kender den?',
        ],
    },
    {
        slug: '10-overgangen-2026',
        title: 'Et ressourceforløb, der kører videre efter 1. februar 2026',
        source: 'amalie-skov-ressourceforloeb-2025.aev',
        task: [
            'Amalies ressourceforløb blev bevilget 20. november 2025. I marts 2026 opdaterer du beskrivelsen,',
            'og tjekket siger nu, at ressourceforløb ikke kan bevilges. Hvad skete der 1. februar 2026, og',
            'hvordan beskriver du et forløb, der er bevilget før og kører videre?',
        ],
        scenario: [
            ['dato: 2025-11-12', 'dato: 2026-03-16'],
            ['LÆ265 2025-09-20 "Egen læge"', 'LÆ265 2026-02-20 "Egen læge, opdateret attest"'],
            ['konsultation 2025-09-15', 'konsultation 2026-02-17'],
            ['borgerens_vurdering 2025-10-28 """', 'borgerens_vurdering 2026-03-10 """'],
            ['    og hjælp til det, der er sket, og min søn skal have det godt.', '    og hjælp til det, der er sket. Behandlingen er startet, og det hjælper lidt.'],
            [
                '    partshøring høring1: 2025-11-07 "Udkastet sendt i partshøring; ingen bemærkninger" lov FVL § 19\n',
                '    partshøring høring1: 2025-11-07 "Udkastet sendt i partshøring; ingen bemærkninger" lov FVL § 19\n'
                + '    samtale opfølgning: 2026-03-10 "Opfølgning på ressourceforløbet; Amalie er i gang med traumebehandlingen"\n'
                + '    partshøring høring2: 2026-03-13 "Den opdaterede beskrivelse gennemgået med Amalie; ingen bemærkninger" lov FVL § 19\n',
            ],
        ],
        changes: [],
        solution: [['    dato: 2026-03-16\n', '    dato: 2026-03-16\n    bevilget: 2025-11-20\n']],
        expected: [['UDF-01', 'indstilling: ressourceforløb']],
        teaches: 'Fra 1. februar 2026 kan der ikke bevilges nye ressourceforløb (lov nr. 1750 af 29/12/2025). Et forløb, der er bevilget senest 31. januar 2026, fortsætter efter de gamle regler. `sag.bevilget` fortæller tjekket det, så forløbet tjekkes efter reglerne på bevillingsdatoen.',
        discussion: [
            'Hvad betyder overgangsreglen for Amalie? Hvad ville der ske, hvis forløbet var ophørt?',
            'Hvad kan kommunen tilbyde en ny borger i Amalies situation efter 1. februar 2026?',
        ],
    },
    {
        slug: '11-borgeren-er-uenig',
        title: 'Borgeren er uenig',
        source: 'nadia-hassan-ordinaer.aev',
        task: [
            'Nadia er ikke enig i vurderingen: hun mener ikke, hun kan begynde på fuld tid med det samme.',
            'Beskrivelsen gengiver hendes ord, men vurderingen siger ikke noget til dem. Hvad skal der til?',
        ],
        scenario: [
            [
                `borgerens_vurdering 2026-09-10 """
    Jeg savner mit fag. Jeg vil gerne starte i en praktik, så en arbejdsplads kan se, hvad jeg kan.
"""`,
                `borgerens_vurdering 2026-09-10 uenig """
    Jeg savner mit fag, og jeg vil gerne arbejde. Men jeg er ikke enig i, at jeg kan starte på fuld
    tid med det samme. Jeg har ikke arbejdet i seks år, og børnene skal hentes klokken 15.
"""`,
            ],
        ],
        changes: [],
        solution: [
            [
                '    lovgrundlag: LAB § 1\n}',
                '    borgerens_synspunkt: "Nadia mener ikke, hun kan begynde på fuld tid. Praktikken begynder derfor med 25 timer om ugen i dagvagter, så hun kan hente børnene, og timerne sættes op i løbet af praktikken. Vurderingen af, at hendes arbejdsevne ikke er nedsat, står ved magt, fordi det, der står i vejen, er hullet i CV\'et og pasningen, ikke hendes helbred."\n'
                + '    lovgrundlag: LAB § 1\n}',
            ],
        ],
        expected: [['BV-03', 'borgerens_vurdering 2026-09-10 uenig']],
        teaches: 'Er borgeren uenig, skal begrundelsen forholde sig til borgerens synspunkter: det er god forvaltningsskik, og Ombudsmanden lægger vægt på det (forvaltningslovens § 24). `borgerens_synspunkt` er svaret, og borgerens egne ord bliver stående uændret.',
        discussion: [
            'Hvad er forskellen på at gengive borgerens synspunkt og at forholde sig til det?',
            'Kan man give borgeren ret i noget uden at ændre konklusionen? Hvad gør det ved tilliden?',
        ],
    },
    {
        slug: '12-sygedagpenge',
        title: 'Fra sygedagpenge til jobafklaringsforløb',
        source: 'mads-nielsen-jobafklaring.aev',
        task: [
            'Mads har fået sygedagpenge siden 6. oktober 2025, og beskrivelsen indstiller til jobafklaringsforløb.',
            'En kollega har skrevet sygeforløbet i en fart. Hvornår var revurderingen, og kan sygedagpengene',
            'stadig forlænges? Beregn revurderingstidspunktet, og gør forlængelsen færdig.',
        ],
        changes: [
            ['    revurdering: 2026-04-30\n', ''],
            ['forlængelse: lægebehandling til 2026-09-30 "', 'forlængelse: lægebehandling "'],
            ['    forlængelse: ingen "Behandlingen er afsluttet uden raskmelding; ingen af grundene i § 27, stk. 1, passer"\n', ''],
        ],
        expected: [
            ['SDP-01', 'sygeforløb {'],
            ['SDP-02', 'forlængelse: lægebehandling'],
        ],
        teaches: 'En sygemeldt får ret til jobafklaringsforløb ved revurderingen, når ingen af forlængelsesgrundene i sygedagpengelovens § 27, stk. 1, passer, og borgeren fortsat er uarbejdsdygtig (§ 24, stk. 2). Revurderingstidspunktet er den sidste dag i den måned, hvor der er udbetalt sygedagpenge i mere end 22 uger inden for 9 måneder (§ 24, stk. 1): for Mads 30 arbejdsgiverdage fra 6. oktober 2025 og derefter 22 uger, altså 30. april 2026. En forlængelse uden slutdato betyder, at Mads stadig er på sygedagpenge: så er det for tidligt at indstille til jobafklaringsforløb.',
        discussion: [
            'Hvorfor er revurderingstidspunktet ikke datoen for et møde?',
            'Lægen ventede en raskmelding, som ikke kom. Hvad betyder det for forlængelsen efter § 27, stk. 1, nr. 3?',
            'Hvad skal Mads vide om overgangen fra sygedagpenge til ressourceforløbsydelse?',
        ],
    },
];

/** The exercise file, the solution file and the key's findings [line, rule id] of one exercise. */
export function buildExercise({ slug, title, source, profile, task, scenario = [], changes, solution = [], expected }) {
    const number = slug.split('-')[0];
    const base = edit(cleanCase(source), scenario);
    const exercise = header(number, title, task, profile) + edit(base, changes);
    const findings = expected.map(([code, anchor]) => [anchorLine(exercise, anchor), code]).sort((a, b) => a[0] - b[0]);
    const solved = [`// LØSNING PÅ ØVELSE ${number}: ${title}`, '// Fiktiv sag til undervisning. Alle oplysninger er opdigtede.', ''].join('\n') + edit(base, solution);
    return { number, exerciseName: `øvelse-${slug}.aev`, solutionName: `øvelse-${slug}-løsning.aev`, exercise, solution: solved, findings };
}

/** Every file of the training kit: path under examples/ → text. */
export function renderExercises() {
    const files = new Map();
    for (const spec of EXERCISES) {
        const built = buildExercise(spec);
        files.set(`øvelser/${built.exerciseName}`, built.exercise);
        files.set(`facit/${built.solutionName}`, built.solution);
    }
    files.set('facit/facit.md', renderKey());
    return files;
}

/** The teacher's key (Danish): per exercise the findings, what they teach and questions for discussion. */
export function renderKey() {
    const lines = [
        '# Facit til øvelserne',
        '',
        'Til underviseren. Del mappen `examples/øvelser/` ud til kursisterne, men ikke denne mappe: her står',
        'fundene, løsningerne og spørgsmål til drøftelse. Filen laves af `scripts/make-exercises.mjs`, og en',
        'test tjekker, at hver øvelse giver præcis de fund, der står her.',
        '',
        'Kursisterne kan aflevere deres rettede fil og et udtræk af tjekket (`arbejdsevne tjek --format json',
        'øvelse.aev > aflevering.json`) eller rapporten som PDF. Se `docs/undervisning.md`.',
        '',
    ];
    for (const spec of EXERCISES) {
        const built = buildExercise(spec);
        lines.push(`## Øvelse ${built.number}: ${spec.title}`, '');
        lines.push(`Fil: \`øvelser/${built.exerciseName}\`. Løsning: \`facit/${built.solutionName}\`.`);
        if (spec.profile) lines.push(`Tjekkes med profilen \`${spec.profile}\`.`);
        lines.push('', `> ${spec.task.join(' ')}`, '', '| linje | regel | hvad tjekket finder | hvad kursisten skal gøre |', '|---|---|---|---|');
        for (const [line, code] of built.findings) {
            const rule = ruleById(code);
            lines.push(`| ${line} | [${code}](../../docs/regler.md#${code.toLowerCase()}) | ${rule.title} | ${rule.fix.replace(/\|/g, '\\|')} |`);
        }
        for (const note of Object.values(spec.correctsFacts ?? {})) lines.push('', `**Løsningen ændrer et faktum.** ${note}`);
        lines.push('', `**Det lærer øvelsen.** ${spec.teaches}`, '', '**Til drøftelse.**', '', ...spec.discussion.map(q => `- ${q}`), '');
    }
    return lines.join('\n');
}
