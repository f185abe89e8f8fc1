
export { documentTypeLabel, wordLabel } from '@arbejdsevne/language';

export const SECTOR_LABELS = { beskæftigelse: 'Beskæftigelse', social: 'Social', sundhed: 'Sundhed' } as const;

export const EVENT_LABELS: Record<string, string> = {
    samtale: 'Samtale', samtykke: 'Samtykke', partshøring: 'Partshøring', vejledning: 'Vejledning',
    rehabiliteringsteam: 'Rehabiliteringsteam', afklaring: 'Afklaring',
};
