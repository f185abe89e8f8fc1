/**
 * What every report view in VS Code shares (the preview, "Sammenlign med …"): the report is a
 * document, paper in every theme, so its colours keep their contrast; a wide table scrolls inside a
 * narrow pane instead of being cut.
 */
export const PAPER_CSS = `
:root { --fg: #1b1b1b; --bg: #fff; }
html { background: #fff; }
table { display: block; overflow-x: auto; max-width: 100%; }`;

/** A note above a report (the LIX, a count of changes). */
export const NOTE_CSS = 'border-left: 4px solid #0b57d0; padding: .3rem .6rem; background: #eef3fd;';
