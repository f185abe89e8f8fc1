import { CANON_2025, edit, TEAM_2025 } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('RT', [
    {
        name: 'rt-01-fleksjob-2025-without-team',
        text: edit(CANON_2025, [[TEAM_2025[0][1], TEAM_2025[0][0]]]),
        expect: [['RT-01', 'sagsforløb {']],
    },
    { name: 'rt-01-clean-fleksjob-2025-with-team', text: CANON_2025, expect: [] },
    {
        name: 'rt-01-clean-foertidspension-obvious',
        text: edit(CANON_2025, [
            [TEAM_2025[0][1], TEAM_2025[0][0]],
            ['formål: fleksjob', 'formål: førtidspension'],
            ['indstilling: fleksjob', 'indstilling: førtidspension'],
            [
                'arbejdsevne: væsentligt_og_varigt_nedsat',
                `arbejdsevne: ingen_selvforsørgelse
    åbenbart_formålsløst: "Fremskreden sygdom; lægerne vurderer samstemmende, at arbejdsevnen ikke kan forbedres"`,
            ],
            ['lovgrundlag: LAB § 116', 'lovgrundlag: LSP § 18, stk. 2'],
        ]),
        expect: [],
    },
]);
