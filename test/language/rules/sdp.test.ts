import { CANON, edit, JA_BASE } from './cases.js';
import { checkFamily } from './family-harness.js';

/** The sygeforløb of JA_BASE, line by line, for edits. */
const ROUTE = `sygeforløb {
    første_fraværsdag: 2026-01-05
    første_opfølgning: 2026-02-20
    revurdering: 2026-07-31
    forlængelse: ingen "Ingen af grundene i sygedagpengelovens § 27, stk. 1, passer"
}

`;

/** The addendum's own case: first absence 6 October 2025. */
const OCTOBER_2025 = edit(JA_BASE, [[
    ROUTE,
    `sygeforløb {
    første_fraværsdag: 2025-10-06
    første_opfølgning: 2025-11-27
    revurdering: 2026-04-30
    forlængelse: lægebehandling til 2026-09-30 "Hjerterehabilitering; egen læge ventede raskmelding"
    forlængelse: ingen "Behandlingen er afsluttet uden raskmelding; ingen af grundene i § 27, stk. 1, passer"
}

`,
]]);

// Revision 3, cases to test 9-15.
checkFamily('SDP', [
    { name: 'sdp-clean-the-addendums-route', text: OCTOBER_2025, expect: [] },
    {
        // Case 9: the LÆ 285 from the first opfølgning is accepted (no LAE-01); the route is missing.
        name: 'sdp-01-no-sygeforloeb-lae285-accepted',
        text: edit(JA_BASE, [[ROUTE, ''], ['dokument lægeattest: LÆ265 2026-09-01', 'dokument lægeattest: LÆ285 2026-09-01']]),
        expect: [['SDP-01', 'indstilling: jobafklaringsforløb']],
    },
    {
        name: 'sdp-01-no-revurdering-and-only-ingen-without-reason',
        text: edit(JA_BASE, [['    revurdering: 2026-07-31\n', ''], ['forlængelse: ingen "Ingen af grundene i sygedagpengelovens § 27, stk. 1, passer"', 'forlængelse: ingen']]),
        expect: [['SDP-01', 'sygeforløb {']],
    },
    {
        name: 'sdp-01-silent-for-a-new-forloeb-on-ressourceforloebsydelse',
        text: edit(JA_BASE, [
            [ROUTE, ''],
            ['ydelse: sygedagpenge siden 2026-01-05', 'ydelse: ressourceforløbsydelse siden 2026-01-05'],
            ['    sygedagpenge 2026-01-05 til nu', '    ressourceforløbsydelse 2026-01-05 til nu'],
        ]),
        expect: [],
    },
    {
        name: 'sdp-01-silent-where-udf-04-fires',
        text: edit(JA_BASE, [
            [ROUTE, ''],
            ['ydelse: sygedagpenge siden 2026-01-05', 'ydelse: kontanthjælp siden 2026-01-05'],
            ['    sygedagpenge 2026-01-05 til nu', '    kontanthjælp 2026-01-05 til nu'],
        ]),
        expect: [['UDF-04', 'ydelse: kontanthjælp']],
    },
    {
        name: 'sdp-01-silent-for-fleksjob',
        text: edit(CANON, [
            ['ydelse: kontanthjælp siden 2020-07-01', 'ydelse: sygedagpenge siden 2026-01-05'],
            ['    kontanthjælp 2020-07-01 til nu', '    kontanthjælp 2020-07-01 til 2026-01-04\n    sygedagpenge 2026-01-05 til nu'],
        ]),
        expect: [],
    },
    {
        name: 'sdp-02-running-extension-without-end',
        text: edit(OCTOBER_2025, [['forlængelse: lægebehandling til 2026-09-30', 'forlængelse: lægebehandling']]),
        expect: [['SDP-02', 'forlængelse: lægebehandling']],
    },
    {
        name: 'sdp-03-revurdering-not-a-month-end',
        text: edit(OCTOBER_2025, [['revurdering: 2026-04-30', 'revurdering: 2026-04-15']]),
        expect: [['SDP-03', 'revurdering: 2026-04-15']],
    },
    {
        name: 'sdp-03-revurdering-under-22-weeks',
        text: edit(OCTOBER_2025, [['revurdering: 2026-04-30', 'revurdering: 2026-01-31'], ['første_opfølgning: 2025-11-27', 'første_opfølgning: 2025-11-30']]),
        expect: [['SDP-03', 'revurdering: 2026-01-31']],
    },
    {
        name: 'sdp-04-clean-follow-up-on-the-last-day-of-week-8',
        text: edit(OCTOBER_2025, [['første_opfølgning: 2025-11-27', 'første_opfølgning: 2025-11-30']]),
        expect: [],
    },
    {
        name: 'sdp-04-follow-up-after-week-8',
        text: edit(OCTOBER_2025, [['første_opfølgning: 2025-11-27', 'første_opfølgning: 2025-12-01']]),
        expect: [['SDP-04', 'første_opfølgning: 2025-12-01']],
    },
    {
        name: 'sdp-05-rehabiliteringsteam-after-july-2026',
        text: edit(OCTOBER_2025, [
            ['revurdering: 2026-04-30', 'revurdering: 2026-08-31'],
            ['forlængelse: lægebehandling til 2026-09-30 "Hjerterehabilitering; egen læge ventede raskmelding"', 'forlængelse: rehabiliteringsteam til 2026-09-30 "Sagen var forelagt teamet"'],
        ]),
        expect: [['SDP-05', 'forlængelse: rehabiliteringsteam']],
    },
    {
        name: 'sdp-05-clean-rehabiliteringsteam-before-july-2026',
        text: edit(OCTOBER_2025, [['forlængelse: lægebehandling til 2026-09-30 "Hjerterehabilitering; egen læge ventede raskmelding"', 'forlængelse: rehabiliteringsteam til 2026-09-30 "Sagen var forelagt teamet"']]),
        expect: [],
    },
    {
        name: 'sdp-06-jobafklaring-under-lab-2027',
        text: edit(OCTOBER_2025, [['dato: 2026-11-20', 'dato: 2027-02-01']]),
        expect: [['SDP-06', 'indstilling: jobafklaringsforløb']],
        config: { idag: '2027-02-01' },
    },
    {
        name: 'sdp-06-clean-for-a-forloeb-granted-in-2026',
        text: edit(OCTOBER_2025, [['dato: 2026-11-20', 'dato: 2027-02-01\n    bevilget: 2026-12-01']]),
        expect: [],
        config: { idag: '2027-02-01' },
    },
    {
        name: 'sdp-misspelt-ground-is-gen-09-only',
        text: edit(OCTOBER_2025, [['forlængelse: lægebehandling til', 'forlængelse: lægebehandlng til']]),
        expect: [['GEN-09', 'forlængelse: lægebehandlng']],
    },
    {
        name: 'sdp-dates-out-of-order-are-gen-06',
        text: edit(OCTOBER_2025, [['første_opfølgning: 2025-11-27', 'første_opfølgning: 2025-10-01'], ['til 2026-09-30', 'til 2026-03-31']]),
        expect: [['GEN-06', 'første_opfølgning: 2025-10-01'], ['GEN-06', 'forlængelse: lægebehandling']],
    },
    {
        name: 'sdp-revurdering-after-the-case-date-is-not-gen-06',
        text: edit(JA_BASE, [['revurdering: 2026-07-31', 'revurdering: 2026-12-31']]),
        expect: [],
    },
]);
