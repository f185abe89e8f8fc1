import * as pdfkit from 'pdfkit';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';

/**
 * The report in a browser: pdfkit's browser build opens every document in Helvetica but ships no
 * standard fonts; its metrics are registered here (the report's text is in the embedded DejaVu
 * fonts, so Helvetica is never drawn). Import once, before the first PDF. Node needs none of this.
 */
(pdfkit as unknown as { registerStdFonts(...fonts: unknown[]): void }).registerStdFonts(Helvetica);
