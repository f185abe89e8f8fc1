import { between, CANON, edit, JA_BASE } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('IND', [
    { name: 'ind-02-clean-jobafklaring-with-plan', text: JA_BASE, expect: [] },
    {
        name: 'ind-01-barrier-without-measure',
        text: edit(CANON, [['        adresserer gæld\n', '        adresserer ryg\n']]),
        expect: [['IND-01', 'barriere gæld']],
    },
    {
        name: 'ind-01-clean-uden-indsats',
        text: edit(CANON, [
            ['        adresserer gæld\n', '        adresserer ryg\n'],
            [
                'tema bolig_og_økonomi',
                `tema bolig_og_økonomi
        uden_indsats "Borgeren har selv aftalt en afdragsordning med inkasso"`,
            ],
        ]),
        expect: [],
    },
    {
        name: 'ind-02-jobafklaring-without-plan',
        text: edit(JA_BASE, [[between(JA_BASE, 'indsatsplan {', 'vurdering {'), '']]),
        expect: [['IND-02', 'indstilling: jobafklaringsforløb']],
    },
    {
        name: 'ind-03-measure-addresses-nothing',
        text: edit(CANON, [['        adresserer ledighed\n', '']]),
        expect: [
            ['IND-03', 'indsats jobsøgning'],
            ['IND-01', 'barriere ledighed'],
        ],
    },
    {
        name: 'ind-04-measure-without-owner',
        text: edit(CANON, [
            [
                `        ansvarlig "Privatpraktiserende psykolog"
        periode 2026-12-15 til 2027-04-30
`,
                '',
            ],
        ]),
        expect: [['IND-04', 'indsats eksponering']],
    },
    {
        name: 'ind-05-sectors-without-coordinator',
        text: edit(CANON, [['    koordinerende_sagsbehandler: "Anna Andersen"\n', '']]),
        expect: [['IND-05', 'indsatsplan {']],
    },
    {
        name: 'ind-06-no-company-measure',
        text: edit(CANON, [['indsats praktik2025: virksomhedspraktik', 'indsats praktik2025: vejledning_og_opkvalificering']]),
        expect: [['IND-06', 'indsatsplan {']],
    },
]);
