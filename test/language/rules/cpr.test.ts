import { CANON, edit } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('CPR', [
    {
        name: 'cpr-01-clean-fails-modulus-11',
        text: edit(CANON, [
            [
                '    fødselsdato: 1984-03-12\n',
                `    fødselsdato: 1984-03-12
    cpr: "120384-1234"
`,
            ],
        ]),
        expect: [],
    },
    {
        name: 'cpr-01-invalid',
        text: edit(CANON, [
            [
                `    navn: "Fie Hansen"
    fødselsdato: 1984-03-12
`,
                '    navn: "Fie Hansen"\n    cpr: "310284-1234"\n',
            ],
        ]),
        expect: [['CPR-01', 'cpr: "310284-1234"']],
    },
    {
        name: 'cpr-02-disagrees',
        text: edit(CANON, [
            [
                `    navn: "Fie Hansen"
    fødselsdato: 1984-03-12
`,
                `    navn: "Fie Hansen"
    fødselsdato: 1984-03-13
    cpr: "120384-1234"
`,
            ],
        ]),
        expect: [['CPR-02', 'fødselsdato: 1984-03-13']],
    },
    {
        name: 'cpr-03-clean-phone-and-case-numbers',
        text: edit(CANON, [
            [
                `sagsforløb {
    samtale samtale1: 2026-11-10 "Samtale i jobcentret; borgeren havde sin søster med som bisidder"
`,
                `sagsforløb {
    samtale samtale1: 2026-11-10 "Samtale i jobcentret (tlf. 12 34 56 78, sag 2026-1234567); borgeren havde sin søster med som bisidder"
`,
            ],
        ]),
        expect: [],
    },
    {
        name: 'cpr-03-in-text',
        text: edit(CANON, [
            [
                `sagsforløb {
    samtale samtale1: 2026-11-10 "Samtale i jobcentret; borgeren havde sin søster med som bisidder"
`,
                `sagsforløb {
    samtale samtale1: 2026-11-10 "Samtale i jobcentret (borger 120384-1234); borgeren havde sin søster med som bisidder"
`,
            ],
        ]),
        expect: [
            [
                'CPR-03',
                'samtale samtale1: 2026-11-10 "Samtale i jobcentret (borger 120384-1234); borgeren havde sin søster med som bisidder"',
            ],
        ],
    },
]);
