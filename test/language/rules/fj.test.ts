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
        expect: [['FJ-02', 'indstilling: fleksjob']],
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
]);
