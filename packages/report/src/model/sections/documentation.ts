import { block, danishLongDate, documents } from '@arbejdsevne/language';
import { documentTypeLabel } from '../labels.js';
import { text } from '../text.js';
import { section, type SectionBuilder } from './section.js';

/** The documentation the assessment rests on, listed before the appendix. */
export const documentationSection: SectionBuilder = ({ root }) => {
    const docs = documents(root);
    return section('dokumentation', 'Dokumentation', block(root, 'dokumentation'), docs.length ? [{
        kind: 'table', caption: 'Dokumenter, vurderingen bygger på', columns: ['Dokument', 'Dato', 'Beskrivelse'], widths: [1.5, 1.2, 3],
        rows: docs.map(d => [documentTypeLabel(d.type), danishLongDate(d.date), text(d.description)]),
    }] : []);
};
