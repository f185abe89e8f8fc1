import { block } from '@arbejdsevne/language';
import { wordLabel } from '../labels.js';
import { period } from '../text.js';
import type { Timeline } from '../types.js';
import { section, type SectionBuilder } from './section.js';

const BENEFIT_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f'];
const PATTERNS = ['solid', 'hatch', 'dots', 'cross'] as const;

/** 6. Forsørgelseshistorik: the periods as a table and on a time line. */
export const provisionSection: SectionBuilder = ({ root, date }) => {
    const provision = block(root, 'forsørgelse');
    if (!provision?.periods.length) return undefined;
    const benefitsInOrder = [...new Set(provision.periods.map(p => p.benefit))];
    const timeline: Timeline = {
        from: provision.periods.map(p => p.from).sort()[0],
        to: [...provision.periods.map(p => (p.open ? date : p.to ?? p.from)), date].sort().at(-1)!,
        bars: provision.periods.map(p => ({ label: wordLabel(p.benefit), from: p.from, to: p.open ? date : p.to ?? p.from, group: wordLabel(p.benefit), open: p.open })),
        groups: benefitsInOrder.map((b, i) => ({ name: wordLabel(b), colour: BENEFIT_COLOURS[i % BENEFIT_COLOURS.length], pattern: PATTERNS[i % PATTERNS.length] })),
        marker: { date, label: 'Beskrivelsens dato' },
    };
    return section('forsoergelse', 'Forsørgelseshistorik', provision, [
        { kind: 'table', caption: 'Ydelser over tid', columns: ['Ydelse', 'Periode'], widths: [1, 2], rows: provision.periods.map(p => [wordLabel(p.benefit), period(p)]) },
        { kind: 'timeline', caption: 'Forsørgelse over tid', alt: `Tidslinje over forsørgelsen: ${provision.periods.map(p => `${wordLabel(p.benefit)} ${period(p)}`).join('; ')}.`, timeline },
    ]);
};
