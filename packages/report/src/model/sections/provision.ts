import { block, sickLeaveFacts, wordInText, type Assessment } from '@arbejdsevne/language';
import { wordLabel } from '../labels.js';
import { period } from '../text.js';
import type { Timeline } from '../types.js';
import { section, type SectionBuilder } from './section.js';

const BENEFIT_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f'];
const PATTERNS = ['solid', 'hatch', 'dots', 'cross'] as const;

/** The sygedagpenge route on the same axis: up to the revurdering, then each forlængelse that has an end. */
function sickLeaveBars(root: Assessment): Timeline['bars'] {
    const sick = sickLeaveFacts(root);
    const reassessment = sick.reassessment?.value;
    const bars: Timeline['bars'] = [];
    if (sick.firstAbsence && reassessment && sick.firstAbsence.value <= reassessment) {
        bars.push({ label: 'Sygedagpenge til revurderingen', from: sick.firstAbsence.value, to: reassessment, group: SICK_LEAVE_GROUP });
    }
    for (const e of sick.extensions) {
        if (reassessment && e.until && e.until >= reassessment) bars.push({ label: `Forlænget: ${wordInText(e.ground)}`, from: reassessment, to: e.until, group: SICK_LEAVE_GROUP });
    }
    return bars;
}
const SICK_LEAVE_GROUP = 'Sygeforløb';

/** 6. Forsørgelseshistorik: the periods as a table and on a time line, with the sygedagpenge route's dates. */
export const provisionSection: SectionBuilder = ({ root, date }) => {
    const provision = block(root, 'forsørgelse');
    if (!provision?.periods.length) return undefined;
    const groupsInOrder = [...new Set(provision.periods.map(p => wordLabel(p.benefit)))];
    const route = sickLeaveBars(root);
    if (route.length) groupsInOrder.push(SICK_LEAVE_GROUP);
    const bars = [
        ...provision.periods.map(p => ({ label: wordLabel(p.benefit), from: p.from, to: p.open ? date : p.to ?? p.from, group: wordLabel(p.benefit), open: p.open })),
        ...route,
    ];
    const timeline: Timeline = {
        from: bars.map(b => b.from).sort()[0],
        to: [...bars.map(b => b.to), date].sort().at(-1)!,
        bars,
        groups: groupsInOrder.map((name, i) => ({ name, colour: BENEFIT_COLOURS[i % BENEFIT_COLOURS.length], pattern: PATTERNS[i % PATTERNS.length] })),
        marker: { date, label: 'Beskrivelsens dato' },
    };
    return section('forsoergelse', 'Forsørgelseshistorik', provision, [
        { kind: 'table', caption: 'Ydelser over tid', columns: ['Ydelse', 'Periode'], widths: [1, 2], rows: provision.periods.map(p => [wordLabel(p.benefit), period(p)]) },
        { kind: 'timeline', caption: 'Forsørgelse over tid', alt: `Tidslinje over forsørgelsen: ${[...provision.periods.map(p => `${wordLabel(p.benefit)} ${period(p)}`), ...route.map(b => `${b.label} ${period(b)}`)].join('; ')}.`, timeline },
    ]);
};
