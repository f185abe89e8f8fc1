import { CANON, CANON_2025, edit, FP_BASE, JA_BASE } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('LAE', [
    {
        name: 'lae-01-no-lae265-2026a-error',
        text: edit(CANON_2025, [
            ['dato: 2025-10-01', 'dato: 2026-03-02'],
            ['dokument lægeattest: LÆ265 2025-09-01', 'dokument lægeattest: journaloplysninger 2025-09-01'],
            ['rehabiliteringsteam team1: 2025-09-28', 'rehabiliteringsteam team1: 2026-02-20'],
        ]),
        expect: [['LAE-01', 'dokumentation {']],
    },
    {
        name: 'lae-01-no-lae265-2026b-warning',
        text: edit(CANON, [['dokument lægeattest: LÆ265 2026-09-01', 'dokument lægeattest: journaloplysninger 2026-09-01']]),
        expect: [['LAE-01', 'dokumentation {']],
    },
    {
        name: 'lae-01-clean-jobafklaring-with-lae285',
        text: edit(JA_BASE, [['dokument lægeattest: LÆ265 2026-09-01', 'dokument lægeattest: LÆ285 2026-09-01']]),
        expect: [],
    },
    {
        name: 'lae-02-lae265-seven-months',
        text: edit(CANON, [
            ['LÆ265 2026-09-01', 'LÆ265 2026-04-10'],
            ['samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2025-09-01'],
        ]),
        expect: [['LAE-02', 'LÆ265 2026-04-10']],
    },
    {
        name: 'lae-02-lae265-over-a-year',
        text: edit(CANON, [
            ['LÆ265 2026-09-01', 'LÆ265 2025-10-01'],
            ['samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2025-09-01'],
        ]),
        expect: [['LAE-02', 'LÆ265 2025-10-01']],
    },
    {
        name: 'lae-03-fleksjob-2026b-no-clinical',
        text: edit(CANON, [['dokument koordinator: klinisk_funktion', 'dokument koordinator: andet']]),
        expect: [['LAE-03', 'dokumentation {']],
    },
    {
        name: 'lae-03-clean-fleksjob-2025-no-clinical',
        text: edit(CANON_2025, [['dokument koordinator: klinisk_funktion', 'dokument koordinator: andet']]),
        expect: [],
    },
    {
        name: 'lae-03-foertidspension-no-clinical',
        text: edit(FP_BASE, [['dokument koordinator: klinisk_funktion', 'dokument koordinator: andet']]),
        expect: [['LAE-03', 'dokumentation {']],
    },
    {
        name: 'lae-04-reasons-cite-no-document',
        text: edit(CANON, [['jf. @lægeattest og @koordinator', 'jf. lægeattesten og sundhedskoordinatoren']]),
        expect: [['LAE-04', 'begrundelse:']],
    },
]);
