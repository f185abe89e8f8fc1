import { block, danishLongDate, documents } from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import { documentTypeLabel } from '../labels.js';
import { text } from '../text.js';
import type { ReportBlock } from '../types.js';
import { section, type SectionBuilder } from './section.js';

/** What the forberedende del carries from a lægeattest (bek. om rehabiliteringsplan § 4, stk. 3, nr. 1-4), in the form's order. */
function attestContent(document: ast.Document): Array<[string, string]> {
    const rows: Array<[string, string]> = [];
    for (const attribute of document.attributes) {
        if (ast.isConsultation(attribute)) rows.push(['Konsultation', danishLongDate(attribute.date)]);
        if (ast.isHealthConditions(attribute)) rows.push(['Helbredsforhold', text(attribute.text)]);
        if (ast.isSpecialConsiderations(attribute)) rows.push(['Særlige hensyn', text(attribute.text)]);
        if (ast.isDoctorComment(attribute)) rows.push(['Lægens kommentar til borgerens eget perspektiv', text(attribute.text)]);
        if (ast.isOtherConditions(attribute)) rows.push(['Andre forhold', text(attribute.text)]);
    }
    return rows;
}

/** The documentation the assessment rests on, listed before the appendix; then what each attest says, where it is written. */
export const documentationSection: SectionBuilder = ({ root }) => {
    const docs = documents(root);
    const content: ReportBlock[] = docs.length ? [{
        kind: 'table', caption: 'Dokumenter, vurderingen bygger på', columns: ['Dokument', 'Dato', 'Beskrivelse'], widths: [1.5, 1.2, 3],
        rows: docs.map(d => [documentTypeLabel(d.type), danishLongDate(d.date), text(d.description)]),
    }] : [];
    for (const document of docs) {
        const rows = attestContent(document);
        if (rows.length) {
            content.push({ kind: 'table', caption: `Lægens vurdering: ${documentTypeLabel(document.type)} af ${danishLongDate(document.date)}`, columns: ['Punkt', 'Lægens svar'], widths: [1.5, 4], rows });
        }
    }
    return section('dokumentation', 'Dokumentation', block(root, 'dokumentation'), content);
};
