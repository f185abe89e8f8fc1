import { CANON, edit } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('BV', [
    {
        name: 'bv-01-missing-statement',
        text: edit(CANON, [
            [
                `borgerens_vurdering 2026-11-10 """
    Jeg vil rigtig gerne arbejde med mennesker igen. Jeg kan ikke klare fuld tid,
    men jeg tror, jeg kan klare 12-15 timer, hvis jeg kan sidde ned en del af tiden.
"""
`,
                '',
            ],
        ]),
        expect: [['BV-01', '// Fiktiv sag']],
    },
    {
        name: 'bv-01-empty-statement',
        text: edit(CANON, [
            [
                `borgerens_vurdering 2026-11-10 """
    Jeg vil rigtig gerne arbejde med mennesker igen. Jeg kan ikke klare fuld tid,
    men jeg tror, jeg kan klare 12-15 timer, hvis jeg kan sidde ned en del af tiden.
"""`,
                'borgerens_vurdering 2026-11-10 ""',
            ],
        ]),
        expect: [['BV-01', 'borgerens_vurdering']],
    },
    {
        name: 'bv-02-old-statement',
        text: edit(CANON, [['borgerens_vurdering 2026-11-10', 'borgerens_vurdering 2026-04-30']]),
        expect: [['BV-02', 'borgerens_vurdering']],
    },
    {
        name: 'bv-02-clean-six-months',
        text: edit(CANON, [['borgerens_vurdering 2026-11-10', 'borgerens_vurdering 2026-05-20']]),
        expect: [],
    },
    {
        name: 'bv-02-after-case-date',
        text: edit(CANON, [['borgerens_vurdering 2026-11-10', 'borgerens_vurdering 21.11.2026']]),
        expect: [['BV-02', 'borgerens_vurdering']],
    },
    { name: 'bv-03-uenig', text: edit(CANON, [['borgerens_vurdering 2026-11-10 """', 'borgerens_vurdering 2026-11-10 uenig """']]), expect: [['BV-03', 'borgerens_vurdering 2026-11-10 uenig']] },
    {
        name: 'bv-03-clean-answered',
        text: edit(CANON, [
            ['borgerens_vurdering 2026-11-10 """', 'borgerens_vurdering 2026-11-10 delvis_enig """'],
            ['    lovgrundlag: LAB § 116\n', '    borgerens_synspunkt: "Fie mener, hun kan arbejde flere timer; det prøves i det første halve år af fleksjobbet"\n    lovgrundlag: LAB § 116\n'],
        ]),
        expect: [],
    },
    { name: 'bv-03-clean-enig', text: edit(CANON, [['borgerens_vurdering 2026-11-10 """', 'borgerens_vurdering 2026-11-10 enig """']]), expect: [] },
]);
