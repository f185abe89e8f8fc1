import { matrixRowLabel } from '../model/matrix-label.js';
import {
    AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
    TableRow, TextRun, WidthType,
} from 'docx';
import type { Matrix, ReportBlock, ReportModel, RowEmphasis, Timeline } from '../model/types.js';
import { danishLongDate } from '@arbejdsevne/language/dates';

const DANISH = { value: 'da-DK' } as const;
/** A4 (11,906 twips) less Word's default margins of one inch on each side. */
const TEXT_WIDTH = 11906 - 2 * 1440;

/** The report as a Word document: real headings, tables, the citizen's words in the Quote style, page numbers. */
export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
    const created = new Date(`${model.meta.date}T12:00:00Z`);
    const children: Array<Paragraph | Table> = [
        new Paragraph({ children: [new TextRun({ text: model.header.title, language: DANISH })], heading: HeadingLevel.TITLE }),
        ...(model.meta.draft ? [new Paragraph({ children: [new TextRun({ text: 'UDKAST – indeholder fejl', bold: true, color: 'B00020' })] })] : []),
        factsTable(model.header.rows),
    ];
    for (const section of model.sections) {
        children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
        for (const block of section.blocks) children.push(...renderBlock(block));
    }
    const document = new Document({
        creator: 'Arbejdsevne',
        title: model.meta.title,
        subject: model.meta.subject,
        description: model.meta.ruleSet,
        lastModifiedBy: 'Arbejdsevne',
        revision: 1,
        styles: {
            // Danish for spelling and hyphenation; some air between paragraphs.
            // A font every Word has (the PDF embeds DejaVu Sans; a Word document names what Word can show, or Word substitutes silently).
            default: { document: { run: { font: 'Arial', size: 20, language: DANISH }, paragraph: { spacing: { after: 120, line: 276 } } } },
            paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true,
                run: { italics: true, color: '1F4E79' }, paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: '1F4E79', space: 8 } } } }],
        },
        sections: [{
            properties: {},
            headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${model.meta.title} – ${model.meta.confidential}`, size: 16, color: '555555' }),
                ...(model.meta.draft ? [new TextRun({ text: '  UDKAST – indeholder fejl', bold: true, size: 16, color: 'B00020' })] : [])] })] }) },
            footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [
                new TextRun({ text: `${model.meta.confidential}    Side `, size: 16, color: '555555' }),
                new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '555555' }),
                new TextRun({ text: ' af ', size: 16, color: '555555' }),
                new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '555555' }),
            ] })] }) },
            children,
        }],
    });
    const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
    return fixDates(bytes, created);
}

/** docx stamps core.xml with the clock: set both dates to the report date so the bytes repeat. */
async function fixDates(bytes: Uint8Array, created: Date): Promise<Uint8Array> {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const core = await zip.file('docProps/core.xml')!.async('string');
    zip.file('docProps/core.xml', core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`)
        .replace('</cp:coreProperties>', '<dc:language>da-DK</dc:language></cp:coreProperties>'));
    const fixed = new Date(`${created.toISOString().slice(0, 10)}T00:00:00Z`);
    zip.forEach((_, file) => { file.date = fixed; });
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function cell(text: string, header = false, shade?: string, width?: number): TableCell {
    return new TableCell({
        ...(width ? { width: { size: width, type: WidthType.DXA } } : {}),
        children: text.split('\n').map(line => new Paragraph({ children: [new TextRun({ text: line, bold: header })] })),
        shading: shade ? { type: ShadingType.CLEAR, fill: shade, color: 'auto' } : header ? { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' } : undefined,
    });
}

/** Column widths in twips from the model's weights (equal without them), so Word and LibreOffice agree. */
function columnWidths(count: number, weights?: readonly number[]): number[] {
    const w = weights?.length === count ? weights : Array.from({ length: count }, () => 1);
    const total = w.reduce((a, b) => a + b, 0);
    return w.map(x => Math.round((TEXT_WIDTH * x) / total));
}

const EMPHASIS_FILL: Record<RowEmphasis, string> = { fejl: 'F6D5DA', advarsel: 'FBEBC0' };

function table(columns: string[] | undefined, rows: string[][], weights?: readonly number[], emphasis?: ReadonlyArray<RowEmphasis | undefined>): Table {
    const count = columns?.length ?? rows[0]?.length ?? 1;
    const widths = columnWidths(count, weights);
    return new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: widths,
        rows: [
            ...(columns ? [new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, true, undefined, widths[i])) })] : []),
            ...rows.map((r, row) => new TableRow({ children: r.map((c, i) => cell(c, emphasis?.[row] === 'fejl', emphasis?.[row] ? EMPHASIS_FILL[emphasis[row]!] : undefined, widths[i])) })),
        ],
    });
}

function factsTable(rows: Array<[string, string]>): Table {
    return table(undefined, rows.map(([k, v]) => [k, v]), [1, 2]);
}

function timelineTable(timeline: Timeline): Table {
    return table(['Forløb', 'Gruppe', 'Fra', 'Til'], timeline.bars.map(b => [b.label, b.group, danishLongDate(b.from), b.open ? 'nu' : danishLongDate(b.to)]));
}

function matrixTable(matrix: Matrix): Table {
    // The barrier column takes what the measure columns leave.
    const widths = columnWidths(matrix.columns.length + 1, [Math.max(3, matrix.columns.length), ...matrix.columns.map(() => 1)]);
    return new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: widths,
        rows: [
            new TableRow({ tableHeader: true, children: [cell('Barriere', true, undefined, widths[0]), ...matrix.columns.map((c, j) => cell(c, true, undefined, widths[j + 1]))] }),
            ...matrix.rows.map((_row, i) => new TableRow({ children: [
                cell(matrixRowLabel(matrix, i), matrix.uncovered[i], matrix.uncovered[i] ? 'F6D5DA' : undefined, widths[0]),
                ...matrix.cells[i].map((hit, j) => cell(hit ? '●' : '', false, matrix.uncovered[i] ? 'F6D5DA' : undefined, widths[j + 1])),
            ] })),
        ],
    });
}

function caption(text: string): Paragraph {
    return new Paragraph({ children: [new TextRun({ text, bold: true, size: 18 })] });
}

function renderBlock(block: ReportBlock): Array<Paragraph | Table> {
    switch (block.kind) {
        case 'paragraph':
            return [
                ...(block.label ? [new Paragraph({ children: [new TextRun({ text: block.label, bold: true })] })] : []),
                ...block.text.split('\n').map(line => new Paragraph({ text: line })),
            ];
        case 'quote':
            return [
                // One quote, its lines kept as written (as in HTML and PDF): line breaks, not new paragraphs.
                new Paragraph({ style: 'Quote', children: block.text.split('\n').map((text, i) => new TextRun({ text, break: i ? 1 : undefined })) }),
                ...(block.caption ? [new Paragraph({ children: [new TextRun({ text: block.caption, size: 16, color: '555555' })] })] : []),
            ];
        case 'facts': return [factsTable(block.rows)];
        case 'list': return block.items.map(item => new Paragraph({ text: item, bullet: { level: 0 } }));
        case 'table': return [caption(block.caption), table(block.columns, block.rows, block.widths, block.emphasis)];
        case 'timeline': return [caption(block.caption), timelineTable(block.timeline), new Paragraph({ text: block.alt })];
        case 'matrix': return [caption(block.caption), matrixTable(block.matrix), new Paragraph({ text: block.alt })];
    }
}
