import { UDFALD, type Udfald } from './legal/enumerations.js';
import { inSpan, LAST_GRANT_UNDER_OLD_RULES, NOT_GRANTED_FROM_2026, regimeForDate } from './legal/regimes.js';
import { ruleById } from './rules/catalogue.js';
import { danishLongDate, isValidIsoDate } from './semantics/dates.js';
import { citizenStatementSkeleton, sickLeaveSkeleton } from './block-skeletons.js';

// The skeletons of single blocks are in block-skeletons.ts: rules read them, and this file reads the catalogue.
export { blockSkeleton, citizenStatementSkeleton } from './block-skeletons.js';

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

/** What `arbejdsevne ny` and "Ny beskrivelse" know about the case before anything is written. */
export interface SkeletonOptions {
    /** The case date (ISO); it selects the rule set, and every other date starts as it. */
    date: string;
    /** `sag.bevilget`: the grant date of a running ressourceforløb or revalidering. */
    granted?: string;
    name?: string;
    birthDate?: string;
}

export interface SkeletonRefusal {
    text: string;
    /** A grant date on or before 31 January 2026 would allow the outcome (a running forløb). */
    grantDateHelps?: boolean;
}

/**
 * Why no skeleton can be made for this outcome on this date (Danish, for the user), or undefined.
 * The same judgement as UDF-01 and UDF-05, made before the file exists.
 */
export function skeletonRefusal(outcome: string, options: SkeletonOptions): SkeletonRefusal | undefined {
    const refuse = (text: string, grantDateHelps?: boolean) => ({ text, grantDateHelps });
    if (!(UDFALD as readonly string[]).includes(outcome)) return refuse(`Ukendt formål "${outcome}". Vælg et af: ${UDFALD.join(', ')}.`);
    for (const [label, value] of [['Datoen', options.date], ['Bevillingsdatoen', options.granted], ['Fødselsdatoen', options.birthDate]] as const) {
        if (value !== undefined && !isValidIsoDate(value)) return refuse(`${label} "${value}" er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, fx 2026-11-23.`);
    }
    if (outcome === 'seniorførtidspension') {
        return refuse('Seniorførtidspension blev afskaffet 1. januar 2020 (lov nr. 1559 af 27/12/2019); seniorpension søges hos Seniorpensionsenheden. Vælg et andet formål, fx førtidspension.');
    }
    if (options.granted && options.granted > options.date) return refuse(`Bevillingsdatoen (${danishLongDate(options.granted)}) ligger efter sagens dato (${danishLongDate(options.date)}).`);
    if (NOT_GRANTED_FROM_2026.includes(outcome) && options.date > LAST_GRANT_UNDER_OLD_RULES && !(options.granted && options.granted <= LAST_GRANT_UNDER_OLD_RULES)) {
        const what = outcome === 'ressourceforløb' ? 'nye ressourceforløb' : 'ny revalidering';
        // A grant date given, but too late, says so: the caseworker must not think it was overlooked.
        const given = options.granted ? `Bevillingsdatoen ${danishLongDate(options.granted)} er efter 31. januar 2026, så forløbet er nyt. ` : '';
        return refuse(`${given}Der kan ikke bevilges ${what} efter 31. januar 2026 (lov nr. 1750 af 29/12/2025), og sagens dato er ${danishLongDate(options.date)}. `
            + 'Gælder beskrivelsen et forløb, der blev bevilget senest 31. januar 2026, så angiv bevillingsdatoen. Ellers vælg et andet formål.', true);
    }
    return undefined;
}

/** Does the rule apply to this outcome under the rule set of the case (RT-01: the rehabiliteringsteam; LAE-05: the LÆ 265's content)? */
function ruleAsks(id: 'RT-01' | 'LAE-05', outcome: string, options: SkeletonOptions): boolean {
    const rule = ruleById(id)!;
    const regime = regimeForDate(options.granted ?? options.date).id;
    return (rule.outcomes ?? []).includes(outcome as Udfald) && (!rule.regimes || inSpan(rule.regimes, regime));
}

/**
 * A whole new assessment for an outcome under the rules of its date: every block and event the
 * rule set needs, the outcome's own fields, and "udfyldes" wherever the caseworker must write, so
 * that the first check lists exactly what is left to do.
 */
export function assessmentSkeleton(outcome: string, options: SkeletonOptions): string {
    const { date } = options;
    // A running forløb's measures began when it was granted (RF-04 counts six months from then).
    const planStart = options.granted ?? date;
    const benefit = outcome === 'jobafklaringsforløb' ? 'sygedagpenge' : 'kontanthjælp';
    const lae265Content = ruleAsks('LAE-05', outcome, options)
        ? [`        konsultation ${date}`, '        helbredsforhold "udfyldes"', '        særlige_hensyn "udfyldes"', '        lægens_kommentar "udfyldes"'] : [];
    const medical = ['fleksjob', 'førtidspension', 'seniorførtidspension', 'ressourceforløb', 'revalidering'].includes(outcome)
        ? [`    dokument lægeattest: LÆ265 ${date} "udfyldes"`, ...lae265Content] : outcome === 'jobafklaringsforløb' ? [`    dokument lægeattest: LÆ285 ${date} "udfyldes"`] : [];
    // A sygemeldt enters jobafklaringsforløb at the revurdering (SDP-01): the route, its dates to check.
    const sickLeave = benefit === 'sygedagpenge' ? [sickLeaveSkeleton(date), ''] : [];
    const clinical = ['fleksjob', 'førtidspension', 'seniorførtidspension'].includes(outcome) ? [`    dokument sundhedskoordinator: klinisk_funktion ${date} "udfyldes"`] : [];
    const team = ruleAsks('RT-01', outcome, options) ? [`    rehabiliteringsteam team1: ${options.granted ?? date} "udfyldes" lov LOB § 9`] : [];
    const name = options.name?.replace(/["\\]/g, '').trim() || undefined;
    return [
        '// Ny arbejdsevnebeskrivelse. Erstat hvert "udfyldes" med borgerens oplysninger.',
        `arbejdsevne "${name ? `${name} – beskrivelse af arbejdsevne` : 'udfyldes'}"`,
        '',
        'borger {',
        `    navn: "${name ?? 'udfyldes'}"`,
        options.birthDate ? `    fødselsdato: ${options.birthDate}` : '    // fødselsdato: ÅÅÅÅ-MM-DD',
        `    ydelse: ${benefit} siden ${date}`,
        '}',
        '',
        'sag {',
        `    dato: ${date}`,
        ...(options.granted ? [`    bevilget: ${options.granted}`] : []),
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
        '    ønsker: "udfyldes"',
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
        ...sickLeave,
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
        ...team,
        `    partshøring høring1: ${date} "udfyldes" lov FVL § 19`,
        '}',
        '',
        'indsatsplan {',
        '    indsats plan1: vejledning_og_opkvalificering "udfyldes"',
        '        adresserer barriere1',
        '        ansvarlig "udfyldes"',
        `        periode ${planStart} til ${date}`,
        ...(outcome === 'ressourceforløb' ? [
            '    indsats plan2: lægebehandling "udfyldes"',
            '        adresserer barriere1',
            '        ansvarlig "udfyldes"',
            `        periode ${planStart} til ${date}`,
        ] : []),
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
        // The borgerversion's "Vores vurdering" in the caseworker's own words to the citizen.
        '    til_borgeren: "udfyldes: skriv med almindelige ord til borgeren (du), hvad vi vurderer og hvorfor"',
        '}',
        '',
    ].join('\n');
}
