// pdfkit's standard font metrics (AFM data as modules) have no type declarations of their own.
declare module 'pdfkit/standard-fonts/Helvetica' {
    const font: { name: string };
    export default font;
}
