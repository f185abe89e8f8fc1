import { edit, FP_BASE } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('FP', [
    {
        name: 'fp-01-under-40',
        text: edit(FP_BASE, [['fødselsdato: 1984-03-12', 'fødselsdato: 1990-03-12']]),
        expect: [['FP-01', 'indstilling: førtidspension']],
    },
    {
        name: 'fp-01-clean-under-40-obviously-futile',
        text: edit(FP_BASE, [
            ['fødselsdato: 1984-03-12', 'fødselsdato: 1990-03-12'],
            [
                '    afprøvet: praktik2025, mentor2024\n',
                `    afprøvet: praktik2025, mentor2024
    åbenbart_formålsløst: "Fremskreden sygdom; lægerne vurderer samstemmende, at arbejdsevnen ikke kan forbedres"
`,
            ],
        ]),
        expect: [],
    },
    {
        name: 'fp-02-capacity-not-none',
        text: edit(FP_BASE, [['arbejdsevne: ingen_selvforsørgelse', 'arbejdsevne: væsentligt_og_varigt_nedsat']]),
        expect: [['FP-02', 'arbejdsevne: væsentligt']],
    },
    {
        name: 'fp-03-nothing-tested',
        text: edit(FP_BASE, [['    afprøvet: praktik2025, mentor2024\n', '']]),
        expect: [['FP-03', 'indstilling: førtidspension']],
    },
    { name: 'fp-clean-foertidspension', text: FP_BASE, expect: [] },
]);
