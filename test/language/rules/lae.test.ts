import { CANON, CANON_2025, edit, FP_BASE, JA_BASE, Y2025 } from './cases.js';
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
    // Revision 3: the LÆ 265's content (cases to test 4-8) and the corrections of LAE-01 and LAE-02 (9, 10).
    {
        name: 'lae-05-2026a-attest-without-consultation-and-comment',
        text: edit(CANON, [
            ['dato: 2026-11-20', 'dato: 2026-05-01'],
            ['dokument lægeattest: LÆ265 2026-09-01 "Egen læge efter konsultation"', `dokument lægeattest: LÆ265 2026-04-02 "Egen læge"
        helbredsforhold "Kroniske lændesmerter; kan sidde 30 minutter ad gangen"
        særlige_hensyn "Skiftende arbejdsstillinger; ingen løft over 10 kg"
        andre_forhold "ingen"`],
            ['speciallægeerklæring 2026-06-15', 'speciallægeerklæring 2026-03-15'],
            ['klinisk_funktion 2026-10-20', 'klinisk_funktion 2026-04-20'],
            ['borgerens_vurdering 2026-11-10', 'borgerens_vurdering 2026-04-25'],
            ['samtale samtale1: 2026-11-10', 'samtale samtale1: 2026-04-25'],
            ['samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2026-03-01'],
            ['partshøring høring1: 2026-11-18', 'partshøring høring1: 2026-04-28'],
            ['    afklaring afklaring2025', '    rehabiliteringsteam team1: 2026-04-29 "Rehabiliteringsteamet indstillede til fleksjob" lov LOB § 9\n    afklaring afklaring2025'],
        ]),
        expect: [['LAE-05', 'dokument lægeattest']],
    },
    {
        name: 'lae-05-clean-2026b-not-checked',
        text: edit(CANON, [['dokument lægeattest: LÆ265 2026-09-01 "Egen læge efter konsultation"', 'dokument lægeattest: LÆ265 2026-09-01 "Egen læge"\n        andre_forhold "ingen"']]),
        expect: [],
    },
    {
        name: 'lae-05-silent-when-lae-01-fires',
        text: edit(CANON, [...Y2025, ['dokument lægeattest: LÆ265 2025-09-01', 'dokument lægeattest: journaloplysninger 2025-09-01'],
            ['    afklaring afklaring2025', '    rehabiliteringsteam team1: 2025-09-28 "Sagen forelagt rehabiliteringsteamet" lov LOB § 9\n    afklaring afklaring2025']]),
        expect: [['LAE-01', 'dokumentation {']],
    },
    {
        name: 'lae-06-special-considerations-but-none-in-the-assessment',
        text: edit(CANON_2025, [['skånehensyn: "', 'skånehensyn: "ingen" // tidligere: "'], ['særlige_hensyn "Skiftende arbejdsstillinger; ingen løft over 10 kg"', 'særlige_hensyn "Ingen løft"'], ['jf. @lægeattest og @koordinator', 'jf. @koordinator']]),
        expect: [['LAE-06', 'skånehensyn:']],
    },
    {
        name: 'lae-06-clean-when-the-reasons-cite-the-attest',
        text: edit(CANON_2025, [['skånehensyn: "', 'skånehensyn: "ingen" // tidligere: "'], ['særlige_hensyn "Skiftende arbejdsstillinger; ingen løft over 10 kg"', 'særlige_hensyn "Ingen løft"']]),
        expect: [],
    },
    {
        name: 'lae-06-missing-considerations-is-fj-04-only',
        text: edit(CANON_2025, [[/\n    skånehensyn: "[^"]*"/.exec(CANON_2025)![0], ''], ['jf. @lægeattest og @koordinator', 'jf. @koordinator']]),
        expect: [['FJ-04', 'vurdering {']],
    },
    {
        name: 'lae-01-new-jobafklaring-needs-lae265',
        text: edit(JA_BASE, [
            ['dokument lægeattest: LÆ265 2026-09-01', 'dokument lægeattest: LÆ285 2026-09-01'],
            ['ydelse: sygedagpenge siden 2026-01-05', 'ydelse: ressourceforløbsydelse siden 2026-01-05'],
            ['    sygedagpenge 2026-01-05 til nu', '    ressourceforløbsydelse 2026-01-05 til nu'],
        ]),
        expect: [['LAE-01', 'dokumentation {']],
    },
    {
        name: 'lae-02-counts-from-the-consultation',
        text: edit(CANON, [['dokument lægeattest: LÆ265 2026-09-01 "Egen læge efter konsultation"', 'dokument lægeattest: LÆ265 2026-09-01 "Egen læge efter konsultation"\n        konsultation 2026-04-10']]),
        expect: [['LAE-02', 'konsultation 2026-04-10']],
    },
]);
