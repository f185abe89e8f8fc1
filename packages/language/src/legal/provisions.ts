/**
 * Laws and provisions behind `§` references (the laws the rules
 * cite, as published on retsinformation.dk). Used by GEN-07, by hover and by the report ("Lov om en aktiv beskæftigelsesindsats § 116").
 */

export interface Law {
    abbreviation: string;
    name: string;
    /** Short name used in running Danish text, e.g. "beskæftigelsesloven". */
    shortName: string;
}

export const LAWS: Record<string, Law> = {
    LAB: { abbreviation: 'LAB', name: 'Lov om en aktiv beskæftigelsesindsats', shortName: 'beskæftigelsesloven' },
    LAS: { abbreviation: 'LAS', name: 'Lov om aktiv socialpolitik', shortName: 'aktivloven' },
    LSP: { abbreviation: 'LSP', name: 'Lov om social pension', shortName: 'pensionsloven' },
    RSL: { abbreviation: 'RSL', name: 'Lov om retssikkerhed og administration på det sociale område', shortName: 'retssikkerhedsloven' },
    FVL: { abbreviation: 'FVL', name: 'Forvaltningsloven', shortName: 'forvaltningsloven' },
    SDL: { abbreviation: 'SDL', name: 'Lov om sygedagpenge', shortName: 'sygedagpengeloven' },
    SEL: { abbreviation: 'SEL', name: 'Lov om social service', shortName: 'serviceloven' },
    SUL: { abbreviation: 'SUL', name: 'Sundhedsloven', shortName: 'sundhedsloven' },
    LOB: { abbreviation: 'LOB', name: 'Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v.', shortName: 'LOB' },
    DBL: { abbreviation: 'DBL', name: 'Databeskyttelsesloven', shortName: 'databeskyttelsesloven' },
    OFL: { abbreviation: 'OFL', name: 'Offentlighedsloven', shortName: 'offentlighedsloven' },
    KHL: { abbreviation: 'KHL', name: 'Lov om kompensation til handicappede i erhverv m.v.', shortName: 'kompensationsloven' },
    INL: { abbreviation: 'INL', name: 'Integrationsloven', shortName: 'integrationsloven' },
    // In the catalogue's list for GEN-07, but no Danish source we could search (December 2026) uses
    // FLL for a law (lov om fleksydelse is the nearest title, unconfirmed): accepted, and shown as
    // written rather than guessed (docs/regler.md, "Love").
    FLL: { abbreviation: 'FLL', name: 'FLL', shortName: 'FLL' },
};

export const LAW_ABBREVIATIONS = Object.keys(LAWS);

/**
 * The executive order behind the forberedende del, by period. BEK 2408/2021: title and text read at
 * socialjura.dk/content-storage/regler/2021/bek-2408-af-1312-2021. BEK 1708/2024 and BEK 47/2026:
 * numbers and titles read in lovguiden.dk's references on LAB § 116 (BEK 47/2026 § 9, the team's
 * recommendation on fleksjob); the text of BEK 47/2026 itself was not found (December 2026).
 */
export const REHABILITATION_PLAN_ORDERS: ReadonlyArray<{ number: string; title: string }> = [
    { number: 'BEK nr. 2408 af 13/12/2021', title: 'Bekendtgørelse om rehabiliteringsplan og rehabiliteringsteamets indstilling om ressourceforløb, fleksjob, førtidspension mv.' },
    { number: 'BEK nr. 1708 af 30/12/2024', title: 'Bekendtgørelse om rehabiliteringsplan og rehabiliteringsteamets indstilling om ressourceforløb, fleksjob, førtidspension mv.' },
    { number: 'BEK nr. 47 af 13/01/2026', title: 'Bekendtgørelse om rehabiliteringsplan og rehabiliteringsteamets indstilling om fleksjob, førtidspension mv.' },
];

export interface LegalProvision {
    law: string;
    /** Section number with optional letter, as written after `§`: "116", "11 a". */
    section: string;
    /** One-line Danish summary. */
    summary: string;
}

/** law → section ("11 a") → summary. */
const SECTIONS: Record<string, Record<string, string>> = {
    LAB: {
        '1': 'Lovens formål: at bidrage til et velfungerende arbejdsmarked og hjælpe ledige og sygemeldte i arbejde.',
        // Checked against LBK nr. 280 af 1. marts 2024 (retsinformation.dk/eli/lta/2024/280), as amended by lov nr. 1750 af 29/12/2025;
        // §§ 108, 109 as amended by lov nr. 1657/2024, §§ 113–116 in lovguiden.dk's text (December 2026). Not yet read: §§ 107, 110, 111, 114, 115, 119–123.
        '2': 'Kommunens ansvar for beskæftigelsesindsatsen.',
        '6': 'Målgrupper, herunder jobparate og aktivitetsparate modtagere af kontanthjælp.',
        '30': 'Uddannelsespålæg til unge under 30 år uden en erhvervskompetencegivende uddannelse.',
        '31': 'Jobsamtaler de første seks måneder; for kontanthjælp den første senest en uge efter henvendelsen.',
        '36 a': 'Afklaring for aktivitetsparate over 30 år efter to års sammenhængende kontanthjælp; gentages hvert andet år (fra 1. juli 2025).',
        '44': 'Rehabiliteringsplanens forberedende del: mål, ressourcer og udfordringer, tidligere indsats og helbred.',
        '107': 'Jobafklaringsforløb: målgruppe og indhold (kapitel 18).',
        '108': 'Jobafklaringsforløb: individuelt tilrettelagt, helhedsorienteret indsats.',
        '109': 'Jobafklaringsforløb: forelæggelse for rehabiliteringsteamet ved tværfagligt behov.',
        '110': 'Jobafklaringsforløb: koordinerende sagsbehandler.',
        '111': 'Jobafklaringsforløb: opfølgning.',
        '112': 'Ressourceforløb (nu det tidligere gældende kapitel 19): komplekse problemer og et udviklingsperspektiv.',
        '113': 'Ressourceforløb (det tidligere gældende kapitel 19): indsatsen; sagen forelægges rehabiliteringsteamet igen, hvis intet tilbud er begyndt inden for seks måneder.',
        '114': 'Ressourceforløb (det tidligere gældende kapitel 19): koordinerende sagsbehandler.',
        '115': 'Ressourceforløb (det tidligere gældende kapitel 19): opfølgning og genforelæggelse.',
        '116': 'Fleksjob: varige og væsentlige begrænsninger i arbejdsevnen; relevante tilbud skal være afprøvet.',
        '117': 'Fleksjob: ansættelse hos en privat eller offentlig arbejdsgiver med fleksløntilskud efter § 123.',
        '118': 'Afgørelse om fleksjob træffes på grundlag af rehabiliteringsplanens forberedende del, jf. § 44.',
        '119': 'Fastholdelsesfleksjob på den hidtidige arbejdsplads.',
        '120': 'Fleksjob: revurdering efter fem år.',
        '122': 'Fleksjob: ansættelsesvilkår.',
        '123': 'Fleksløntilskud.',
        '142': 'Revalidering: målgruppe og betingelser.',
        '143': 'Revalidering: tilbud efter kapitel 11, 12 og 14.',
    },
    LAS: {
        '11': 'Kontanthjælp: betingelser for hjælp.',
        '16': 'Kontanthjælpens satser.',
        // LAS kapitel 6 a (ressourceforløbsydelse) and 6 b (§ 69 j ff., under jobafklaringsforløb).
        '68': 'Ressourceforløbsydelse under ressourceforløb (kapitel 6 a); kun forløb bevilget senest 31. januar 2026.',
        '69': 'Ressourceforløbsydelse (det tidligere gældende kapitel 6 a): beregning.',
        '69 j': 'Ressourceforløbsydelse under jobafklaringsforløb (kapitel 6 b).',
        '74': 'Ledighedsydelse.',
    },
    LSP: {
        '14': 'Førtidspension: almindelige betingelser om ophold.',
        // LBK nr. 527 af 4. maj 2022 (lov om social pension), § 16, stk. 2: "dokumenteret eller … helt åbenbart".
        '16': 'Førtidspension: fra 40 år til folkepensionsalderen; 18–39 år, hvis det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres.',
        '17': 'Behandling af sager om førtidspension, herunder ansøgning på det foreliggende grundlag.',
        '18': 'Førtidspension: forelæggelse for rehabiliteringsteamet; åbenbare sager kan gå uden om teamet (stk. 2).',
        '19': 'Afgørelsesgrundlaget for førtidspension; sundhedsfaglig rådgivning kun fra klinisk funktion (stk. 2).',
        '21': 'Afgørelse om førtidspension inden tre måneder efter ansøgning.',
    },
    RSL: {
        '1': 'Lovens formål: retssikkerhed og tidlig, helhedsorienteret hjælp.',
        '3': 'Hurtighedsprincippet og sagsbehandlingsfrister.',
        '4': 'Borgerens ret til at medvirke ved behandlingen af sin sag.',
        '5': 'Helhedsvurdering: sagen behandles i forhold til alle muligheder for hjælp.',
        '7': 'Kommunens ansvar for at behandle sager.',
        '10': 'Officialprincippet: myndigheden sørger for, at sagen er tilstrækkeligt oplyst.',
        '11': 'Borgerens pligt til at medvirke til at skaffe oplysninger.',
        '11 a': 'Indhentning af oplysninger kræver borgerens forudgående, konkrete samtykke.',
        '11 b': 'Afgørelse på det foreliggende grundlag, hvis borgeren ikke medvirker.',
        '11 c': 'Indhentning af oplysninger uden samtykke i bestemte sager.',
        '12': 'Skriftlig orientering om indhentning af oplysninger og konsekvenser.',
    },
    FVL: {
        '7': 'Vejledningspligt.',
        '8': 'Ret til repræsentation og bisidder.',
        '19': 'Partshøring før afgørelse.',
        '22': 'Skriftlige afgørelser skal begrundes.',
        '24': 'Begrundelsens indhold: retsregler, hovedhensyn og faktiske omstændigheder.',
        '25': 'Klagevejledning.',
        '27': 'Tavshedspligt.',
    },
    SDL: {
        '7': 'Ret til sygedagpenge: uarbejdsdygtighed på grund af sygdom.',
        '13': 'Opfølgning i sygedagpengesager.',
        '24': 'Varighedsbegrænsning og overgang til jobafklaringsforløb.',
        '24 a': 'Ret til jobafklaringsforløb, når en ny sygemelding allerede er omfattet af varighedsbegrænsningen i § 24.',
        '27': 'Forlængelse af sygedagpenge.',
    },
    SEL: {
        '10': 'Gratis rådgivning, herunder økonomisk rådgivning.',
        '12': 'Gratis rådgivning til personer med særlige behov.',
        '81': 'Formålet med hjælpen til voksne med nedsat funktionsevne eller særlige sociale problemer.',
        '82 a': 'Tidlig, forebyggende indsats.',
        '82 b': 'Forebyggende tilbud.',
        '85': 'Socialpædagogisk støtte.',
        '99': 'Støtte- og kontaktperson.',
        '101': 'Social behandling af stofmisbrug; start senest 14 dage efter henvendelse.',
        '107': 'Midlertidigt botilbud.',
        '108': 'Længerevarende botilbud.',
    },
    SUL: {
        '69': 'Tilskud til psykologbehandling.',
        '82 c': 'Integreret behandling af dobbeltdiagnoser i regionerne.',
        '140': 'Genoptræning efter udskrivning.',
        '141': 'Alkoholbehandling; start senest 14 dage efter henvendelse.',
        '142': 'Lægelig behandling af stofmisbrug.',
    },
    LOB: {
        '9': 'Rehabiliteringsteamet: indstilling før afgørelse om fleksjob, tilskud til selvstændige og førtidspension; jobafklaringsforløb, når kommunen vurderer, at der er behov for det.',
        '10': 'Rehabiliteringsteamets sammensætning.',
        '15': 'Sundhedsfaglig rådgivning fra klinisk funktion.',
    },
    DBL: {
        '7': 'Behandling af følsomme oplysninger, herunder helbredsoplysninger.',
        '11': 'Behandling af personnummer (CPR-nummer).',
    },
};

export function lawByAbbreviation(abbreviation: string): Law | undefined {
    return LAWS[abbreviation];
}

export function sectionKey(section: number | string, letter?: string): string {
    return letter ? `${section} ${letter.toLowerCase()}` : String(section);
}

export function lookupProvision(law: string, section: number | string, letter?: string): LegalProvision | undefined {
    const key = sectionKey(section, letter);
    const summary = SECTIONS[law]?.[key];
    return summary ? { law, section: key, summary } : undefined;
}

export interface ReferenceParts {
    law: string;
    section: number;
    letter?: string;
    subsection?: number;
    item?: number;
}

/** "LAB § 116, stk. 3" as written in the language. */
export function referenceText(ref: ReferenceParts): string {
    return `${ref.law} § ${sectionKey(ref.section, ref.letter)}${ref.subsection !== undefined ? `, stk. ${ref.subsection}` : ''}${ref.item !== undefined ? `, nr. ${ref.item}` : ''}`;
}

/** "Lov om en aktiv beskæftigelsesindsats § 116, stk. 3": the law's name written out. */
export function formatReference(ref: ReferenceParts): string {
    const law = LAWS[ref.law];
    return law ? referenceText(ref).replace(ref.law, law.name) : referenceText(ref);
}
