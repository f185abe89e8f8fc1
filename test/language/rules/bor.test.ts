import { CANON, edit } from './cases.js';
import { checkFamily } from './family-harness.js';

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
        name: 'bor-02-clean-exactly-25',
        text: edit(CANON, [
            [
                `    navn: "Fie Hansen"
    fødselsdato: 1984-03-12
`,
                `    navn: "Fie Hansen"
    fødselsdato: 2001-11-20
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
]);
