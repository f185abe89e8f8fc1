import DOMPurify from 'dompurify';
import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { lintKeymap } from '@codemirror/lint';
import { findReferencesKeymap, formatKeymap, hoverTooltips, jumpToDefinitionKeymap, LSPClient, renameKeymap, serverCompletion } from '@codemirror/lsp-client';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { nameHasCpr } from '@arbejdsevne/language/cpr-policy';
import { NEW_DESCRIPTION_OUTCOMES, NEW_SKELETON, type ExportFormat, type NewSkeletonParams, type NewSkeletonResult } from '@arbejdsevne/server/protocol';
import { aevLanguage } from './aev-language.js';
import { danishPhrases } from './danish-phrases.js';
import { editorTheme } from './editor-theme.js';
import { downloadReport, downloadText } from './downloads.js';
import { loadCatalog, type Catalog } from './catalog.js';
import { messageNode } from './message-text.js';
import { renderOutline } from './outline.js';
import { messageOf, ReportPreview } from './preview.js';
import { serverProblems, type Problem } from './problems.js';
import { renderProblems } from './problems-list.js';
import { clearAll, loadBaseline, loadDocument, remembers, saveBaseline, saveDocument, setRemember } from './storage.js';
import { workerTransport } from './worker-transport.js';

/** The playground: one description at a time, checked by the language server in a web worker. */

const started = performance.now();
const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = element('status');
/** A message in the header's status line; a failure in red (the same live region reads both). */
const say = (text: string, failed = false) => {
    status.textContent = text;
    status.classList.toggle('fejl', failed);
};

let current: { name: string; uri: string; view: EditorView; edited: boolean } | undefined;
let firstDiagnostics = true;
let version: 'fuld' | 'borger' | 'aendringer' = 'fuld';
const HEADINGS = { fuld: 'Rapport', borger: 'Borgerversion', aendringer: 'Ændringer siden gemt version' } as const;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

// The editor in a shadow root: CodeMirror's styles become constructed style sheets (no inline styles under the CSP).
const editorRoot = element('editor').attachShadow({ mode: 'open' });
const editorParent = editorRoot.appendChild(document.createElement('div'));
editorParent.className = 'editor-parent';
const editorSheet = new CSSStyleSheet();
editorSheet.replaceSync(':host { display: block; } .editor-parent { height: 100%; }');
editorRoot.adoptedStyleSheets = [editorSheet];

const preview = new ReportPreview(element('preview'), line => revealLine(line));

const client = new LSPClient({
    rootUri: 'file:///arbejdsevne/',
    timeout: 20_000,
    sanitizeHTML: html => DOMPurify.sanitize(html),
    extensions: [serverCompletion(), hoverTooltips(), serverProblems(onProblems)],
}).connect(workerTransport(new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'Arbejdsevne-sprogserver' })));

function onProblems(uri: string, problems: readonly Problem[]): void {
    if (!current || uri !== current.uri) return;
    if (firstDiagnostics) {
        firstDiagnostics = false;
        document.body.dataset.firstDiagnosticsMs = String(Math.round(performance.now() - started));
    }
    renderProblems(element('problems'), element('problems-heading'), problems, current.view, applied => {
        say(applied ? 'Rettelsen er indsat.' : 'Teksten er ændret siden tjekket – prøv igen om et øjeblik.', !applied);
    });
    clearTimeout(refreshTimer);
    const { uri: shown } = current;
    refreshTimer = setTimeout(() => {
        if (current?.uri !== shown) return;
        void refreshPreview(shown);
        void renderOutline(client, shown, element('outline'), position => {
            if (current) revealLine(position.line + 1);
        });
    }, 250);
}

async function refreshPreview(uri: string): Promise<void> {
    if (version === 'aendringer') {
        element('readability').textContent = '';
        const baseline = loadBaseline();
        await preview.updateChanges(client, uri, baseline && baseline.name === current?.name ? baseline.text : current?.view.state.doc.toString() ?? '');
        return;
    }
    const readability = await preview.update(client, uri, true, version);
    element('readability').textContent = version === 'borger' && readability ? readability.note : '';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.versions button')) {
    button.addEventListener('click', () => {
        version = button.dataset.version === 'borger' ? 'borger' : button.dataset.version === 'aendringer' ? 'aendringer' : 'fuld';
        for (const other of document.querySelectorAll('.versions button')) other.setAttribute('aria-pressed', String(other === button));
        element('preview-heading').textContent = HEADINGS[version];
        preview.reset();
        if (current) void refreshPreview(current.uri);
    });
}

function revealLine(line: number): void {
    if (!current) return;
    const { doc } = current.view.state;
    const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
    current.view.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
    current.view.focus();
}

/** Shows a description in the editor, as a new document for the server (its name gives the downloads' names). */
function open(name: string, text: string, keepBaseline = false): void {
    current?.view.destroy();
    preview.reset();
    element('problems').replaceChildren();
    element('problems-heading').textContent = 'Problemer: tjekker …';
    const uri = `file:///arbejdsevne/${encodeURIComponent(name)}`;
    const view = new EditorView({
        root: editorRoot,
        parent: editorParent,
        state: EditorState.create({
            doc: text,
            extensions: [
                danishPhrases,
                lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), history(), drawSelection(),
                bracketMatching(), closeBrackets(), highlightSelectionMatches(),
                aevLanguage, editorTheme,
                EditorView.lineWrapping,
                EditorView.contentAttributes.of({ 'aria-label': `Beskrivelsen ${name}`, tabindex: '0' }),
                keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap,
                    ...formatKeymap, ...renameKeymap, ...jumpToDefinitionKeymap, ...findReferencesKeymap]),
                client.plugin(uri, 'arbejdsevne'),
                EditorView.updateListener.of(update => {
                    if (!update.docChanged || !current) return;
                    current.edited = true;
                    saveDocument({ name: current.name, text: update.state.doc.toString() });
                }),
            ],
        }),
    });
    current = { name, uri, view, edited: false };
    // The text as opened is the version "Ændringer" compares with, until "Gem version" keeps a newer one;
    // a reload keeps the baseline of the same description.
    if (loadBaseline()?.name !== name || !keepBaseline) saveBaseline({ name, text });
    element('file-name').textContent = name;
    // The picker names the open example, or none.
    const picker = element<HTMLSelectElement>('example');
    picker.value = [...picker.options].find(option => option.dataset.name === name)?.value ?? '';
    saveDocument({ name, text });
}

/** Asks before a new text replaces one the user has typed in. */
function mayReplace(): boolean {
    return !current?.edited || confirm('Teksten i editoren bliver erstattet. Har du gemt den (Gem .aev)? Tryk OK for at fortsætte.');
}

function setUpExamples(catalog: Catalog): void {
    const select = element<HTMLSelectElement>('example');
    for (const group of catalog.groups) {
        const optgroup = Object.assign(document.createElement('optgroup'), { label: group.label });
        for (const [index, example] of group.items.entries()) {
            const option = new Option(example.title, `${catalog.groups.indexOf(group)}:${index}`);
            option.dataset.name = example.name;
            optgroup.append(option);
        }
        select.append(optgroup);
    }
    element('open-example').addEventListener('click', () => {
        const [group, index] = select.value.split(':').map(Number);
        const example = select.value ? catalog.groups[group]?.items[index] : undefined;
        if (!example) {
            say('Vælg et eksempel eller en øvelse i listen først.', true);
            select.focus();
            return;
        }
        if (!mayReplace()) return;
        open(example.name, example.text);
        say(`${example.title} er åbnet.`);
    });
}

function setUpNewDescription(outcomes: typeof NEW_DESCRIPTION_OUTCOMES): void {
    const dialog = element<HTMLDialogElement>('new-dialog');
    const purpose = element<HTMLSelectElement>('new-purpose');
    const granted = element<HTMLInputElement>('new-granted');
    const grantedRow = element('new-granted-row');
    const message = element('new-message');
    const hint = element('new-hint');
    for (const outcome of outcomes) purpose.append(new Option(outcome.label, outcome.formål));
    const showHint = () => { hint.textContent = outcomes.find(o => o.formål === purpose.value)?.detail ?? ''; };
    showHint();
    element('new').addEventListener('click', () => {
        message.textContent = '';
        grantedRow.hidden = true;
        granted.value = '';
        dialog.showModal();
    });
    purpose.addEventListener('change', () => { message.textContent = ''; grantedRow.hidden = true; granted.value = ''; showHint(); });
    element('new-cancel').addEventListener('click', () => dialog.close());
    element('new-form').addEventListener('submit', async event => {
        event.preventDefault();
        const params: NewSkeletonParams = { formål: purpose.value, bevilget: granted.value || undefined };
        const result = await client.request<NewSkeletonParams, NewSkeletonResult>(NEW_SKELETON, params);
        if (result.text !== undefined) {
            if (!mayReplace()) return;
            dialog.close();
            open(`ny-${purpose.value}.aev`, result.text);
            say(`En ny beskrivelse med formål ${purpose.selectedOptions[0]?.text} er oprettet. Udfyld felterne, der er markeret "udfyldes".`);
            return;
        }
        message.replaceChildren(messageNode(result.refusal ?? 'Beskrivelsen kunne ikke oprettes.'));
        if (result.needsGrantDate) {
            grantedRow.hidden = false;
            granted.focus();
        }
    });
}

/** Presentation mode: larger text for a projector; the outline and the toolbar fold away until it is turned off. */
function setUpPresentation(): void {
    const button = element<HTMLButtonElement>('presentation');
    button.addEventListener('click', () => {
        const on = document.body.classList.toggle('presentation');
        button.setAttribute('aria-pressed', String(on));
        current?.view.requestMeasure();
        say(on ? 'Præsentation: større tekst. Tryk på Præsentation igen for værktøjslinjen og dispositionen.' : 'Præsentation er slået fra.');
    });
}

/** The name a file with a CPR-shaped name gets instead. */
const SAFE_NAME = 'beskrivelse.aev';

function setUpFiles(): void {
    const input = element<HTMLInputElement>('file');
    input.addEventListener('change', async () => {
        const file = input.files?.[0];
        input.value = '';
        if (!file || !mayReplace()) return;
        // A CPR number in a file name ends up in the downloads folder, backups and mails: the file is opened under a safe name.
        if (nameHasCpr(file.name)) {
            open(SAFE_NAME, await file.text());
            say(`Filnavnet ligner et CPR-nummer, så filen er åbnet som ${SAFE_NAME}, og rapporterne får det navn. Gem den under et navn uden CPR-nummer (fx borgerens initialer og sagens dato).`, true);
            return;
        }
        open(file.name.endsWith('.aev') ? file.name : `${file.name}.aev`, await file.text());
        say(`${file.name} er åbnet. Teksten bliver kun i denne browser.`);
    });
    element('snapshot').addEventListener('click', () => {
        if (!current) return;
        saveBaseline({ name: current.name, text: current.view.state.doc.toString() });
        say('Versionen er gemt i denne browser. Vælg Ændringer ved rapporten for at se, hvad du ændrer herfra.');
        if (version === 'aendringer') void refreshPreview(current.uri);
    });
    element('save').addEventListener('click', () => {
        if (!current) return;
        const name = nameHasCpr(current.name) ? SAFE_NAME : current.name;
        downloadText(name, current.view.state.doc.toString());
        current.edited = false;
        say(name === current.name ? `${name} er hentet.` : `Navnet ligner et CPR-nummer; filen er hentet som ${name}.`, name !== current.name);
    });
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
        button.addEventListener('click', async () => {
            if (!current) return;
            button.disabled = true;
            say('Rapporten laves …');
            try {
                say(await downloadReport(client, current.uri, button.dataset.export as ExportFormat, true));
            } catch (error) {
                say(`Rapporten kunne ikke laves: ${messageOf(error)}`, true);
            } finally {
                button.disabled = false;
            }
        });
    }
}

function setUpPrivacy(welcome: { name: string; text: string }): void {
    const remember = element<HTMLInputElement>('remember');
    remember.checked = remembers();
    remember.addEventListener('change', () => {
        setRemember(remember.checked, current && { name: current.name, text: current.view.state.doc.toString() });
        say(remember.checked ? 'Teksten bliver husket i denne browser, også når fanen lukkes. Tryk "Ryd alt" på en fælles pc.' : 'Teksten bliver kun husket, mens fanen er åben.');
    });
    element('clear').addEventListener('click', () => {
        if (!confirm(`Slet teksten i editoren og alt, hvad øvelsesrummet har gemt i denne browser? Bagefter vises eksemplet ${welcome.name} igen.`)) return;
        clearAll();
        remember.checked = false;
        open(welcome.name, welcome.text);
        current!.edited = false;
        say('Alt er slettet fra denne browser.');
    });
}

const catalog = await loadCatalog();
setUpExamples(catalog);
setUpNewDescription(NEW_DESCRIPTION_OUTCOMES);
setUpFiles();
setUpPresentation();
setUpPrivacy(catalog.welcome);
const saved = loadDocument();
open(saved?.name ?? catalog.welcome.name, saved?.text ?? catalog.welcome.text, true);
