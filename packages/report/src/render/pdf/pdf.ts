import { breakLongWords, fitOnOneLine } from './long-words.js';
import PDFDocument from 'pdfkit';
import type { ReportBlock, ReportModel, RowEmphasis } from '../../model/types.js';
import { drawMatrix, drawTimeline, matrixHeight, matrixRowsFitting, timelineHeight, timelineRowsFitting } from './drawings.js';
import type { ReportAssets } from '../../assets.js';
import { parsedFonts } from './fonts.js';
import { drawableModel } from './missing-glyphs.js';
import { appendXmp, asFontSource, escapeXmpInfo, fontStateKey, forgetDocumentFont, markColumnHeader, markRowHeader } from './library-internals.js';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const MARGIN = { top: 72, bottom: 68, left: 56, right: 56 };
const MATRIX_COLUMNS = 12;
/** A table row ready to draw: its cells fitted to their columns, the font they were fitted in, its height. */
type LaidRow = { cells: string[]; font: string; height: number };
/** Row fills for emphasis: light enough for black text to keep its contrast. */
const EMPHASIS_FILL: Record<RowEmphasis, string> = { fejl: '#f6d5da', advarsel: '#fbebc0' };
/** Registered under their PostScript names: pdfkit then finds the document's first font (the regular face) by name instead of opening and comparing it at every switch. */
const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold', italic: 'DejaVuSans-Oblique' };
const ACCENT = '#1f4e79';

/** Parses the fonts of `assets` ahead of a first render (a thread that waits for its model does this meanwhile). */
export function preparePdfFonts(assets: ReportAssets): void {
    parsedFonts(assets);
}

/** Renders the report model as a tagged, PDF/A-2a A4 document; the same model gives the same bytes. */
export function renderPdf(written: ReportModel, assets: ReportAssets): Promise<Uint8Array> {
    const fonts = parsedFonts(assets);
    const model = drawableModel(written, fonts.regular);
    const created = new Date(`${model.meta.date}T12:00:00Z`);
    const doc = new PDFDocument({
        size: 'A4', margins: MARGIN, bufferPages: true, autoFirstPage: true,
        // The document starts in the report's own font, never in Helvetica (whose metrics the Node
        // build reads from disk at every start, and the browser build does not ship).
        font: asFontSource(fonts.regular),
        pdfVersion: '1.7', subset: 'PDF/A-2a', tagged: true, lang: 'da', displayTitle: true,
        info: { Title: model.meta.title, Subject: model.meta.subject, Creator: 'Arbejdsevne', Producer: 'Arbejdsevne', CreationDate: created, ModDate: created },
    } as PDFKit.PDFDocumentOptions);
    forgetDocumentFont(doc);
    escapeXmpInfo(doc);
    // PDF/A-2a for the archive, and PDF/UA-1 for screen readers (pdfkit writes one subset's identifier; this is the other).
    appendXmp(doc,
        '<rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about=""><pdfuaid:part>1</pdfuaid:part></rdf:Description>');
    doc.registerFont(FONT.regular, asFontSource(fonts.regular));
    doc.registerFont(FONT.bold, asFontSource(fonts.bold));
    doc.registerFont(FONT.italic, asFontSource(fonts.italic));
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    const done = new Promise<Uint8Array>((resolve, reject) => {
        doc.on('end', () => resolve(concat(chunks)));
        doc.on('error', reject);
    });
    new PdfWriter(doc).write(model);
    doc.end();
    return done;
}

class PdfWriter {
    private readonly width: number;

    constructor(private readonly doc: Doc) {
        this.width = doc.page.width - MARGIN.left - MARGIN.right;
    }

    write(model: ReportModel): void {
        const doc = this.doc;
        const root = doc.struct('Document');
        doc.addStructure(root);
        this.heading(root, 'H1', model.header.title, 18);
        this.facts(root, model.header.rows);
        for (const section of model.sections) {
            const sect = doc.struct('Sect');
            root.add(sect);
            // A heading never ends a page: it goes with the start of its first block.
            this.ensureSpace(40 + this.startHeight(section.blocks[0]));
            this.heading(sect, 'H2', section.title, 13.5);
            // A bookmark per section, so a reader can jump in the PDF viewer's side panel.
            doc.outline.addItem(section.title);
            for (const block of section.blocks) this.block(sect, block);
            sect.end();
        }
        root.end();
        this.pageFurniture(model);
    }

    /** `text` with its too long words broken to fit `width` in the current font and size (see long-words.ts). */
    private fit(text: string, width: number): string {
        // Quick exit: only a word of a dozen characters or more can be wider than a column.
        if (!/\S{12}/u.test(text)) return text;
        const key = fontStateKey(this.doc);
        let widths = this.charWidths.get(key);
        if (!widths) this.charWidths.set(key, widths = new Map());
        return breakLongWords(text, width, part => this.doc.widthOfString(part), widths);
    }

    /** Character widths per font and size, for breakLongWords. */
    private readonly charWidths = new Map<string, Map<string, number>>();

    /** A table row too tall for a page: each cell under its column's name, flowing from page to page. */
    private tallRow(body: Struct, columns: string[], row: string[]): void {
        const doc = this.doc;
        const tr = doc.struct('TR');
        body.add(tr);
        row.forEach((cell, i) => {
            if (!cell) return;
            tr.add(doc.struct('TD', {}, () => {
                doc.font(FONT.bold).fontSize(9).fillColor('#000').text(columns[i] ?? '', MARGIN.left, doc.y, { width: this.width });
                doc.font(FONT.regular).fontSize(9);
                doc.text(this.fit(cell, this.width), MARGIN.left, doc.y, { width: this.width });
            }));
            doc.moveDown(0.4);
        });
        tr.end();
    }

    /** Roughly how much of a block must follow its heading on the same page: a caption and a row or two, or a few lines. */
    private startHeight(block: ReportBlock | undefined): number {
        if (!block) return 0;
        if (block.kind === 'table') return 90;
        if (block.kind === 'timeline') return timelineHeight(block.timeline) + 30;
        if (block.kind === 'matrix') return Math.min(300, matrixHeight(block.matrix) + 30);
        return 45;
    }

    private currentPage(): number {
        const range = this.doc.bufferedPageRange();
        return range.start + range.count - 1;
    }

    /** The bar beside a quote, on each page the quote runs over (not across the next page's heading). */
    private quoteBar(startPage: number, top: number, bottom: number): void {
        const doc = this.doc;
        const endPage = this.currentPage();
        for (let page = startPage; page <= endPage; page++) {
            if (startPage !== endPage) doc.switchToPage(page);
            const from = page === startPage ? top : MARGIN.top;
            const to = page === endPage ? bottom + 4 : doc.page.height - MARGIN.bottom;
            doc.markContent('Artifact', { type: 'Layout' });
            doc.save().rect(MARGIN.left, from, 3, to - from).fill(ACCENT).restore();
            doc.endMarkedContent();
        }
        if (startPage !== endPage) doc.switchToPage(endPage);
    }

    private ensureSpace(height: number): void {
        if (this.doc.y + height > this.doc.page.height - MARGIN.bottom) this.doc.addPage();
    }

    private heading(parent: Struct, tag: 'H1' | 'H2', text: string, size: number): void {
        const doc = this.doc;
        doc.moveDown(tag === 'H1' ? 0 : 0.8);
        parent.add(doc.struct(tag, {}, () => {
            doc.font(FONT.bold).fontSize(size).fillColor(ACCENT);
            doc.text(this.fit(text, this.width), MARGIN.left, doc.y, { width: this.width });
        }));
        doc.fillColor('#000').moveDown(0.3);
    }

    private paragraph(parent: Struct, text: string, label?: string): void {
        const doc = this.doc;
        if (label) {
            this.ensureSpace(40);
            parent.add(doc.struct('P', {}, () => doc.font(FONT.bold).fontSize(10).text(this.fit(label, this.width), MARGIN.left, doc.y, { width: this.width })));
        }
        parent.add(doc.struct('P', {}, () => doc.font(FONT.regular).fontSize(10).text(this.fit(text, this.width), MARGIN.left, doc.y, { width: this.width, align: 'left' })));
        doc.moveDown(0.5);
    }

    private facts(parent: Struct, rows: Array<[string, string]>): void {
        if (rows.length === 0) return;
        this.table(parent, undefined, ['Felt', 'Oplysning'], rows.map(r => [...r]), [1, 2.6], false);
    }

    private block(parent: Struct, block: ReportBlock): void {
        const doc = this.doc;
        switch (block.kind) {
            case 'paragraph': return this.paragraph(parent, block.text, block.label);
            case 'list': {
                const list = doc.struct('L');
                parent.add(list);
                for (const item of block.items) list.add(doc.struct('LI', {}, () => doc.font(FONT.regular).fontSize(10).text(this.fit(`•  ${item}`, this.width - 8), MARGIN.left + 8, doc.y, { width: this.width - 8 })));
                list.end();
                doc.moveDown(0.5);
                return;
            }
            case 'facts': return this.table(parent, undefined, ['Felt', 'Oplysning'], block.rows.map(r => [...r]), [1, 2.6], false);
            case 'quote': {
                doc.font(FONT.italic).fontSize(10.5);
                const quoted = this.fit(block.text, this.width - 24);
                const height = doc.heightOfString(quoted, { width: this.width - 24 });
                this.ensureSpace(Math.min(height, 200) + 30);
                const top = doc.y;
                const startPage = this.currentPage();
                parent.add(doc.struct('BlockQuote', {}, () => {
                    doc.font(FONT.italic).fontSize(10.5);
                    doc.text(quoted, MARGIN.left + 16, top + 4, { width: this.width - 24 });
                }));
                const bottom = doc.y;
                this.quoteBar(startPage, top, bottom);
                if (block.caption) parent.add(doc.struct('P', {}, () => doc.font(FONT.regular).fontSize(8.5).fillColor('#555').text(block.caption!, MARGIN.left + 16, bottom + 6, { width: this.width - 24 })));
                doc.fillColor('#000').moveDown(0.8);
                return;
            }
            case 'table': return this.table(parent, block.caption, block.columns, block.rows, block.widths, true, block.emphasis);
            case 'timeline': {
                // A plan too long for one page is drawn as several timelines on the same axis, each on
                // a page of its own with its axis and legend (44 rows were once cut across ten pages).
                const room = doc.page.height - MARGIN.top - MARGIN.bottom - 40;
                const perPage = timelineRowsFitting(room);
                const bars = block.timeline.bars;
                const parts = Math.max(1, Math.ceil(bars.length / perPage));
                for (let part = 0; part < parts; part++) {
                    // Rows shared evenly: never a last part of one row.
                    const size = Math.ceil(bars.length / parts);
                    const timeline = { ...block.timeline, bars: bars.slice(part * size, (part + 1) * size) };
                    const height = timelineHeight(timeline);
                    this.ensureSpace(height + 30);
                    const top = doc.y + 4;
                    parent.add(doc.struct('Figure', { alt: block.alt }, () => drawTimeline(doc, timeline, MARGIN.left, top, this.width, FONT.regular)));
                    doc.y = top + height;
                }
                parent.add(doc.struct('Caption', {}, () => doc.font(FONT.regular).fontSize(8.5).fillColor('#555').text(block.caption, MARGIN.left, doc.y, { width: this.width })));
                doc.fillColor('#000').moveDown(0.8);
                return;
            }
            case 'matrix': {
                // At most twelve measures side by side: a long plan is drawn as several grids, each readable.
                const m = block.matrix;
                // And no more rows than a page holds: every row is drawn, under its heads, never over the footer.
                const rowsPerPage = matrixRowsFitting(doc.page.height - MARGIN.top - MARGIN.bottom - 40);
                for (let first = 0; first === 0 || first < m.columns.length; first += MATRIX_COLUMNS) {
                    for (let row = 0; row === 0 || row < m.rows.length; row += rowsPerPage) {
                        const rows = (values: readonly unknown[]) => values.slice(row, row + rowsPerPage);
                        const part = {
                            rows: rows(m.rows) as string[], uncovered: rows(m.uncovered) as boolean[], reasons: rows(m.reasons) as Array<string | undefined>,
                            columns: m.columns.slice(first, first + MATRIX_COLUMNS),
                            cells: (rows(m.cells) as boolean[][]).map(cells => cells.slice(first, first + MATRIX_COLUMNS)),
                        };
                        const height = matrixHeight(part);
                        this.ensureSpace(height + 30);
                        const top = doc.y + 4;
                        parent.add(doc.struct('Figure', { alt: `${block.caption}. ${block.alt}` }, () => drawMatrix(doc, part, MARGIN.left, top, this.width, FONT.regular, FONT.bold)));
                        doc.y = top + height;
                    }
                }
                doc.font(FONT.regular).fontSize(8.5);
                parent.add(doc.struct('Caption', {}, () => doc.fillColor('#555').text(this.fit(`${block.caption}. ${block.alt}`, this.width), MARGIN.left, doc.y, { width: this.width })));
                doc.fillColor('#000').moveDown(0.8);
                return;
            }
        }
    }

    /** A table drawn row by row: the header row is repeated after every page break. */
    private table(parent: Struct, caption: string | undefined, columns: string[], rows: string[][], weights?: number[], header = true,
        emphasis?: ReadonlyArray<RowEmphasis | undefined>): void {
        const doc = this.doc;
        const w = weights ?? columns.map(() => 1);
        const total = w.reduce((a, b) => a + b, 0);
        const widths = w.map(x => (x / total) * this.width);
        const pad = 4;
        const size = 9;
        // Each row laid out once: its cells fitted to their columns in its font, and its height.
        const layRow = (cells: string[], font: string): LaidRow => {
            doc.font(font).fontSize(size);
            const fitted = cells.map((c, i) => this.fit(c || ' ', widths[i] - 2 * pad));
            return { cells: fitted, font, height: Math.max(...fitted.map((c, i) => doc.heightOfString(c, { width: widths[i] - 2 * pad }))) + 2 * pad };
        };
        const head = header ? layRow(columns, FONT.bold) : undefined;
        const body = rows.map((row, i) => layRow(row, emphasis?.[i] === 'fejl' ? FONT.bold : FONT.regular));
        const table = doc.struct('Table');
        parent.add(table);
        // The caption, the header row and the first row together, or none of them, at the foot of a page
        // (a caption must not end a page alone). A row taller than a page runs on anyway.
        const pageRoom = doc.page.height - MARGIN.top - MARGIN.bottom - (head?.height ?? 0);
        const firstRow = body.length ? Math.min(body[0].height, pageRoom) : 0;
        const captionHeight = caption ? doc.font(FONT.bold).fontSize(9.5).heightOfString(caption, { width: this.width }) + 4 : 0;
        this.ensureSpace(captionHeight + (head?.height ?? 0) + (firstRow > pageRoom * 0.5 ? 0 : firstRow));
        if (caption) {
            table.add(doc.struct('Caption', {}, () => doc.font(FONT.bold).fontSize(9.5).text(caption, MARGIN.left, doc.y, { width: this.width })));
            doc.moveDown(0.2);
        }
        /** A row; a header row repeated after a page break is drawn as an artifact, so it is read aloud once. */
        const drawRow = (row: LaidRow, isHeader: boolean, container: Struct | undefined, mark?: RowEmphasis) => {
            const top = doc.y;
            doc.markContent('Artifact', { type: 'Layout' });
            if (isHeader || mark) doc.save().rect(MARGIN.left, top, this.width, row.height).fill(isHeader ? '#e8edf3' : EMPHASIS_FILL[mark!]).restore();
            let x = MARGIN.left;
            for (const width of widths) {
                doc.save().lineWidth(0.5).strokeColor('#b5bcc6').rect(x, top, width, row.height).stroke().restore();
                x += width;
            }
            doc.endMarkedContent();
            const drawCell = (cell: string, i: number, cellX: number) => doc.font(row.font).fontSize(size).fillColor('#000').text(cell, cellX + pad, top + pad, { width: widths[i] - 2 * pad, lineBreak: true });
            x = MARGIN.left;
            if (!container) {
                doc.markContent('Artifact', { type: 'Pagination' });
                row.cells.forEach((cell, i) => { drawCell(cell, i, x); x += widths[i]; });
                doc.endMarkedContent();
            } else {
                const tr = doc.struct('TR');
                container.add(tr);
                row.cells.forEach((cell, i) => {
                    const cellX = x;
                    // A table without a header row is label and value (the facts): the label heads its row.
                    const rowHeader = !header && i === 0;
                    const element = doc.struct(isHeader || rowHeader ? 'TH' : 'TD', {}, () => drawCell(cell, i, cellX));
                    if (isHeader) markColumnHeader(element);
                    else if (rowHeader) markRowHeader(element);
                    tr.add(element);
                    x += widths[i];
                });
                tr.end();
            }
            doc.x = MARGIN.left;
            doc.y = top + row.height;
        };
        const tbody = doc.struct('TBody');
        if (head) {
            const thead = doc.struct('THead');
            table.add(thead);
            drawRow(head, true, thead);
            thead.end();
        }
        table.add(tbody);
        body.forEach((row, index) => {
            if (row.height > pageRoom) {
                // Taller than a page: its cells as labelled paragraphs that run on over the pages.
                this.tallRow(tbody, columns, rows[index]);
                return;
            }
            if (doc.y + row.height > doc.page.height - MARGIN.bottom) {
                doc.addPage();
                if (head) drawRow(head, true, undefined);
            }
            drawRow(row, false, tbody, emphasis?.[index]);
        });
        tbody.end();
        table.end();
        doc.moveDown(0.8);
    }

    /** Header, footer and page numbers on every page, marked as artifacts (not read aloud as content). */
    private pageFurniture(model: ReportModel): void {
        const doc = this.doc;
        const range = doc.bufferedPageRange();
        for (let i = range.start; i < range.start + range.count; i++) {
            doc.switchToPage(i);
            const bottomMargin = doc.page.margins.bottom;
            doc.page.margins.bottom = 0;
            doc.markContent('Artifact', { type: 'Pagination' });
            doc.font(FONT.regular).fontSize(8).fillColor('#555');
            // The title on the left half, the confidentiality mark on the right: a long title is shortened, never run under the mark.
            const markWidth = doc.widthOfString(model.meta.confidential);
            doc.text(fitOnOneLine(model.meta.title, this.width - markWidth - 16, s => doc.widthOfString(s)), MARGIN.left, 34, { lineBreak: false });
            doc.text(model.meta.confidential, MARGIN.left + this.width - markWidth, 34, { lineBreak: false });
            if (model.meta.draft) doc.font(FONT.bold).fontSize(10).fillColor('#b00020').text('UDKAST – indeholder fejl', MARGIN.left, 48, { width: this.width, align: 'center', lineBreak: false });
            doc.save().lineWidth(0.5).strokeColor('#b5bcc6').moveTo(MARGIN.left, 62).lineTo(MARGIN.left + this.width, 62).stroke().restore();
            const footerY = doc.page.height - 44;
            doc.font(FONT.regular).fontSize(8).fillColor('#555');
            doc.text(model.meta.confidential, MARGIN.left, footerY, { width: this.width * 0.7, lineBreak: false });
            doc.text(`Side ${i - range.start + 1} af ${range.count}`, MARGIN.left + this.width * 0.6, footerY, { width: this.width * 0.4, align: 'right', lineBreak: false });
            doc.endMarkedContent();
            doc.page.margins.bottom = bottomMargin;
        }
        doc.fillColor('#000');
    }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
    }
    return out;
}
