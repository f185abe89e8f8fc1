/** The fixed word lists of the language (docs/regler.md lists them per place). GEN-09 checks every value against them. */

export const YDELSER = ['kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'ressourceforløbsydelse', 'revalideringsydelse',
    'ledighedsydelse', 'fleksløntilskud', 'førtidspension', 'seniorførtidspension', 'arbejdsløshedsdagpenge',
    'selvforsørgelses_og_hjemrejseydelse', 'løn', 'ingen'] as const;
export type Ydelse = (typeof YDELSER)[number];

export const VISITATIONER = ['jobparat', 'aktivitetsparat'] as const;

export const UDFALD = ['fleksjob', 'førtidspension', 'seniorførtidspension', 'ressourceforløb', 'jobafklaringsforløb',
    'revalidering', 'afklaring', 'anden_indsats', 'ordinær_beskæftigelse', 'udviklingsfleksjob'] as const;
export type Udfald = (typeof UDFALD)[number];

export const ARBEJDSEVNER = ['ikke_nedsat', 'nedsat_kan_udvikles', 'væsentligt_og_varigt_nedsat', 'meget_begrænset',
    'ingen_selvforsørgelse'] as const;

export const DOKUMENTTYPER = ['LÆ265', 'LÆ285', 'speciallægeerklæring', 'klinisk_funktion', 'journaloplysninger',
    'praktikrapport', 'psykolograpport', 'andet'] as const;

export type Sector = 'beskæftigelse' | 'social' | 'sundhed';

/** Each measure type belongs to a sector and has a legal basis (LAB chapters as in LBK nr. 280 af 1. marts 2024). */
export const INDSATSTYPER = {
    vejledning_og_opkvalificering: { sector: 'beskæftigelse', basis: 'LAB kap. 14', label: 'Vejledning og opkvalificering' },
    virksomhedspraktik: { sector: 'beskæftigelse', basis: 'LAB kap. 11', label: 'Virksomhedspraktik' },
    løntilskud: { sector: 'beskæftigelse', basis: 'LAB kap. 12', label: 'Ansættelse med løntilskud' },
    mentor: { sector: 'beskæftigelse', basis: 'LAB kap. 26', label: 'Mentorstøtte' },
    ips: { sector: 'beskæftigelse', basis: 'LAB kap. 14 og 26', label: 'IPS (individuelt planlagt job med støtte)' },
    nytteindsats: { sector: 'beskæftigelse', basis: 'LAB kap. 13', label: 'Nytteindsats' },
    fleksjob_afprøvning: { sector: 'beskæftigelse', basis: 'LAB § 116', label: 'Afprøvning med henblik på fleksjob' },
    psykiatrisk_udredning: { sector: 'sundhed', basis: 'SUL', label: 'Psykiatrisk udredning' },
    psykologbehandling: { sector: 'sundhed', basis: 'SUL § 69', label: 'Psykologbehandling' },
    smertebehandling: { sector: 'sundhed', basis: 'SUL', label: 'Smertebehandling' },
    genoptræning: { sector: 'sundhed', basis: 'SUL § 140', label: 'Genoptræning' },
    alkoholbehandling: { sector: 'sundhed', basis: 'SUL § 141', label: 'Alkoholbehandling' },
    stofmisbrugsbehandling: { sector: 'social', basis: 'SEL § 101', label: 'Stofmisbrugsbehandling' },
    lægebehandling: { sector: 'sundhed', basis: 'SUL', label: 'Lægebehandling' },
    socialpædagogisk_støtte: { sector: 'social', basis: 'SEL § 85', label: 'Socialpædagogisk støtte' },
    støtte_kontaktperson: { sector: 'social', basis: 'SEL § 99', label: 'Støtte- og kontaktperson' },
    gældsrådgivning: { sector: 'social', basis: 'SEL § 10', label: 'Gældsrådgivning' },
    bostøtte: { sector: 'social', basis: 'SEL § 85', label: 'Bostøtte' },
    netværksinddragelse: { sector: 'social', basis: 'SEL § 10', label: 'Netværksinddragelse' },
    andet: { sector: 'beskæftigelse', basis: '', label: 'Anden indsats' },
} as const satisfies Record<string, { sector: Sector; basis: string; label: string }>;
export type Indsatstype = keyof typeof INDSATSTYPER;
export const INDSATSTYPE_NAVNE = Object.keys(INDSATSTYPER) as Indsatstype[];

export const TEMAER = ['uddannelse', 'arbejdsmarkedserfaring', 'interesser', 'sociale_kompetencer', 'omstillingsevne',
    'indlæringsevne', 'arbejdsrelevante_ønsker', 'præstationsforventninger', 'arbejdsidentitet', 'bolig_og_økonomi',
    'sociale_netværk', 'helbred'] as const;

/** The grounds for forlængelse of sygedagpenge (SDL § 27, stk. 1, nr. 1-7), and `ingen`. */
export const FORLÆNGELSESGRUNDE = ['revalidering', 'afklaring', 'lægebehandling', 'rehabiliteringsteam', 'livstruende_sygdom',
    'arbejdsskade', 'førtidspension', 'ingen'] as const;
export type Forlængelsesgrund = (typeof FORLÆNGELSESGRUNDE)[number];

/** The paragraph number of each ground in SDL § 27, stk. 1. */
export const FORLÆNGELSE_NR: Record<Exclude<Forlængelsesgrund, 'ingen'>, number> = {
    revalidering: 1, afklaring: 2, lægebehandling: 3, rehabiliteringsteam: 4, livstruende_sygdom: 5, arbejdsskade: 6, førtidspension: 7,
};

/** The places a fixed word can stand, with their Danish name and allowed words. */
export const WORD_LISTS = {
    ydelse: { label: 'ydelse', words: YDELSER },
    visitation: { label: 'visitation', words: VISITATIONER },
    formål: { label: 'formål', words: UDFALD },
    indstilling: { label: 'indstilling', words: UDFALD },
    arbejdsevne: { label: 'arbejdsevne', words: ARBEJDSEVNER },
    dokumenttype: { label: 'dokumenttype', words: DOKUMENTTYPER },
    indsatstype: { label: 'indsatstype', words: INDSATSTYPE_NAVNE },
    tema: { label: 'tema', words: TEMAER },
    forlængelsesgrund: { label: 'forlængelse', words: FORLÆNGELSESGRUNDE },
} as const;
export type WordListName = keyof typeof WORD_LISTS;

export function isInList(list: WordListName, word: string | undefined): boolean {
    return word !== undefined && (WORD_LISTS[list].words as readonly string[]).includes(word);
}

/** The allowed word closest to `word`; ASCII spellings ae/oe/aa count as æ/ø/å. */
export function nearestWord(list: WordListName, word: string): string | undefined {
    const words = WORD_LISTS[list].words as readonly string[];
    const folded = foldDanish(word);
    const exact = words.find(w => foldDanish(w) === folded);
    if (exact) return exact;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of words) {
        const distance = levenshtein(folded, foldDanish(candidate));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(folded.length / 3)) ? best : undefined;
}

function foldDanish(word: string): string {
    return word.toLowerCase().replace(/ae/g, 'æ').replace(/oe/g, 'ø').replace(/aa/g, 'å').replace(/-/g, '_');
}

function levenshtein(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}

/** Words from the fixed lists as a reader sees them. */
const SPECIAL: Record<string, string> = {
    LÆ265: 'LÆ 265',
    LÆ285: 'LÆ 285',
    klinisk_funktion: 'Sundhedsfaglig rådgivning (klinisk funktion)',
    ips: 'IPS',
    ingen_selvforsørgelse: 'Kan ikke forsørge sig selv, heller ikke i fleksjob',
    nedsat_kan_udvikles: 'Nedsat, men kan udvikles',
    ikke_nedsat: 'Ikke nedsat',
    selvforsørgelses_og_hjemrejseydelse: 'Selvforsørgelses- og hjemrejseydelse',
    ordinær_beskæftigelse: 'Ordinær beskæftigelse',
    anden_indsats: 'Anden indsats',
};

/** A document's type as a reader sees it: `andet` is another document here, not another measure. */
export function documentTypeLabel(type: string | undefined): string {
    return type === 'andet' ? 'Andet dokument' : wordLabel(type);
}

/** A word as a reader sees it, capitalised (a table cell, the start of a sentence). */
export function wordLabel(word: string | undefined): string {
    if (!word) return '';
    if (SPECIAL[word]) return SPECIAL[word];
    const measure = INDSATSTYPER[word as keyof typeof INDSATSTYPER];
    if (measure) return measure.label;
    const text = word.replace(/_/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/** A word as it reads inside a Danish sentence: "væsentligt og varigt nedsat", "LÆ 265". */
export function wordInText(word: string | undefined): string {
    const label = wordLabel(word);
    return /^[A-ZÆØÅ]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
