import * as vscode from 'vscode';

/**
 * The description a command is for: the one in the active editor, else one the user picks from the
 * workspace (a walkthrough button or the command palette may be used with no .aev file open).
 */
export async function pickDescription(uriArg?: string | vscode.Uri): Promise<vscode.Uri | undefined> {
    if (uriArg) return typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg;
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'arbejdsevne') return active.uri;
    const visible = vscode.window.visibleTextEditors.find(e => e.document.languageId === 'arbejdsevne');
    if (visible) return visible.document.uri;
    const files = await vscode.workspace.findFiles('**/*.aev', '**/node_modules/**', 200);
    if (files.length === 0) {
        const create = 'Ny beskrivelse';
        const answer = await vscode.window.showWarningMessage('Der er ingen arbejdsevnebeskrivelse (.aev) i mappen. Opret en ny, eller åbn en mappe med sager.', create);
        if (answer === create) await vscode.commands.executeCommand('arbejdsevne.nyBeskrivelse');
        return undefined;
    }
    const items = files.map(uri => ({ label: vscode.workspace.asRelativePath(uri), uri })).sort((a, b) => a.label.localeCompare(b.label, 'da'));
    const picked = await vscode.window.showQuickPick(items, { title: 'Vælg en beskrivelse', placeHolder: 'Hvilken .aev-fil?' });
    if (!picked) return undefined;
    await vscode.window.showTextDocument(picked.uri, { preview: false });
    return picked.uri;
}
