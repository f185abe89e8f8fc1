import { CANON, edit } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('FJ', [
    {
        name: 'fj-01-capacity-not-reduced',
        text: edit(CANON, [['arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: nedsat_kan_udvikles']]),
        expect: [['FJ-01', 'arbejdsevne: nedsat_kan_udvikles']],
    },
    {
        name: 'fj-02-nothing-tested',
        text: edit(CANON, [['    afprøvet: praktik2025, mentor2024\n', '']]),
        // One fact, one diagnostic: FJ-06 does not also ask for a mention of a tested measure when none is listed.
        expect: [['FJ-02', 'indstilling: fleksjob']],
    },
    {
        name: 'fj-06-dangling-mention-is-gen-05',
        text: edit(CANON, [['men @ryg\n', 'men @rygg\n']]),
        expect: [['GEN-05', 'men @rygg']],
    },
    {
        name: 'fj-02-clean-obviously-futile',
        text: edit(CANON, [
            [
                '    afprøvet: praktik2025, mentor2024\n',
                '    åbenbart_formålsløst: "Yderligere afprøvning vil forværre smerterne, jf. speciallægen"\n',
            ],
        ]),
        expect: [],
    },
    {
        name: 'fj-03-very-limited-without-perspective',
        text: edit(CANON, [['arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: meget_begrænset']]),
        expect: [['FJ-03', 'arbejdsevne: meget_begrænset']],
    },
    {
        name: 'fj-03-clean-very-limited-with-perspective',
        text: edit(CANON, [
            [
                'arbejdsevne: væsentligt_og_varigt_nedsat',
                `arbejdsevne: meget_begrænset
    udviklingsperspektiv: "Efter smertebehandling forventes Fie at kunne arbejde 10-12 timer om ugen inden for et år"`,
            ],
        ]),
        expect: [],
    },
    {
        name: 'fj-04-no-functions',
        text: edit(CANON, [['    arbejdsfunktioner: "Kundebetjening, booking og lettere frisøropgaver med mulighed for at sidde"\n', '']]),
        expect: [['FJ-04', 'vurdering {']],
    },
    // Folkepensionsalderen: 67 for those born 1955-07-01 to 1962-12-31; reached on the birthday.
    { name: 'fj-05-reached-pension-age', text: edit(CANON, [['fødselsdato: 1984-03-12', 'fødselsdato: 1959-11-20']]), expect: [['FJ-05', 'indstilling: fleksjob']] },
    { name: 'fj-05-clean-day-before-pension-age', text: edit(CANON, [['fødselsdato: 1984-03-12', 'fødselsdato: 1959-11-21']]), expect: [] },
    {
        name: 'fj-05-receives-foertidspension',
        text: edit(CANON, [['    kontanthjælp 2020-07-01 til nu', '    kontanthjælp 2020-07-01 til 2024-12-31\n    førtidspension 2025-01-01 til nu']]),
        expect: [['FJ-05', 'førtidspension 2025-01-01 til nu'], ['FD-07', 'førtidspension 2025-01-01 til nu']],
    },
    { name: 'fj-06-reasons-without-documented-barrier', text: edit(CANON, [['men @ryg\n', 'men rygsmerterne\n']]), expect: [['FJ-06', 'begrundelse:']] },
]);
