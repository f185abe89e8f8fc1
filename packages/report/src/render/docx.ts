import { matrixRowLabel } from '../model/matrix-label.js';
import {
    AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
    TableRow, TextRun, WidthType,
} from 'docx';
import type { Matrix, ReportBlock, ReportModel, Timeline } from '../model/types.js';
import { danishLongDate } from '@arbejdsevne/language';

/** The report as a Word document: real headings, tables, the citizen's words in the Quote style, page numbers. */
export async function renderDocx(model: ReportModel): Promise<Uint8Array> {
    const created = new Date(`${model.meta.date}T12:00:00Z`);
    const children: Array<Paragraph | Table> = [
        new Paragraph({ text: model.header.title, heading: HeadingLevel.TITLE }),
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
            default: { document: { run: { font: 'DejaVu Sans', size: 20 } } },
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
    zip.file('docProps/core.xml', core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`));
    const fixed = new Date(`${created.toISOString().slice(0, 10)}T00:00:00Z`);
    zip.forEach((_, file) => { file.date = fixed; });
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function cell(text: string, header = false, shade?: string): TableCell {
    return new TableCell({
        children: text.split('\n').map(line => new Paragraph({ children: [new TextRun({ text: line, bold: header })] })),
        shading: shade ? { type: ShadingType.CLEAR, fill: shade, color: 'auto' } : header ? { type: ShadingType.CLEAR, fill: 'E8EDF3', color: 'auto' } : undefined,
    });
}

function table(columns: string[] | undefined, rows: string[][]): Table {
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
            ...(columns ? [new TableRow({ tableHeader: true, children: columns.map(c => cell(c, true)) })] : []),
            ...rows.map(r => new TableRow({ children: r.map(c => cell(c)) })),
        ],
    });
}

function factsTable(rows: Array<[string, string]>): Table {
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map(([k, v]) => new TableRow({ children: [cell(k, true), cell(v)] })) });
}

function timelineTable(timeline: Timeline): Table {
    return table(['Forløb', 'Gruppe', 'Fra', 'Til'], timeline.bars.map(b => [b.label, b.group, danishLongDate(b.from), b.open ? 'nu' : danishLongDate(b.to)]));
}

function matrixTable(matrix: Matrix): Table {
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
            new TableRow({ tableHeader: true, children: [cell('Barriere', true), ...matrix.columns.map(c => cell(c, true))] }),
            ...matrix.rows.map((_row, i) => new TableRow({ children: [
                cell(matrixRowLabel(matrix, i), matrix.uncovered[i], matrix.uncovered[i] ? 'F6D5DA' : undefined),
                ...matrix.cells[i].map(hit => cell(hit ? '●' : '', false, matrix.uncovered[i] ? 'F6D5DA' : undefined)),
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
                ...block.text.split('\n').map(line => new Paragraph({ text: line, style: 'Quote' })),
                ...(block.caption ? [new Paragraph({ children: [new TextRun({ text: block.caption, size: 16, color: '555555' })] })] : []),
            ];
        case 'facts': return [factsTable(block.rows)];
        case 'list': return block.items.map(item => new Paragraph({ text: item, bullet: { level: 0 } }));
        case 'table': return [caption(block.caption), table(block.columns, block.rows)];
        case 'timeline': return [caption(block.caption), timelineTable(block.timeline), new Paragraph({ text: block.alt })];
        case 'matrix': return [caption(block.caption), matrixTable(block.matrix), new Paragraph({ text: block.alt })];
    }
}
