import { CANON_2025, edit } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('REV', [
    {
        name: 'rev-01-no-perspective',
        text: edit(CANON_2025, [
            ['formål: fleksjob', 'formål: revalidering'],
            ['indstilling: fleksjob', 'indstilling: revalidering'],
            ['lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 142'],
        ]),
        expect: [['REV-01', 'vurdering {']],
    },
    {
        name: 'rev-01-clean-revalidering-2025',
        text: edit(CANON_2025, [
            ['formål: fleksjob', 'formål: revalidering'],
            ['indstilling: fleksjob', 'indstilling: revalidering'],
            ['lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 142'],
            [
                '    afprøvet: praktik2025',
                `    udviklingsperspektiv: "Omskoling til receptionist, hvor Fie kan sidde, forventes at give job inden for et år"
    afprøvet: praktik2025`,
            ],
        ]),
        expect: [],
    },
]);
