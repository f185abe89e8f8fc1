import { fitOnOneLine } from './long-words.js';
import { matrixRowLabel } from '../../model/matrix-label.js';
import type { Matrix, Timeline } from '../../model/types.js';
import { layoutTimeline } from '../timeline-layout.js';
import { danishLongDate } from '@arbejdsevne/language/dates';

type Doc = PDFKit.PDFDocument;
const ROW = 18;
const LABEL = 120;

/** Fills a bar with its group's colour, then a pattern on top, so groups differ in greyscale too. */
function fillPattern(doc: Doc, x: number, y: number, w: number, h: number, colour: string, pattern: Timeline['groups'][number]['pattern']): void {
    doc.save().rect(x, y, w, h).fill(colour).restore();
    if (pattern === 'solid') return;
    doc.save().rect(x, y, w, h).clip().lineWidth(0.6).strokeColor('#000').strokeOpacity(0.45).fillColor('#000').fillOpacity(0.5);
    for (let i = -h; i < w; i += 5) {
        if (pattern === 'hatch' || pattern === 'cross') doc.moveTo(x + i, y + h).lineTo(x + i + h, y).stroke();
        if (pattern === 'cross') doc.moveTo(x + i, y).lineTo(x + i + h, y + h).stroke();
    }
    if (pattern === 'dots') for (let i = 2; i < w; i += 5) for (let j = 2; j < h; j += 5) doc.circle(x + i, y + j, 0.8).fill();
    doc.restore();
}

export function timelineHeight(timeline: Timeline): number {
    return timeline.bars.length * ROW + 52;
}

/** How many rows of a timeline (with its axis and legend) fit in `height`. */
export function timelineRowsFitting(height: number): number {
    return Math.max(1, Math.floor((height - 52) / ROW));
}

/** Draws a timeline at the cursor; the caller wraps it in a Figure with alt text. */
export function drawTimeline(doc: Doc, timeline: Timeline, x: number, y: number, width: number, font: string): void {
    const layout = layoutTimeline(timeline, x + LABEL, width - LABEL - 4);
    doc.font(font).fontSize(8);
    layout.rows.forEach((row, i) => {
        const top = y + i * ROW;
        doc.fillColor('#000').text(row.label, x, top + 4, { width: LABEL - 6, align: 'right', lineBreak: false, ellipsis: true });
        const group = timeline.groups.find(g => g.name === row.group) ?? timeline.groups[0];
        fillPattern(doc, row.x1, top + 2, row.x2 - row.x1, ROW - 6, group.colour, group.pattern);
        doc.save().lineWidth(0.5).strokeColor('#222').rect(row.x1, top + 2, row.x2 - row.x1, ROW - 6).stroke().restore();
    });
    const axisY = y + layout.rows.length * ROW + 2;
    doc.save().lineWidth(0.6).strokeColor('#444').moveTo(x + LABEL, axisY).lineTo(x + width - 4, axisY).stroke().restore();
    for (const tick of layout.ticks) {
        doc.save().lineWidth(0.6).strokeColor('#444').moveTo(tick.x, axisY).lineTo(tick.x, axisY + 4).stroke().restore();
        doc.fillColor('#333').text(tick.label, tick.x - 30, axisY + 6, { width: 60, align: 'center', lineBreak: false });
    }
    if (timeline.marker) {
        const mx = layout.x(timeline.marker.date);
        doc.save().lineWidth(1.2).strokeColor('#c00').dash(3, { space: 2 }).moveTo(mx, y - 2).lineTo(mx, axisY).stroke().undash().restore();
        const labelX = Math.min(x + width - 184, Math.max(x, mx - 90));
        doc.fillColor('#c00').text(`${timeline.marker.label}: ${danishLongDate(timeline.marker.date)}`, labelX, axisY + 17, { width: 180, align: 'center', lineBreak: false });
    }
    let lx = x + LABEL;
    for (const group of timeline.groups) {
        fillPattern(doc, lx, axisY + 32, 10, 8, group.colour, group.pattern);
        doc.fillColor('#000').text(group.name, lx + 13, axisY + 32, { lineBreak: false });
        lx += 13 + doc.widthOfString(group.name) + 18;
    }
    doc.fillColor('#000');
}

const CELL = 16;

/** Room above the grid for the rotated column heads: about 28 characters at 7.5 pt. */
const HEAD = 92;
const HEAD_TEXT = 120;

export function matrixHeight(matrix: Matrix): number {
    return HEAD + matrix.rows.length * CELL + 8;
}

/** How many rows of the grid fit in `height` under their heads. */
export function matrixRowsFitting(height: number): number {
    return Math.max(1, Math.floor((height - HEAD - 8) / CELL));
}

/** Barrier × measure grid; an uncovered barrier gets a red band and the words "ingen indsats". */
export function drawMatrix(doc: Doc, matrix: Matrix, x: number, y: number, width: number, font: string, bold: string): void {
    const label = Math.min(170, width * 0.35);
    // The heads rise to the right at 45°: room is kept right of the last column, so its head is not cut to "I…".
    const col = Math.min(60, (width - label - HEAD_TEXT * Math.SQRT1_2) / Math.max(1, matrix.columns.length));
    doc.fontSize(7.5);
    // Column heads, rotated so long measure names fit.
    matrix.columns.forEach((name, j) => {
        const cx = x + label + j * col + col / 2;
        // Rotated up to the right: the last heads are shortened so they end inside the margin.
        const room = Math.min(HEAD_TEXT, (x + width - cx - 10) / Math.SQRT1_2);
        doc.font(font).fontSize(7.5);
        const shown = fitOnOneLine(name, room, s => doc.widthOfString(s));
        doc.save().translate(cx, y + HEAD - 4).rotate(-45).fillColor('#000').text(shown, 0, 0, { lineBreak: false }).restore();
    });
    const top = y + HEAD;
    matrix.rows.forEach((_row, i) => {
        const ry = top + i * CELL;
        if (matrix.uncovered[i]) doc.save().rect(x, ry, label + col * matrix.columns.length, CELL).fill('#f6d5da').restore();
        doc.font(matrix.uncovered[i] ? bold : font).fillColor(matrix.uncovered[i] ? '#9b0016' : '#000');
        // One line per row: a label that wrapped ran into the row below.
        const rowLabel = fitOnOneLine(matrixRowLabel(matrix, i, false), label - 6, s => doc.widthOfString(s));
        doc.text(rowLabel, x + 3, ry + 4, { lineBreak: false });
        matrix.columns.forEach((_, j) => {
            const cx = x + label + j * col;
            doc.save().lineWidth(0.4).strokeColor('#999').rect(cx, ry, col, CELL).stroke().restore();
            if (matrix.cells[i][j]) doc.save().circle(cx + col / 2, ry + CELL / 2, 3.5).fill('#1f4e79').restore();
        });
    });
    doc.fillColor('#000');
}
