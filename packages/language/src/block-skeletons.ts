import type { BlockKeyword } from './semantics/model-access.js';
import { addDays, endOfMonth } from './semantics/dates.js';

/**
 * Danish skeletons of the blocks, for quick fixes and new files. Texts to be written are
 * "udfyldes" on purpose: GEN-08 keeps pointing at them until the caseworker has filled them in.
 */
export function blockSkeleton(block: BlockKeyword, date: string): string {
    switch (block) {
        case 'arbejdsevne': return 'arbejdsevne "udfyldes"';
        case 'borger': return 'borger {\n    navn: "udfyldes"\n    // fødselsdato: ÅÅÅÅ-MM-DD\n    ydelse: kontanthjælp siden ' + date + '\n}';
        case 'sag': return `sag {\n    dato: ${date}\n    formål: anden_indsats\n    kommune: "udfyldes"\n    sagsbehandler: "udfyldes"\n}`;
        case 'mål': return 'mål: "udfyldes"';
        case 'beskæftigelse': return 'beskæftigelse {\n    ressource ressource_beskæftigelse: "udfyldes"\n    ingen_barrierer: "udfyldes"\n    cv: "udfyldes"\n}';
        case 'socialt': return 'socialt {\n    ressource ressource_socialt: "udfyldes"\n    ingen_barrierer: "udfyldes"\n}';
        case 'helbred': return 'helbred {\n    ressource ressource_helbred: "udfyldes"\n    ingen_barrierer: "udfyldes"\n    behandling: "udfyldes"\n    borgerens_perspektiv: "udfyldes"\n}';
        case 'dokumentation': return `dokumentation {\n    dokument dokument1: andet ${date} "udfyldes"\n}`;
        case 'forsørgelse': return `forsørgelse {\n    kontanthjælp ${date} til nu\n}`;
        case 'sygeforløb': return sickLeaveSkeleton(date);
        case 'hidtidige_indsatser': return 'hidtidige_indsatser {\n    ingen: "udfyldes"\n}';
        case 'borgerens_vurdering': return citizenStatementSkeleton(date);
        case 'sagsforløb': return `sagsforløb {\n    samtale samtale1: ${date} "udfyldes"\n}`;
        case 'indsatsplan': return 'indsatsplan {\n    koordinerende_sagsbehandler: "udfyldes"\n}';
        case 'vurdering': return 'vurdering {\n    arbejdsevne: nedsat_kan_udvikles\n    indstilling: anden_indsats\n    begrundelse: """\n        udfyldes\n    """\n    lovgrundlag: LAB § 1\n}';
    }
}

/**
 * The sygeforløb block (`ny`, SDP-01's quick fix). With the første fraværsdag known (`ydelse … siden`)
 * the revurdering is estimated from it: 30 employer days do not count, then more than 22 weeks, and
 * that month's last day (SDL § 24, stk. 1), with a comment to check it. Without it, the day is left
 * to write and the revurdering stands at the case month's end. The reason is a placeholder (GEN-08).
 */
export function sickLeaveSkeleton(date: string, firstAbsence?: string): string {
    return [
        'sygeforløb {',
        firstAbsence ? `    første_fraværsdag: ${firstAbsence}` : '    // første_fraværsdag: ÅÅÅÅ-MM-DD',
        firstAbsence
            ? '    // Revurderingen er beregnet ud fra første fraværsdag: tjek den mod udbetalingerne.'
            : '    // Revurderingen er den sidste dag i den måned, hvor der er udbetalt sygedagpenge i mere end 22 uger.',
        `    revurdering: ${endOfMonth(firstAbsence ? addDays(firstAbsence, 30 + 22 * 7) : date)}`,
        '    forlængelse: ingen "udfyldes"',
        '}',
    ].join('\n');
}

export function citizenStatementSkeleton(date: string): string {
    return `borgerens_vurdering ${date} """\n    udfyldes\n"""`;
}
