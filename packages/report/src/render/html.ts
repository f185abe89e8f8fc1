import { CONFIDENTIAL } from '../model/types.js';
import { matrixRowLabel } from '../model/matrix-label.js';
import type { Matrix, ReportBlock, ReportModel } from '../model/types.js';
import { escapeXml as e } from './escape.js';
import { timelineSvg } from './svg.js';

export interface HtmlOptions {
    /** A nonce for the <style> element, for a webview with a strict Content-Security-Policy. */
    nonce?: string;
    /** Only the body's content (for the VS Code preview, which wraps it). */
    fragment?: boolean;
}

/** Screen and print styles; the colours follow VS Code's theme when shown in its preview. */
export const REPORT_CSS = `
:root { --fg: var(--vscode-editor-foreground, #1b1b1b); --bg: var(--vscode-editor-background, #fff); --muted: #5f6368; --line: #c9ccd1; --accent: #1f4e79; --warn: #b00020; }
body { font-family: "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: var(--fg); background: var(--bg); line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; color: var(--accent); margin: 0 0 .5rem; } h2 { font-size: 1.2rem; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
.confidential { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.draft { border: 2px solid var(--warn); color: var(--warn); font-weight: bold; padding: .3rem .6rem; display: inline-block; margin: .5rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; } caption { text-align: left; font-weight: bold; padding: .2rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; hyphens: auto; } th { background: rgba(127,127,127,.12); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; }
blockquote { border-left: 4px solid var(--accent); margin: .8rem 0; padding: .4rem 1rem; font-style: italic; white-space: pre-line; }
blockquote footer { font-style: normal; font-size: .85rem; color: var(--muted); margin-top: .3rem; }
p { white-space: pre-line; } .label { font-weight: bold; display: block; }
figure { margin: 1rem 0; } figure svg { width: 100%; height: auto; } figcaption { font-size: .85rem; color: var(--muted); }
.tl-label, .tl-tick { font: 11px "DejaVu Sans", sans-serif; fill: currentColor; } .tl-marker { font: 11px "DejaVu Sans", sans-serif; fill: #c00; }
tr.uncovered th, tr.uncovered td { background: rgba(176,0,32,.12); font-weight: bold; } td.mark { text-align: center; }
tr.fejl td { background: rgba(176,0,32,.12); font-weight: bold; } tr.advarsel td { background: rgba(230,170,0,.18); }
section[data-line] { cursor: default; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } table, figure, blockquote { break-inside: avoid; } thead { display: table-header-group; } }
/* Printed: the confidentiality mark and the page number on every page, UDKAST too for a draft. */
@page { size: A4; margin: 2.2cm 1.8cm 2cm;
  @top-left { content: "${CONFIDENTIAL}"; font: 8pt "DejaVu Sans", sans-serif; color: #5f6368; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages); font: 8pt "DejaVu Sans", sans-serif; color: #5f6368; } }
@page udkast { @top-right { content: "UDKAST – indeholder fejl"; font: bold 9pt "DejaVu Sans", sans-serif; color: #b00020; } }
@media print { body.udkast { page: udkast; } }
`;

function matrixTable(matrix: Matrix, caption: string): string {
    const head = `<tr><th scope="col">Barriere</th>${matrix.columns.map(c => `<th scope="col">${e(c)}</th>`).join('')}</tr>`;
    const rows = matrix.rows.map((_row, i) => {
        const cells = matrix.cells[i].map(hit => `<td class="mark">${hit ? '● <span class="sr">adresseret</span>' : ''}</td>`).join('');
        return `<tr${matrix.uncovered[i] ? ' class="uncovered"' : ''}><th scope="row">${e(matrixRowLabel(matrix, i))}</th>${cells}</tr>`;
    }).join('');
    return `<table class="matrix"><caption>${e(caption)}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

function renderBlock(block: ReportBlock, id: string): string {
    switch (block.kind) {
        case 'paragraph':
            return `<p>${block.label ? `<span class="label">${e(block.label)}</span>` : ''}${e(block.text)}</p>`;
        case 'quote':
            return `<blockquote><p>${e(block.text)}</p>${block.caption ? `<footer>${e(block.caption)}</footer>` : ''}</blockquote>`;
        case 'facts':
            return `<dl class="facts">${block.rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
        case 'list':
            return `<ul>${block.items.map(i => `<li>${e(i)}</li>`).join('')}</ul>`;
        case 'table':
            return `<table><caption>${e(block.caption)}</caption><thead><tr>${block.columns.map(c => `<th scope="col">${e(c)}</th>`).join('')}</tr></thead>`
                + `<tbody>${block.rows.map((r, i) => `<tr${block.emphasis?.[i] ? ` class="${block.emphasis[i]}"` : ''}>${r.map(c => `<td>${e(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
        case 'timeline':
            return `<figure>${timelineSvg(block.timeline, block.alt, id)}<figcaption>${e(block.caption)}. ${e(block.alt)}</figcaption></figure>`;
        case 'matrix':
            return `<figure>${matrixTable(block.matrix, block.caption)}<figcaption>${e(block.alt)}</figcaption></figure>`;
    }
}

/** The report as one self-contained HTML page (no scripts, no remote resources). */
export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
    const header = `<header><p class="confidential">${e(model.meta.confidential)}</p>`
        + (model.meta.draft ? '<p class="draft" role="note">UDKAST – indeholder fejl</p>' : '')
        + `<h1>${e(model.header.title)}</h1><dl class="facts">${model.header.rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl></header>`;
    const sections = model.sections.map((s, si) => `<section id="${e(s.id)}"${s.line ? ` data-line="${s.line}"` : ''}><h2>${e(s.title)}</h2>${s.blocks.map((b, bi) => renderBlock(b, `fig-${si}-${bi}`)).join('')}</section>`).join('');
    const body = `<main>${header}${sections}</main>`;
    if (options.fragment) return body;
    const nonce = options.nonce ? ` nonce="${e(options.nonce)}"` : '';
    return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
        + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${options.nonce ? `'nonce-${e(options.nonce)}'` : "'unsafe-inline'"}; img-src data:">`
        + `<title>${e(model.meta.title)}</title><style${nonce}>${REPORT_CSS}</style></head><body${model.meta.draft ? ' class="udkast"' : ''}>${body}</body></html>\n`;
}
