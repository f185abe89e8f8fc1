import { CANON, edit, FP_BASE, JA_BASE, RF_2025 } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('UDF', [
    {
        name: 'udf-01-ressourceforloeb-2026',
        text: edit(RF_2025, [['dato: 2025-10-01', 'dato: 2026-09-01']]),
        expect: [
            ['UDF-01', 'indstilling: ressourceforløb'],
            ['BV-02', 'borgerens_vurdering 2025'],
            ['LAE-02', 'konsultation 2025'],
        ],
    },
    {
        name: 'udf-01-revalidering-2026',
        text: edit(CANON, [
            ['formål: fleksjob', 'formål: revalidering'],
            ['indstilling: fleksjob', 'indstilling: revalidering'],
        ]),
        expect: [['UDF-01', 'indstilling: revalidering'], ['PROC-07', 'lovgrundlag:']],
    },
    {
        name: 'udf-02-udviklingsfleksjob',
        text: edit(CANON, [
            ['formål: fleksjob', 'formål: udviklingsfleksjob'],
            ['indstilling: fleksjob', 'indstilling: udviklingsfleksjob'],
        ]),
        expect: [['UDF-02', 'indstilling: udviklingsfleksjob']],
    },
    {
        name: 'udf-02-udviklingsfleksjob-ds-profil',
        text: edit(CANON, [
            ['formål: fleksjob', 'formål: udviklingsfleksjob'],
            ['indstilling: fleksjob', 'indstilling: udviklingsfleksjob'],
        ]),
        expect: [['UDF-02', 'indstilling: udviklingsfleksjob']],
        config: { profil: 'ds_anbefalinger' },
    },
    {
        name: 'udf-03-recommendation-differs',
        text: edit(FP_BASE, [['formål: førtidspension', 'formål: fleksjob']]),
        expect: [['UDF-03', 'indstilling: førtidspension']],
    },
    {
        name: 'udf-04-jobafklaring-on-kontanthjaelp',
        text: edit(JA_BASE, [
            ['ydelse: sygedagpenge siden 2026-01-05', 'ydelse: kontanthjælp siden 2026-01-05'],
            ['    sygedagpenge 2026-01-05 til nu', '    kontanthjælp 2026-01-05 til nu'],
        ]),
        expect: [['UDF-04', 'ydelse: kontanthjælp']],
    },
    { name: 'udf-04-clean-jobafklaring-on-sygedagpenge', text: JA_BASE, expect: [] },
    {
        name: 'udf-05-seniorfoertidspension',
        text: edit(CANON, [
            ['formål: fleksjob', 'formål: seniorførtidspension'],
            ['indstilling: fleksjob', 'indstilling: seniorførtidspension'],
        ]),
        expect: [['UDF-05', 'formål: seniorførtidspension'], ['UDF-05', 'indstilling: seniorførtidspension']],
    },
    // The regime boundary: 31 January 2026 is the last day a ressourceforløb could be granted.
    { name: 'udf-01-clean-ressourceforloeb-2026-01-31', text: edit(RF_2025, [['dato: 2025-10-01', 'dato: 2026-01-31']]), expect: [] },
    { name: 'udf-01-ressourceforloeb-2026-02-01', text: edit(RF_2025, [['dato: 2025-10-01', 'dato: 2026-02-01']]), expect: [['UDF-01', 'indstilling: ressourceforløb']] },
    {
        name: 'udf-01-clean-granted-2026-01-31',
        text: edit(RF_2025, [['dato: 2025-10-01', 'dato: 2026-09-01\n    bevilget: 2026-01-31']]),
        expect: [['BV-02', 'borgerens_vurdering 2025'], ['LAE-02', 'konsultation 2025']],
    },
    {
        name: 'udf-01-granted-2026-02-01',
        text: edit(RF_2025, [['dato: 2025-10-01', 'dato: 2026-09-01\n    bevilget: 2026-02-01']]),
        expect: [['UDF-01', 'indstilling: ressourceforløb'], ['BV-02', 'borgerens_vurdering 2025'], ['LAE-02', 'konsultation 2025']],
    },
]);
