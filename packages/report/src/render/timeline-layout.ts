import { daysBetween, parseIsoDate } from '@arbejdsevne/language';
import type { Timeline } from '../model/types.js';

/** Positions on a time axis, shared by the SVG and the PDF drawing so both show the same picture. */
export interface TimelineLayout {
    x(date: string): number;
    ticks: Array<{ x: number; label: string }>;
    rows: Array<{ label: string; group: string; x1: number; x2: number; open?: boolean }>;
}

export function layoutTimeline(timeline: Timeline, left: number, width: number): TimelineLayout {
    const span = Math.max(1, daysBetween(timeline.from, timeline.to) ?? 1);
    const x = (date: string) => left + (Math.min(span, Math.max(0, daysBetween(timeline.from, date) ?? 0)) / span) * width;
    const first = parseIsoDate(timeline.from)!.year;
    const last = parseIsoDate(timeline.to)!.year;
    const years = last - first;
    // One tick per year, or per half-year on short axes; never so many that labels collide.
    const step = years > 12 ? Math.ceil(years / 10) : 1;
    const ticks: TimelineLayout['ticks'] = [];
    for (let year = first + 1; year <= last; year += step) ticks.push({ x: x(`${year}-01-01`), label: String(year) });
    if (years === 0 || (years === 1 && ticks.length < 2)) {
        for (let year = first; year <= last; year++) {
            const mid = `${year}-07-01`;
            if (mid > timeline.from && mid < timeline.to) ticks.push({ x: x(mid), label: `1.7.${year}` });
        }
    }
    const rows = timeline.bars.map(b => ({ label: b.label, group: b.group, x1: x(b.from), x2: Math.max(x(b.to), x(b.from) + 2), open: b.open }));
    return { x, ticks: ticks.sort((a, b) => a.x - b.x), rows };
}
