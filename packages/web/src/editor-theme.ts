import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/**
 * The editor's look, from the page's colour variables (style.css: light and dark, 4.5:1). The
 * editor lives in a shadow root, so CodeMirror's styles go in as constructed style sheets and the
 * page's Content-Security-Policy needs no inline styles.
 */
export const editorTheme = [
    EditorView.theme({
        // The page's presentation mode makes the editor's text larger (a custom property reaches into the shadow root).
        '&': { height: '100%', backgroundColor: 'var(--bg)', color: 'var(--fg)', fontSize: 'var(--editor-font-size, 15px)' },
        '.cm-scroller': { fontFamily: '"DejaVu Sans Mono", Consolas, "Liberation Mono", monospace', lineHeight: '1.5' },
        '.cm-content': { caretColor: 'var(--fg)' },
        '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
        '.cm-gutters': { backgroundColor: 'var(--panel)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
        '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
        '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)', color: 'var(--fg)' },
        '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': { backgroundColor: 'var(--selection)' },
        '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '-3px' },
        '.cm-selectionMatch': { backgroundColor: 'var(--selection-match)' },
        '.cm-tooltip, .cm-panels': { backgroundColor: 'var(--panel)', color: 'var(--fg)', border: '1px solid var(--border)' },
        '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)' },
        '.cm-tooltip-hover': { maxWidth: '38rem', padding: '.2rem .5rem' },
        '.cm-diagnosticText': { whiteSpace: 'pre-wrap' },
        '.cm-diagnostic-error': { borderLeftColor: 'var(--error)' },
        '.cm-diagnostic-warning': { borderLeftColor: 'var(--warning)' },
        '.cm-diagnosticAction': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)', font: 'inherit', fontSize: '.9em' },
        '.cm-diagnosticSource': { color: 'var(--muted)', opacity: '1' },
        '.cm-panel input, .cm-panel button, .cm-panel label': { color: 'var(--fg)', font: 'inherit', fontSize: '.9em' },
        '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--bg)', border: '1px solid var(--border)' },
        '.cm-textfield': { backgroundColor: 'var(--bg)', border: '1px solid var(--border)' },
        // The kind icons are glyphs the bundled fonts may lack (empty boxes): the detail names the kind.
        '.cm-completionIcon': { display: 'none' },
        '.cm-completionDetail': { color: 'var(--muted)', fontStyle: 'normal' },
        '.cm-diagnosticText code, .cm-tooltip code': { fontFamily: 'inherit', backgroundColor: 'var(--bg)', padding: '0 .2em', borderRadius: '3px' },
        '.cm-foldPlaceholder': { backgroundColor: 'var(--panel)', color: 'var(--fg)' },
    }),
    syntaxHighlighting(HighlightStyle.define([
        { tag: tags.keyword, color: 'var(--keyword)', fontWeight: '600' },
        { tag: tags.string, color: 'var(--string)' },
        { tag: [tags.lineComment, tags.blockComment], color: 'var(--comment)', fontStyle: 'italic' },
        { tag: tags.number, color: 'var(--number)' },
        { tag: tags.variableName, color: 'var(--name)' },
    ])),
];
