import { danishLongDate } from '@arbejdsevne/language/dates';
import type { Timeline } from '../model/types.js';
import { escapeXml } from './escape.js';
import { layoutTimeline } from './timeline-layout.js';

const ROW = 26;
const LABEL = 150;
const WIDTH = 640;

/** A timeline as inline SVG with a text alternative; patterns keep groups apart in greyscale. */
export function timelineSvg(timeline: Timeline, alt: string, id: string): string {
    const layout = layoutTimeline(timeline, LABEL, WIDTH - LABEL - 10);
    const height = layout.rows.length * ROW + 60;
    const patternId = (name: string) => `${id}-${timeline.groups.findIndex(g => g.name === name)}`;
    const defs = timeline.groups.map((g, i) => {
        const pid = `${id}-${i}`;
        const overlay = g.pattern === 'hatch' ? '<path d="M0,6 L6,0" stroke="#000" stroke-opacity="0.45" stroke-width="1.5"/>'
            : g.pattern === 'dots' ? '<circle cx="3" cy="3" r="1.3" fill="#000" fill-opacity="0.5"/>'
            : g.pattern === 'cross' ? '<path d="M0,0 L6,6 M6,0 L0,6" stroke="#000" stroke-opacity="0.4"/>' : '';
        return `<pattern id="${pid}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${g.colour}"/>${overlay}</pattern>`;
    }).join('');
    const bars = layout.rows.map((r, i) => {
        const y = 10 + i * ROW;
        const lines = labelLines(r.label);
        const first = lines.length === 1 ? y + 15 : y + 9;
        return `<text x="${LABEL - 8}" y="${first}" text-anchor="end" class="tl-label">${lines.map((line, n) => `<tspan x="${LABEL - 8}" dy="${n === 0 ? 0 : 12}">${escapeXml(line)}</tspan>`).join('')}</text>`
            + `<rect x="${r.x1.toFixed(1)}" y="${y + 3}" width="${(r.x2 - r.x1).toFixed(1)}" height="${ROW - 8}" fill="url(#${patternId(r.group)})" stroke="#222" stroke-width="0.6"/>`;
    }).join('');
    const axisY = 10 + layout.rows.length * ROW + 4;
    const ticks = layout.ticks.map(t => `<line x1="${t.x.toFixed(1)}" y1="${axisY}" x2="${t.x.toFixed(1)}" y2="${axisY + 5}" stroke="#444"/><text x="${t.x.toFixed(1)}" y="${axisY + 17}" text-anchor="middle" class="tl-tick">${escapeXml(t.label)}</text>`).join('');
    const marker = timeline.marker
        ? `<line x1="${layout.x(timeline.marker.date).toFixed(1)}" y1="4" x2="${layout.x(timeline.marker.date).toFixed(1)}" y2="${axisY}" stroke="#c00" stroke-width="1.5" stroke-dasharray="4 3"/>`
          + markerLabel(layout.x(timeline.marker.date), axisY + 32, `${timeline.marker.label}: ${danishLongDate(timeline.marker.date)}`)
        : '';
    const legend = timeline.groups.map((g, i) => `<rect x="${LABEL + i * 130}" y="${height - 12}" width="12" height="10" fill="url(#${id}-${i})" stroke="#222" stroke-width="0.5"/><text x="${LABEL + i * 130 + 16}" y="${height - 3}" class="tl-tick">${escapeXml(g.name)}</text>`).join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height + 6}" role="img" aria-labelledby="${id}-title"><title id="${id}-title">${escapeXml(alt)}</title><defs>${defs}</defs>`
        + `<line x1="${LABEL}" y1="${axisY}" x2="${WIDTH - 10}" y2="${axisY}" stroke="#444"/>${bars}${ticks}${marker}${legend}</svg>`;
}

/** About this many characters of 11 px DejaVu Sans fit left of the chart (LABEL − 8 px). */
const LABEL_CHARS = 21;

/**
 * A bar's label on at most two lines that fit left of the chart, as the PDF wraps it: a label
 * once started left of the drawing and lost its first letters. A longer one ends in "…" (the plan
 * table has the full text).
 */
export function labelLines(label: string): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of label.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (next.length <= LABEL_CHARS || !line) {
            line = next;
            continue;
        }
        lines.push(line);
        line = word;
    }
    if (line) lines.push(line);
    const shown = lines.slice(0, 2).map(l => (l.length > LABEL_CHARS ? `${l.slice(0, LABEL_CHARS - 1)}…` : l));
    if (lines.length > 2 && !shown[1].endsWith('…')) {
        shown[1] = shown[1].length < LABEL_CHARS ? `${shown[1]}…` : `${shown[1].slice(0, LABEL_CHARS - 1).replace(/\s+\S*$/u, '')}…`;
    }
    return shown;
}

/** The marker's label, kept inside the drawing: centred under the marker, or against the nearer edge. */
function markerLabel(x: number, y: number, label: string): string {
    // About 6.5 px per character at 11 px DejaVu Sans: enough to tell whether half the label fits.
    const half = (label.length * 6.5) / 2;
    const [anchor, at] = x - half < 4 ? ['start', 4] : x + half > WIDTH - 4 ? ['end', WIDTH - 4] : ['middle', x];
    return `<text x="${at.toFixed(1)}" y="${y}" text-anchor="${anchor}" class="tl-marker">${escapeXml(label)}</text>`;
}
