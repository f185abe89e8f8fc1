import { daysBetween, parseIsoDate } from '@arbejdsevne/language/dates';
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
    // One tick per year; on an axis under a year and a half, one per quarter (a 7-month plan got a single tick);
    // never so many that labels collide.
    const ticks: TimelineLayout['ticks'] = [];
    if (span < 550) {
        for (let year = first; year <= last; year++) {
            for (const month of [1, 4, 7, 10]) {
                const date = `${year}-${String(month).padStart(2, '0')}-01`;
                if (date > timeline.from && date < timeline.to) ticks.push({ x: x(date), label: month === 1 ? String(year) : `1.${month}.${year}` });
            }
        }
    } else {
        const step = years > 12 ? Math.ceil(years / 10) : 1;
        for (let year = first + 1; year <= last; year += step) ticks.push({ x: x(`${year}-01-01`), label: String(year) });
    }
    const rows = timeline.bars.map(b => ({ label: b.label, group: b.group, x1: x(b.from), x2: Math.max(x(b.to), x(b.from) + 2), open: b.open }));
    return { x, ticks: ticks.sort((a, b) => a.x - b.x), rows };
}
