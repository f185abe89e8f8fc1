import { edit, RF_2025 } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('RF', [
    { name: 'rf-clean-ressourceforloeb-2025', text: RF_2025, expect: [] },
    {
        name: 'rf-01-no-perspective',
        text: edit(RF_2025, [
            [
                '    udviklingsperspektiv: "Med smertebehandling og angstbehandling forventes Fie at kunne arbejde flere timer inden for to år"\n',
                '',
            ],
        ]),
        expect: [['RF-01', 'vurdering {']],
    },
    {
        name: 'rf-01-wrong-capacity',
        text: edit(RF_2025, [['arbejdsevne: nedsat_kan_udvikles', 'arbejdsevne: meget_begrænset']]),
        expect: [['RF-01', 'arbejdsevne: meget_begrænset']],
    },
    {
        name: 'rf-02-one-sector-no-coordinator',
        text: edit(RF_2025, [
            ['indsats smerteklinik: smertebehandling', 'indsats smerteklinik: virksomhedspraktik'],
            ['indsats gældsrådgivning: gældsrådgivning', 'indsats gældsrådgivning: mentor'],
            ['indsats eksponering: psykologbehandling', 'indsats eksponering: løntilskud'],
            ['    koordinerende_sagsbehandler: "Anna Andersen"\n', ''],
        ]),
        expect: [
            ['RF-02', 'indsatsplan {'],
            ['RF-02', 'indsatsplan {'],
        ],
    },
    {
        name: 'rf-03-plan-over-three-years',
        text: edit(RF_2025, [['periode 2026-01-01 til 2026-06-30\n        mål', 'periode 2026-01-01 til 2029-06-30\n        mål']]),
        expect: [['RF-03', 'indsatsplan {']],
    },
    {
        name: 'rf-04-first-measure-late',
        text: edit(RF_2025, [
            [
                `periode 2026-01-01 til 2026-06-30
    indsats gældsrådgivning`,
                `periode 2026-05-01 til 2026-06-30
    indsats gældsrådgivning`,
            ],
            ['periode 2025-12-01 til 2026-02-28', 'periode 2026-05-01 til 2026-07-31'],
            ['periode 2025-12-15 til 2026-04-30', 'periode 2026-05-01 til 2026-08-31'],
            ['periode 2026-01-01 til 2026-06-30\n        mål', 'periode 2026-04-15 til 2026-06-30\n        mål'],
        ]),
        expect: [['RF-04', 'periode 2026-04-15']],
    },
]);
