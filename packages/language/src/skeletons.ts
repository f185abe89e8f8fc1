import type { BlockKeyword } from './semantics/model-access.js';

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
        case 'hidtidige_indsatser': return 'hidtidige_indsatser {\n    ingen: "udfyldes"\n}';
        case 'borgerens_vurdering': return citizenStatementSkeleton(date);
        case 'sagsforløb': return `sagsforløb {\n    samtale samtale1: ${date} "udfyldes"\n}`;
        case 'indsatsplan': return 'indsatsplan {\n    koordinerende_sagsbehandler: "udfyldes"\n}';
        case 'vurdering': return 'vurdering {\n    arbejdsevne: nedsat_kan_udvikles\n    indstilling: anden_indsats\n    begrundelse: """\n        udfyldes\n    """\n    lovgrundlag: LAB § 1\n}';
    }
}

export function citizenStatementSkeleton(date: string): string {
    return `borgerens_vurdering ${date} """\n    udfyldes\n"""`;
}

/** What the conclusion must hold for each outcome (rules/fj.ts, fp.ts, rf.ts, rev.ts). */
function conclusionLines(outcome: string): string[] {
    switch (outcome) {
        case 'fleksjob': return ['    arbejdsevne: væsentligt_og_varigt_nedsat', '    arbejdsfunktioner: "udfyldes"', '    skånehensyn: "udfyldes"', '    afprøvet: indsats1'];
        case 'førtidspension':
        case 'seniorførtidspension': return ['    arbejdsevne: ingen_selvforsørgelse', '    afprøvet: indsats1'];
        case 'ressourceforløb':
        case 'revalidering': return ['    arbejdsevne: nedsat_kan_udvikles', '    udviklingsperspektiv: "udfyldes"'];
        case 'jobafklaringsforløb': return ['    arbejdsevne: nedsat_kan_udvikles'];
        default: return ['    arbejdsevne: nedsat_kan_udvikles'];
    }
}

const LEGAL_BASIS: Record<string, string> = {
    fleksjob: 'LAB § 116', førtidspension: 'LSP § 16', seniorførtidspension: 'LSP § 16', ressourceforløb: 'LAB § 112',
    jobafklaringsforløb: 'LAB § 107', revalidering: 'LAB § 142', afklaring: 'LAB § 36 a', anden_indsats: 'LAB § 1',
    ordinær_beskæftigelse: 'LAB § 1', udviklingsfleksjob: 'LAB § 116',
};

/** A whole new assessment for an outcome: every block, the outcome's own fields, texts to fill in. */
export function assessmentSkeleton(outcome: string, date: string): string {
    const benefit = outcome === 'jobafklaringsforløb' ? 'sygedagpenge' : 'kontanthjælp';
    const medical = ['fleksjob', 'førtidspension', 'seniorførtidspension', 'ressourceforløb', 'revalidering'].includes(outcome)
        ? [`    dokument lægeattest: LÆ265 ${date} "udfyldes"`] : outcome === 'jobafklaringsforløb' ? [`    dokument lægeattest: LÆ285 ${date} "udfyldes"`] : [];
    const clinical = ['fleksjob', 'førtidspension', 'seniorførtidspension'].includes(outcome) ? [`    dokument sundhedskoordinator: klinisk_funktion ${date} "udfyldes"`] : [];
    return [
        '// Ny arbejdsevnebeskrivelse. Erstat hvert "udfyldes" med borgerens oplysninger.',
        'arbejdsevne "udfyldes"',
        '',
        'borger {',
        '    navn: "udfyldes"',
        '    // fødselsdato: ÅÅÅÅ-MM-DD',
        `    ydelse: ${benefit} siden ${date}`,
        '}',
        '',
        'sag {',
        `    dato: ${date}`,
        `    formål: ${outcome}`,
        '    kommune: "udfyldes"',
        '    sagsbehandler: "udfyldes"',
        '}',
        '',
        'mål: "udfyldes"',
        '',
        'beskæftigelse {',
        '    ressource ressource1: "udfyldes"',
        '    barriere barriere1: "udfyldes"',
        '    cv: "udfyldes"',
        '}',
        '',
        'socialt {',
        '    ressource ressource2: "udfyldes"',
        '    ingen_barrierer: "udfyldes"',
        '}',
        '',
        'helbred {',
        '    ressource ressource3: "udfyldes"',
        '    ingen_barrierer: "udfyldes"',
        '    behandling: "udfyldes"',
        '    borgerens_perspektiv: "udfyldes"',
        '}',
        '',
        'dokumentation {',
        ...medical, ...clinical,
        '}',
        '',
        'forsørgelse {',
        `    ${benefit} ${date} til nu`,
        '}',
        '',
        'hidtidige_indsatser {',
        '    indsats indsats1: virksomhedspraktik "udfyldes"',
        `        periode ${date} til ${date}`,
        '        resultat "udfyldes"',
        '}',
        '',
        citizenStatementSkeleton(date),
        '',
        'sagsforløb {',
        `    samtale samtale1: ${date} "udfyldes"`,
        ...(medical.length ? [`    samtykke samtykke1: ${date} "udfyldes" lov RSL § 11 a`] : []),
        `    partshøring høring1: ${date} "udfyldes" lov FVL § 19`,
        '}',
        '',
        'indsatsplan {',
        '    indsats plan1: vejledning_og_opkvalificering "udfyldes"',
        '        adresserer barriere1',
        '        ansvarlig "udfyldes"',
        `        periode ${date} til ${date}`,
        '    koordinerende_sagsbehandler: "udfyldes"',
        '}',
        '',
        'vurdering {',
        ...conclusionLines(outcome),
        `    indstilling: ${outcome}`,
        '    begrundelse: """',
        '        UDFYLDES: skriv de konkrete fakta, der bærer konklusionen, med henvisninger som @ressource1,',
        '        @barriere1 og dokumentationen.',
        '    """',
        `    lovgrundlag: ${LEGAL_BASIS[outcome] ?? 'LAB § 1'}`,
        '}',
        '',
    ].join('\n');
}
