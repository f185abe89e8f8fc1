import { danishLongDate, FORLÆNGELSE_NR, sickLeaveFacts, wordLabel } from '@arbejdsevne/language';
import { text } from '../text.js';
import type { ReportBlock } from '../types.js';
import { section, type SectionBuilder } from './section.js';

/** A forlængelse ground as a reader sees it, with its place in sygedagpengeloven § 27, stk. 1. */
export function extensionGround(ground: string): string {
    if (ground === 'ingen') return 'Ingen forlængelsesgrund';
    const nr = FORLÆNGELSE_NR[ground as keyof typeof FORLÆNGELSE_NR];
    return nr ? `${wordLabel(ground)} (§ 27, stk. 1, nr. ${nr})` : wordLabel(ground);
}

/** 7. Sygedagpenge: the route from the første fraværsdag to the revurdering and the forlængelse grounds with their reasons. */
export const sickLeaveSection: SectionBuilder = ({ root }) => {
    const sick = sickLeaveFacts(root);
    if (!sick.block) return undefined;
    const rows: Array<[string, string]> = [];
    if (sick.firstAbsence) rows.push(['Første fraværsdag', danishLongDate(sick.firstAbsence.value)]);
    if (sick.firstFollowUp) rows.push(['Første opfølgningssamtale', danishLongDate(sick.firstFollowUp.value)]);
    if (sick.reassessment) rows.push(['Revurdering (sygedagpengelovens § 24)', danishLongDate(sick.reassessment.value)]);
    const content: ReportBlock[] = rows.length ? [{ kind: 'facts', rows }] : [];
    if (sick.extensions.length) {
        content.push({
            kind: 'table', caption: 'Forlængelse af sygedagpengene (sygedagpengelovens § 27, stk. 1)', columns: ['Grund', 'Til', 'Begrundelse'], widths: [1.6, 1.1, 3],
            rows: sick.extensions.map(e => [extensionGround(e.ground), e.until ? danishLongDate(e.until) : '', text(e.reason)]),
        });
    }
    return section('sygedagpenge', 'Sygedagpenge', sick.block, content);
};
