import { block, danishLongDate, events, referenceText } from '@arbejdsevne/language';
import { EVENT_LABELS } from '../labels.js';
import { text } from '../text.js';
import { section, type SectionBuilder } from './section.js';

/** 11. Sagsforløb: the events of the case in date order. */
export const caseHistorySection: SectionBuilder = ({ root }) => {
    const caseHistory = block(root, 'sagsforløb');
    if (!caseHistory?.events.length) return undefined;
    return section('sagsforloeb', 'Sagsforløb', caseHistory, [{
        kind: 'table', caption: 'Hændelser i sagen', columns: ['Dato', 'Hændelse', 'Beskrivelse', 'Lovgrundlag'], widths: [1.1, 1.1, 3, 1.4],
        rows: [...events(root)].sort((a, b) => a.date.localeCompare(b.date)).map(e => [danishLongDate(e.date), EVENT_LABELS[e.kind] ?? e.kind, text(e.text), e.laws.map(l => referenceText(l)).join('; ')]),
    }]);
};
