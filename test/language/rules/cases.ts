import { canonical } from '../../helpers.js';

/**
 * Building blocks for rule cases: the canonical example (examples/fie-hansen.aev) and variants of
 * it made by plain text edits, so each case reads as "the canonical example, but …".
 */

export const CANON = canonical;

/** Replaces each `from` (which must occur) by `to`, once, in order. */
export function edit(text: string, pairs: ReadonlyArray<readonly [string, string]>): string {
    for (const [from, to] of pairs) {
        const at = text.indexOf(from);
        if (at < 0) throw new Error(`Not in the text: ${JSON.stringify(from)}`);
        text = text.slice(0, at) + to + text.slice(at + from.length);
    }
    return text;
}

/** The text from the first `start` up to (not including) the first `end` after it. */
export function between(text: string, start: string, end: string): string {
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`Not in the text: ${JSON.stringify(start)} … ${JSON.stringify(end)}`);
    return text.slice(from, to);
}

/** The canonical case moved to 1 October 2025 (RP-2025): every date before the case date. */
export const Y2025: Array<[string, string]> = [
    ['dato: 2026-11-20', 'dato: 2025-10-01'],
    ['LÆ265 2026-09-01', 'LÆ265 2025-09-01'],
    ['speciallægeerklæring 2026-06-15', 'speciallægeerklæring 2025-06-15'],
    ['klinisk_funktion 2026-10-20', 'klinisk_funktion 2025-09-20'],
    ['borgerens_vurdering 2026-11-10', 'borgerens_vurdering 2025-09-10'],
    ['samtale samtale1: 2026-11-10', 'samtale samtale1: 2025-09-10'],
    ['samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2025-05-20'],
    ['partshøring høring1: 2026-11-18', 'partshøring høring1: 2025-09-25'],
    [
        `periode 2027-01-01 til 2027-06-30
    indsats gældsrådgivning`,
        `periode 2026-01-01 til 2026-06-30
    indsats gældsrådgivning`,
    ],
    ['periode 2026-12-01 til 2027-02-28', 'periode 2025-12-01 til 2026-02-28'],
    ['periode 2026-12-15 til 2027-04-30', 'periode 2025-12-15 til 2026-04-30'],
    ['periode 2027-01-01 til 2027-06-30\n        mål', 'periode 2026-01-01 til 2026-06-30\n        mål'],
];
/** Before July 2026 a fleksjob case went to the rehabiliteringsteam. */
export const TEAM_2025: Array<[string, string]> = [
    [
        '    afklaring afklaring2025',
        `    rehabiliteringsteam team1: 2025-09-28 "Sagen forelagt rehabiliteringsteamet, som indstillede til fleksjob" lov LOB § 9
    afklaring afklaring2025`,
    ],
];
/** Before July 2026 the LÆ 265 shows what the GP assessed (LAE-05): the attest of the canonical case, with its content. */
export function withLae265Content(text: string): string {
    const line = /( *)dokument lægeattest: LÆ265 [0-9-]+ "[^"\n]*"\n/.exec(text);
    if (!line) throw new Error('No LÆ 265 named lægeattest in the text');
    const indent = `${line[1]}    `;
    const content = [
        'konsultation', 'helbredsforhold "Kroniske lændesmerter; kan sidde 30 minutter ad gangen"',
        'særlige_hensyn "Skiftende arbejdsstillinger; ingen løft over 10 kg"', 'lægens_kommentar "Enig i borgerens egen vurdering af 12-15 timer om ugen"',
    ];
    const date = /LÆ265 ([0-9-]+)/.exec(line[0])![1];
    const lines = content.map(c => `${indent}${c === 'konsultation' ? `konsultation ${date}` : c}\n`).join('');
    return text.slice(0, line.index + line[0].length) + lines + text.slice(line.index + line[0].length);
}
export const CANON_2025 = withLae265Content(edit(CANON, [...Y2025, ...TEAM_2025]));
export const RF_2025 = edit(CANON_2025, [
    ['formål: fleksjob', 'formål: ressourceforløb'],
    ['indstilling: fleksjob', 'indstilling: ressourceforløb'],
    [
        'arbejdsevne: væsentligt_og_varigt_nedsat',
        `arbejdsevne: nedsat_kan_udvikles
    udviklingsperspektiv: "Med smertebehandling og angstbehandling forventes Fie at kunne arbejde flere timer inden for to år"`,
    ],
    ['indstillede til fleksjob', 'indstillede til ressourceforløb'],
    ['lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 112'],
]);
export const FP_BASE = edit(CANON, [
    ['formål: fleksjob', 'formål: førtidspension'],
    ['indstilling: fleksjob', 'indstilling: førtidspension'],
    ['arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: ingen_selvforsørgelse'],
    ['lovgrundlag: LAB § 116', 'lovgrundlag: LSP § 16, stk. 3'],
]);
export const JA_BASE = edit(CANON, [
    ['ydelse: kontanthjælp siden 2020-07-01', 'ydelse: sygedagpenge siden 2026-01-05'],
    [
        '    kontanthjælp 2020-07-01 til nu',
        `    kontanthjælp 2020-07-01 til 2026-01-04
    sygedagpenge 2026-01-05 til nu`,
    ],
    ['formål: fleksjob', 'formål: jobafklaringsforløb'],
    ['indstilling: fleksjob', 'indstilling: jobafklaringsforløb'],
    ['arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: nedsat_kan_udvikles'],
    ['lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 107'],
    // A sygemeldt enters jobafklaringsforløb at the revurdering: the route is described (SDP-01).
    [
        'forsørgelse {',
        `sygeforløb {
    første_fraværsdag: 2026-01-05
    første_opfølgning: 2026-02-20
    revurdering: 2026-07-31
    forlængelse: ingen "Ingen af grundene i sygedagpengelovens § 27, stk. 1, passer"
}

forsørgelse {`,
    ],
]);
