import { CANON, CANON_2025, edit } from './cases.js';
import { checkFamily, type Finding } from './family-harness.js';

/** What the 2025 case gives on a date before its own documents and events: GEN-06 by design, and no current statement or partshøring. */
const BOUNDARY_CASE: Finding[] = [
    ['GEN-06', 'LÆ265 2025-09-01'],
    ['GEN-06', 'klinisk_funktion 2025-09-20'],
    ['GEN-06', 'samtale samtale1'],
    ['GEN-06', 'partshøring høring1'],
    ['GEN-06', 'rehabiliteringsteam team1'],
    ['GEN-06', 'afklaring afklaring2025'],
    ['BV-02', 'borgerens_vurdering 2025'],
    ['PROC-01', 'sagsforløb {'],
];

checkFamily('BOR', [
    {
        name: 'bor-01-no-birth-date',
        text: edit(CANON, [
            [
                `    navn: "Fie Hansen"
    fødselsdato: 1984-03-12
`,
                '    navn: "Fie Hansen"\n',
            ],
        ]),
        expect: [['BOR-01', 'borger {']],
    },
    {
        name: 'bor-02-clean-exactly-30',
        text: edit(CANON, [
            [
                `    navn: "Fie Hansen"
    fødselsdato: 1984-03-12
`,
                `    navn: "Fie Hansen"
    fødselsdato: 1996-11-20
`,
            ],
        ]),
        expect: [],
    },
    {
        name: 'bor-02-under-25',
        text: edit(CANON, [
            [
                `    navn: "Fie Hansen"
    fødselsdato: 1984-03-12
`,
                `    navn: "Fie Hansen"
    fødselsdato: 2002-03-12
`,
            ],
        ]),
        expect: [['BOR-02', 'fødselsdato: 2002-03-12']],
    },
    { name: 'bor-02-under-30', text: edit(CANON, [['fødselsdato: 1984-03-12', 'fødselsdato: 1997-03-12']]), expect: [['BOR-02', 'fødselsdato: 1997-03-12']] },
    {
        name: 'bor-03-uddannelseshjaelp-after-july-2025',
        text: edit(CANON, [
            ['ydelse: kontanthjælp siden 2020-07-01', 'ydelse: uddannelseshjælp siden 2020-07-01'],
            ['    kontanthjælp 2020-07-01 til nu', '    uddannelseshjælp 2020-07-01 til nu'],
        ]),
        expect: [['BOR-03', 'ydelse: uddannelseshjælp'], ['BOR-03', 'uddannelseshjælp 2020-07-01 til nu']],
    },
    // 30 June 2025 is the last day of uddannelseshjælp.
    { name: 'bor-03-clean-2025-06-30', text: onUddannelseshjaelp('2025-06-30'), expect: BOUNDARY_CASE },
    {
        name: 'bor-03-2025-07-01',
        text: onUddannelseshjaelp('2025-07-01'),
        expect: [...BOUNDARY_CASE, ['BOR-03', 'ydelse: uddannelseshjælp'], ['BOR-03', 'uddannelseshjælp 2020-07-01 til nu']],
    },
]);

/** The 2025 case moved to `date`, its citizen on uddannelseshjælp: the BOR-03 boundary (1 July 2025). */
function onUddannelseshjaelp(date: string): string {
    return edit(CANON_2025, [
        ['dato: 2025-10-01', `dato: ${date}`],
        ['ydelse: kontanthjælp siden 2020-07-01', 'ydelse: uddannelseshjælp siden 2020-07-01'],
        ['    kontanthjælp 2020-07-01 til nu', '    uddannelseshjælp 2020-07-01 til nu'],
    ]);
}
