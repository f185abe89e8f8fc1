import { CANON, edit } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('AF', [
    {
        name: 'af-01-no-clarification',
        text: edit(CANON, [
            [
                '    afklaring afklaring2025: 2025-09-15 "Afklaring efter to år på kontanthjælp: sagen belyses med henblik på fleksjob" lov LAB § 36 a\n',
                '',
            ],
        ]),
        expect: [['AF-01', 'sagsforløb {']],
    },
    {
        name: 'af-01-clarification-too-old',
        text: edit(CANON, [['afklaring afklaring2025: 2025-09-15', 'afklaring afklaring2025: 2024-09-15']]),
        expect: [['AF-01', 'sagsforløb {']],
    },
    {
        name: 'af-01-clean-jobparat',
        text: edit(CANON, [
            ['visitation: aktivitetsparat', 'visitation: jobparat'],
            [
                '    afklaring afklaring2025: 2025-09-15 "Afklaring efter to år på kontanthjælp: sagen belyses med henblik på fleksjob" lov LAB § 36 a\n',
                '',
            ],
        ]),
        expect: [],
    },
    {
        name: 'af-02-ds-profile-no-clarification',
        text: edit(CANON, [
            ['visitation: aktivitetsparat', 'visitation: jobparat'],
            [
                '    afklaring afklaring2025: 2025-09-15 "Afklaring efter to år på kontanthjælp: sagen belyses med henblik på fleksjob" lov LAB § 36 a\n',
                '',
            ],
        ]),
        expect: [['AF-02', 'sagsforløb {']],
        config: { profil: 'ds_anbefalinger' },
    },
    { name: 'af-02-clean-ds-profile-with-clarification', text: CANON, expect: [], config: { profil: 'ds_anbefalinger' } },
]);
