import { INDSATSTYPER } from '@arbejdsevne/language';

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

export function wordLabel(word: string | undefined): string {
    if (!word) return '';
    if (SPECIAL[word]) return SPECIAL[word];
    const measure = INDSATSTYPER[word as keyof typeof INDSATSTYPER];
    if (measure) return measure.label;
    const text = word.replace(/_/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}

export const SECTOR_LABELS = { beskæftigelse: 'Beskæftigelse', social: 'Social', sundhed: 'Sundhed' } as const;

export const EVENT_LABELS: Record<string, string> = {
    samtale: 'Samtale', samtykke: 'Samtykke', partshøring: 'Partshøring', vejledning: 'Vejledning',
    rehabiliteringsteam: 'Rehabiliteringsteam', afklaring: 'Afklaring',
};
