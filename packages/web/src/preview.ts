import type { LSPClient } from '@codemirror/lsp-client';
import { COMPARE, RENDER_HTML, type CompareParams, type CompareResult, type RenderHtmlParams, type RenderHtmlResult } from '@arbejdsevne/server/protocol';

/**
 * The report beside the text, rendered by the language server (the same HTML renderer as VS Code's
 * preview and the HTML export) into a shadow root: the report's stylesheet stays inside it. While
 * the text has syntax errors it keeps the last good render and says so.
 */
export class ReportPreview {
    private readonly root: ShadowRoot;
    private readonly body: HTMLElement;
    private readonly notice: HTMLElement;
    private lastGood: string | undefined;
    private styled = false;
    private generation = 0;

    constructor(host: HTMLElement, private readonly reveal: (line: number) => void) {
        this.root = host.attachShadow({ mode: 'open' });
        this.notice = document.createElement('p');
        this.notice.className = 'stale';
        this.notice.setAttribute('role', 'status');
        this.body = document.createElement('div');
        this.body.className = 'report';
        this.root.append(this.notice, this.body);
        this.body.addEventListener('click', event => {
            const section = (event.target as Element).closest<HTMLElement>('section[data-line]');
            if (section) this.reveal(Number(section.dataset.line));
        });
    }

    /** A new document: its first render replaces the old one outright. */
    reset(): void {
        this.lastGood = undefined;
        this.generation++;
        this.notice.textContent = '';
        this.body.replaceChildren();
    }

    /** The change report against `otherText` (the version saved in this browser), with a line saying how many changes. */
    async updateChanges(client: LSPClient, uri: string, otherText: string): Promise<void> {
        const generation = ++this.generation;
        let result: CompareResult;
        try {
            result = await client.request<CompareParams, CompareResult>(COMPARE, { uri, otherText, nonce: '' });
        } catch (error) {
            if (generation === this.generation) this.notice.textContent = `Ændringerne kan ikke vises: ${messageOf(error)}`;
            return;
        }
        if (generation !== this.generation) return;
        this.style(result.css);
        if (result.error || result.html === undefined) {
            this.notice.textContent = result.error ?? 'Ændringerne kan ikke vises.';
            return;
        }
        this.notice.textContent = '';
        const summary = document.createElement('p');
        summary.className = 'summary';
        summary.setAttribute('role', 'status');
        summary.textContent = result.count === 0 ? 'Ingen ændringer siden den gemte version.' : `${result.count === 1 ? '1 ændring' : `${result.count} ændringer`} siden den gemte version.`;
        // The server's HTML renderer escapes every text of the description (packages/report).
        this.body.innerHTML = result.html;
        this.body.prepend(summary);
    }

    private style(css: string): void {
        if (this.styled) return;
        // The report's own stylesheet, with the page's root rules moved to the shadow host.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css.replace(/:root\b/g, ':host').replace(/(^|[}\s,])body\s*\{/g, '$1.report {') + PREVIEW_CSS);
        this.root.adoptedStyleSheets = [sheet];
        this.styled = true;
    }

    async update(client: LSPClient, uri: string, appendix: boolean, version: 'fuld' | 'borger' = 'fuld'): Promise<RenderHtmlResult['readability']> {
        const generation = ++this.generation;
        let result: RenderHtmlResult;
        try {
            result = await client.request<RenderHtmlParams, RenderHtmlResult>(RENDER_HTML, { uri, nonce: '', appendix, version });
        } catch (error) {
            if (generation === this.generation) this.notice.textContent = `Rapporten kan ikke vises: ${messageOf(error)}`;
            return undefined;
        }
        if (generation !== this.generation) return undefined;
        this.style(result.css);
        let html = result.html;
        if (result.syntaxErrors && this.lastGood !== undefined) {
            html = this.lastGood;
            this.notice.textContent = 'Teksten har syntaksfejl – her vises den seneste gyldige version.';
        } else {
            this.notice.textContent = '';
            if (!result.syntaxErrors) this.lastGood = html;
        }
        // The server's HTML renderer escapes every text of the description (packages/report).
        this.body.innerHTML = html;
        return result.readability;
    }
}

const PREVIEW_CSS = `
:host { display: block; position: relative; background: #fff; color: #1b1b1b; }
.report { padding: 1rem 1.5rem; max-width: 52rem; }
.stale:empty { display: none; }
.stale { margin: .5rem 1rem; padding: .4rem .6rem; border: 2px solid #8a5300; color: #1b1b1b; background: #fff4e0; }
section[data-line]:hover { outline: 1px dashed #0b57d0; cursor: pointer; }
.summary { border-left: 4px solid #0b57d0; padding: .3rem .6rem; background: #eef3fd; }
`;

export function messageOf(error: unknown): string {
    if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
    return String(error);
}
