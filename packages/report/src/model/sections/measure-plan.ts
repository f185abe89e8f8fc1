import { matrixDescription } from '../matrix-label.js';
import { addressedBarriers, attribute, block, blocks, INDSATSTYPER, plannedMeasures } from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import { SECTOR_LABELS, wordLabel } from '../labels.js';
import { entryLabel, period, text, typed } from '../text.js';
import { sentence } from '../sentence.js';
import type { Matrix, ReportBlock, Timeline } from '../types.js';
import { section, type SectionBuilder } from './section.js';

const SECTOR_STYLE = {
    beskæftigelse: { colour: '#4e79a7', pattern: 'solid' },
    social: { colour: '#f28e2b', pattern: 'hatch' },
    sundhed: { colour: '#59a14f', pattern: 'dots' },
} as const;

const sectorOf = (m: ast.PlannedMeasure) => INDSATSTYPER[m.type as keyof typeof INDSATSTYPER]?.sector;

/** 9. Indsatsplan: the measures, their plan over time, and which barrier each one meets. */
export const measurePlanSection: SectionBuilder = ({ root, date }) => {
    const plan = block(root, 'indsatsplan');
    if (!plan) return undefined;
    const measures = plannedMeasures(root);
    const content: ReportBlock[] = [];
    if (measures.length) {
        content.push({
            kind: 'table', caption: 'Planlagte indsatser', columns: ['Indsats', 'Sektor', 'Ansvarlig', 'Periode', 'Barrierer'], widths: [2.2, 1.3, 1.5, 1.5, 1.1],
            rows: measures.map(m => [
                typed(wordLabel(m.type), attribute(m, ast.isMeasureGoal) ? `${sentence(text(m.text))} Mål: ${text(attribute(m, ast.isMeasureGoal)!.text)}` : text(m.text)),
                sectorOf(m) ? SECTOR_LABELS[sectorOf(m)!] : '',
                text(attribute(m, ast.isResponsible)?.text),
                period(attribute(m, ast.isPeriod)),
                addressedBarriers(m).map(b => entryLabel(b)).join('; '),
            ]),
        });
        const dated = measures.filter(m => attribute(m, ast.isPeriod));
        if (dated.length) {
            const sectors = [...new Set(dated.map(m => sectorOf(m) ?? 'beskæftigelse'))];
            const timeline: Timeline = {
                from: [date, ...dated.map(m => attribute(m, ast.isPeriod)!.from)].sort()[0],
                to: [date, ...dated.map(m => attribute(m, ast.isPeriod)!.to)].sort().at(-1)!,
                bars: dated.map(m => ({ label: entryLabel(m, 36), from: attribute(m, ast.isPeriod)!.from, to: attribute(m, ast.isPeriod)!.to, group: SECTOR_LABELS[sectorOf(m) ?? 'beskæftigelse'] })),
                groups: sectors.map(s => ({ name: SECTOR_LABELS[s], ...SECTOR_STYLE[s] })),
                marker: { date, label: 'Beskrivelsens dato' },
            };
            content.push({
                kind: 'timeline', caption: 'Indsatsplanen over tid', timeline,
                alt: sentence(`Tidslinje over indsatserne: ${dated.map(m => `${entryLabel(m)} (${SECTOR_LABELS[sectorOf(m) ?? 'beskæftigelse']}) ${period(attribute(m, ast.isPeriod))}`).join('; ')}`),
            });
        }
    }
    const barriers = [...blocks(root, 'beskæftigelse'), ...blocks(root, 'socialt'), ...blocks(root, 'helbred')].flatMap(a => a.items.filter(ast.isBarrier));
    if (barriers.length && measures.length) {
        const cells = barriers.map(b => measures.map(m => addressedBarriers(m).includes(b)));
        const reasons = barriers.map(b => { const n = attribute(b, ast.isNoMeasure); return n ? text(n.reason) : undefined; });
        const uncovered = cells.map((row, i) => !row.some(Boolean) && !reasons[i]);
        const matrix: Matrix = { rows: barriers.map(b => entryLabel(b)), columns: measures.map(m => entryLabel(m, 36)), cells, uncovered, reasons };
        content.push({ kind: 'matrix', caption: 'Barrierer og indsatser', matrix, alt: matrixDescription(matrix) });
    }
    const coordinator = plan.items.find(ast.isCoordinator);
    if (coordinator) content.push({ kind: 'paragraph', label: 'Koordinerende sagsbehandler', text: text(coordinator.text) });
    return section('indsatsplan', 'Indsatsplan', plan, content);
};
