import { attribute, block, previousMeasures } from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import { wordLabel } from '../labels.js';
import { period, text, typed } from '../text.js';
import type { ReportBlock } from '../types.js';
import { section, type SectionBuilder } from './section.js';

/** 7. Hidtidige indsatser: what was tried, when, and what came of it. */
export const previousMeasuresSection: SectionBuilder = ({ root }) => {
    const history = block(root, 'hidtidige_indsatser');
    if (!history) return undefined;
    const previous = previousMeasures(root);
    const content: ReportBlock[] = [];
    if (previous.length) {
        content.push({
            kind: 'table', caption: 'Indsatser og deres resultat', columns: ['Indsats', 'Periode', 'Resultat'], widths: [2, 1.3, 2],
            rows: previous.map(m => [typed(wordLabel(m.type), text(m.text)), period(attribute(m, ast.isPeriod)), text(attribute(m, ast.isResult)?.text)]),
        });
    }
    for (const none of history.items.filter(ast.isNoPreviousMeasures)) content.push({ kind: 'paragraph', label: 'Ingen hidtidige indsatser', text: text(none.reason) });
    return section('hidtidige', 'Hidtidige indsatser', history, content);
};
