import * as fontkit from 'fontkit';

/**
 * Every place the report reaches past pdfkit's and fontkit's typed API, named and typed here and
 * nowhere else (checked against pdfkit 0.20 and fontkit 2.0: an upgrade re-reads this file).
 */

type Doc = PDFKit.PDFDocument;

/** fontkit opens bytes (a Uint8Array in the browser, a Node buffer in Node): its types name only the Node one. */
export function openFont(bytes: Uint8Array): fontkit.Font {
    return fontkit.create(bytes as unknown as Buffer) as fontkit.Font;
}

/** pdfkit takes a parsed fontkit font wherever it takes font bytes (its font factory checks for one); its types do not say so. */
export function asFontSource(font: fontkit.Font): PDFKit.Mixins.PDFFontSource {
    return font as unknown as PDFKit.Mixins.PDFFontSource;
}

/** pdfkit writes the title into XMP unescaped: escape it there only (the Info dictionary keeps the text). */
export function escapeXmpInfo(doc: Doc): void {
    const self = doc as unknown as { _addInfo: () => void; info: Record<string, unknown> };
    const original = self._addInfo.bind(doc);
    self._addInfo = () => {
        const info = self.info;
        self.info = Object.fromEntries(Object.entries(info).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : v]));
        try {
            original();
        } finally {
            self.info = info;
        }
    };
}

/**
 * pdfkit applies the document's `font` option again on every page it adds itself (text running
 * over a page break): a quote in italics went upright on its second page. Once is enough.
 */
export function forgetDocumentFont(doc: Doc): void {
    delete (doc as unknown as { options: { font?: unknown } }).options.font;
}

/** Adds a description to the document's XMP metadata. */
export function appendXmp(doc: Doc, xml: string): void {
    (doc as unknown as { appendXML(xml: string): void }).appendXML(xml);
}

/** The current font and size, as a key for caches of widths. */
export function fontStateKey(doc: Doc): string {
    const state = doc as unknown as { _font?: { name?: string }; _fontSize?: number };
    return `${state._font?.name}|${state._fontSize}`;
}

/** A header cell says what it heads (PDF/UA): the column below it. */
export function markColumnHeader(element: PDFKit.PDFStructureElement): void {
    (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = { O: 'Table', Scope: 'Column' };
}

/** A label cell heads its row (PDF/UA), as in the report's facts: "Alder" for "42 år". */
export function markRowHeader(element: PDFKit.PDFStructureElement): void {
    (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = { O: 'Table', Scope: 'Row' };
}

/** fontkit decodes a table when it is first read: reading it decodes it. */
export function readTable(font: fontkit.Font, tag: string): unknown {
    return (font as unknown as Record<string, unknown>)[tag];
}

/** The `head` table's revision and checksum: what identifies a font file. */
export function fontHead(font: fontkit.Font): { checkSumAdjustment: number; revision: number } {
    return readTable(font, 'head') as { checkSumAdjustment: number; revision: number };
}

/** The decoded `post` table. */
export function postTable(font: fontkit.Font): Record<string, unknown> {
    return readTable(font, 'post') as Record<string, unknown>;
}

/** Gives fontkit a decoded table before it decodes it itself (fontkit keeps decoded tables in `_tables`). */
export function seedTable(font: fontkit.Font, tag: string, table: unknown): void {
    const tables = (font as unknown as { _tables?: Record<string, unknown> })._tables;
    if (tables && !(tag in tables)) tables[tag] = table;
}

/** Replaces the font's `layout`, the one pdfkit calls for every word (fontkit's is a method of the font). */
export function replaceLayout(font: fontkit.Font, layout: (text: string, ...rest: unknown[]) => fontkit.GlyphRun): void {
    (font as { layout: unknown }).layout = layout;
}

/** Replaces the font's `createSubset`, which pdfkit calls once per document and face. */
export function replaceCreateSubset(font: fontkit.Font, create: () => fontkit.Subset): void {
    (font as { createSubset: unknown }).createSubset = create;
}

/** The glyph ids a subset holds, in order (fontkit keeps them in `glyphs`). */
export function subsetGlyphs(subset: fontkit.Subset): readonly number[] {
    return (subset as fontkit.Subset & { glyphs: number[] }).glyphs;
}
