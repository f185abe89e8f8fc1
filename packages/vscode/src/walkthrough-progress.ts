import * as vscode from 'vscode';

/**
 * Ticks the walkthrough's steps when the caseworker has done them, however the walkthrough is
 * opened. VS Code checks a step's `onContext:` event against the window's global context (where
 * `editorLangId`, an editor's key, is never set), and its walkthrough service hears commands only
 * while it runs: a window that opens on an editor starts it only when the walkthrough is opened,
 * so a step done before then stayed unticked. So each step is also marked done directly
 * (`welcome.markStepComplete`, which keeps the state even before the walkthrough is loaded), and
 * the context keys stay set for the completion events in package.json.
 */
export const STEP_KEYS = {
    aaben: 'arbejdsevne.beskrivelseAabnet',
    rapport: 'arbejdsevne.rapportVist',
    regler: 'arbejdsevne.reglerVist',
    eksport: 'arbejdsevne.eksporteret',
} as const;

const WALKTHROUGH = 'kom-i-gang';
let extensionId: string | undefined;
const marked = new Set<string>();

export function markStep(step: keyof typeof STEP_KEYS): void {
    void vscode.commands.executeCommand('setContext', STEP_KEYS[step], true);
    if (!extensionId || marked.has(step)) return;
    marked.add(step);
    // An internal command of VS Code's walkthrough: where it is missing (another editor), the context key is the way.
    void Promise.resolve(vscode.commands.executeCommand('welcome.markStepComplete', `${extensionId}#${WALKTHROUGH}#${step}`)).catch(() => undefined);
}

/** Step 1: a description is open (now, or whenever one is opened later). */
export function trackWalkthroughProgress(context: vscode.ExtensionContext): void {
    extensionId = context.extension.id;
    const isDescription = (document: vscode.TextDocument | undefined) => document?.languageId === 'arbejdsevne';
    if (vscode.workspace.textDocuments.some(isDescription)) markStep('aaben');
    context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(document => { if (isDescription(document)) markStep('aaben'); }));
}
