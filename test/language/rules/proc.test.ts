import { between, CANON, edit } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('PROC', [
    {
        name: 'proc-01-no-hearing',
        text: edit(CANON, [
            ['    partshøring høring1: 2026-11-18 "Udkastet sendt i partshøring; borgeren havde ingen bemærkninger" lov FVL § 19\n', ''],
        ]),
        expect: [['PROC-01', 'sagsforløb {']],
    },
    {
        name: 'proc-02-no-reasons',
        text: edit(CANON, [[between(CANON, '    begrundelse: """', '    lovgrundlag'), '']]),
        expect: [['PROC-02', 'vurdering {']],
    },
    {
        name: 'proc-02-reasons-without-facts-no-basis',
        text: edit(CANON, [
            ['(@svendebrev, @erfaring), men @ryg', '(se ovenfor), men rygsmerterne'],
            ['    lovgrundlag: LAB § 116\n', ''],
        ]),
        expect: [
            ['PROC-02', 'begrundelse:'],
            ['PROC-02', 'vurdering {'],
            ['FJ-06', 'begrundelse:'],
        ],
    },
    {
        name: 'proc-03-document-before-consent',
        text: edit(CANON, [['samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2026-08-20']]),
        expect: [['PROC-03', 'dokument psykiater']],
    },
    {
        name: 'proc-04-generic-consent',
        text: edit(CANON, [
            [
                '"Samtykke til at indhente speciallægeerklæring fra psykiater og LÆ 265 fra egen læge"',
                '"Samtykke til at indhente alle relevante oplysninger"',
            ],
        ]),
        expect: [['PROC-04', 'samtykke samtykke1']],
    },
    {
        name: 'proc-05-short-reasons',
        text: edit(CANON, [
            [
                between(CANON, '    begrundelse: """', '    lovgrundlag'),
                '    begrundelse: "Arbejdsevnen er nedsat pga. @ryg, jf. @lægeattest"\n',
            ],
        ]),
        expect: [['PROC-05', 'begrundelse:'], ['FJ-06', 'begrundelse:']],
    },
    { name: 'proc-06-document-after-hearing', text: edit(CANON, [['LÆ265 2026-09-01', 'LÆ265 2026-11-19']]), expect: [['PROC-06', 'LÆ265 2026-11-19']] },
    { name: 'proc-06-clean-citizens-own-document', text: edit(CANON, [['    dokument koordinator:', '    dokument brev: andet 2026-11-19 "Borgerens eget brev"\n    dokument koordinator:']]), expect: [] },
    // One fact, one diagnostic: an unknown law is GEN-07's finding; PROC-07 does not guess what it was meant to be.
    { name: 'proc-07-silent-beside-gen-07', text: edit(CANON, [['lovgrundlag: LAB § 116', 'lovgrundlag: XYZ § 3']]), expect: [['GEN-07', 'lovgrundlag: XYZ']] },
    { name: 'proc-07-basis-of-another-outcome', text: edit(CANON, [['lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 112']]), expect: [['PROC-07', 'lovgrundlag:']] },
]);
