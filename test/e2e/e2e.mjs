// Drives code-server in Debian's Chromium (playwright-core): Problems panel, hover, report
// preview and PDF export of the Arbejdsevne extension. Prints "N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { openWorkbench } from './workbench.mjs';

const [url, shots, workspace] = process.argv.slice(2);
const canonical = fs.readFileSync(new URL('../../examples/fie-hansen.aev', import.meta.url), 'utf8');
// The canonical example saved decomposed (å as a + ring), its indentation damaged: formatting must
// restore the indentation and touch no letter.
const nfd = canonical.normalize('NFD');
fs.writeFileSync(path.join(workspace, 'nfd.aev'), nfd.replace(/^    (navn|ydelse|dato): /gm, '$1: '));
const { page, step, frameWith, command, exportPdf, openAndWaitForFinding, start, finish } = await openWorkbench(url, shots);

/** The Problems count in the status bar ("errors warnings"), once it has stopped changing (and, given `not`, differs from it). */
async function problemCount(not) {
    let last = '';
    let same = 0;
    for (let i = 0; i < 40; i++) {
        await page.waitForTimeout(1000);
        const now = (await page.locator('[id="status.problems"]').first().innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
        same = now && now === last ? same + 1 : 0;
        last = now;
        // Stable for three seconds: a settings file takes a moment to be noticed.
        if (same >= 3 && now !== not) return now;
    }
    return last;
}

function setWorkspaceSettings(settings) {
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify(settings));
}

async function notification(needle, timeout = 30000) {
    await page.locator('.notification-toast, .notifications-center', { hasText: needle }).first().waitFor({ timeout });
}

try {
    await start();
    await step('problems panel shows the rule id', () => openAndWaitForFinding('peter-lund.aev', 'BV-02'));
    await step('hover on a keyword shows Danish guidance', async () => {
        const keyword = page.locator('.monaco-editor .view-line span', { hasText: /^sagsforløb$/ }).first();
        await keyword.scrollIntoViewIfNeeded().catch(() => undefined);
        if (!(await keyword.isVisible())) {
            await page.locator('.monaco-editor .view-lines').first().click();
            await page.keyboard.press('Control+Home');
        }
        const target = page.locator('.monaco-editor .view-line span', { hasText: /^borger$/ }).first();
        const box = await target.boundingBox();
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Borgeren: navn, fødselsdato' });
        await hover.first().waitFor({ timeout: 20000 });
    });
    await step('the report preview opens with the citizen statement', async () => {
        await command('Arbejdsevne: Vis rapport ved siden af');
        await frameWith('Jeg kan ikke overskue noget lige nu');
    });
    await step('the preview switches to the citizen version and shows its LIX', async () => {
        let clicked = false;
        for (let i = 0; i < 30 && !clicked; i++) {
            for (const frame of page.frames()) {
                const button = frame.locator('button[data-version="borger"]');
                if (await button.count().catch(() => 0)) { await button.click(); clicked = true; break; }
            }
            if (!clicked) await page.waitForTimeout(1000);
        }
        if (!clicked) throw new Error('no "Borgerversion" button in the preview');
        const text = await frameWith('Læsbarhed for det, du og værktøjet har skrevet');
        if (!text.includes('Det sker nu')) throw new Error('the citizen version is not shown');
        for (const frame of page.frames()) {
            const button = frame.locator('button[data-version="fuld"]');
            if (await button.count().catch(() => 0)) { await button.click(); break; }
        }
        await frameWith('Beskæftigelse og uddannelse');
        // Back to the text: a click in the preview made its editor group the active one.
        await page.keyboard.press('Control+1');
    });
    await step('a settings change gives the same findings as before it, never doubled', async () => {
        const before = await problemCount();
        setWorkspaceSettings({ 'arbejdsevne.regler': { 'BV-02': 'fra' } });
        const changed = await problemCount(before);
        if (changed === before) throw new Error(`the setting did not apply (${before})`);
        for (let i = 0; i < 3; i++) {
            setWorkspaceSettings({ 'arbejdsevne.profil': i % 2 ? 'gældende_ret' : 'ds_anbefalinger' });
            await page.waitForTimeout(700);
        }
        setWorkspaceSettings({});
        const after = await problemCount(changed);
        if (after !== before) throw new Error(`before ${before}, after ${after}`);
    });
    await step('after a reload the preview comes back with its content', async () => {
        await page.reload();
        await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
        await frameWith('Jeg kan ikke overskue noget lige nu', 90000);
    });
    await step('formatting a decomposed (NFD) file fixes the indentation and touches no letter', async () => {
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'nfd.aev' }).first().click({ timeout: 30000 });
        await page.waitForTimeout(3000);
        await page.locator('.monaco-editor .view-lines').first().click();
        await command('Format Document');
        await page.waitForTimeout(2000);
        await page.keyboard.press('Control+S');
        const deadline = Date.now() + 30000;
        let text = '';
        while (Date.now() < deadline && (text = fs.readFileSync(path.join(workspace, 'nfd.aev'), 'utf8')) !== nfd) await page.waitForTimeout(500);
        if (text !== nfd) throw new Error('the formatted file differs from the decomposed canonical example');
        await page.keyboard.press('Control+Shift+M');
        await page.waitForTimeout(3000);
        if (await page.locator('.markers-panel .monaco-list-row', { hasText: 'nfd.aev' }).count()) throw new Error('the formatted file has findings');
    });
    // The code lens above the title runs the export for this file.
    await step('the PDF export command writes a PDF', () => exportPdf(workspace, 'fie-hansen.aev'));
    await step('export over a read-only PDF fails with a Danish message and leaves it untouched', async () => {
        const target = path.join(workspace, 'fie-hansen.pdf');
        const before = fs.readFileSync(target);
        fs.chmodSync(target, 0o444);
        await page.locator('.codelens-decoration a', { hasText: 'Eksportér PDF' }).first().click({ timeout: 30000 });
        await page.waitForFunction(() => [...document.querySelectorAll('.quick-input-box input')].some(i => i.value.endsWith('.pdf')), undefined, { timeout: 60000 });
        // Accept the suggested name, then code-server's "already exists" question: the writer must still refuse.
        const deadline = Date.now() + 30000;
        while (Date.now() < deadline && !(await page.locator('.notification-toast', { hasText: 'skrivebeskyttet' }).count())) {
            await page.waitForTimeout(1000);
            if (await page.locator('.quick-input-widget:visible').count()) await page.keyboard.press('Enter');
        }
        await notification('er skrivebeskyttet og er ikke ændret');
        if (!fs.readFileSync(target).equals(before)) throw new Error('the read-only PDF was changed');
        if ((fs.statSync(target).mode & 0o222) !== 0) throw new Error('the PDF became writable');
    });
    await step('a rule link in the Problems panel opens the rendered rule', async () => {
        await page.keyboard.press('Control+Shift+M');
        await page.locator('.markers-panel .monaco-list-row a', { hasText: 'BV-02' }).first().click({ timeout: 30000 });
        const deadline = Date.now() + 30000;
        let current = '';
        while (Date.now() < deadline && !current.includes('BV-02')) {
            for (const frame of page.frames()) current = (await frame.evaluate(() => document.querySelector('.current')?.textContent ?? '').catch(() => '')) || current;
            if (!current.includes('BV-02')) await page.waitForTimeout(1000);
        }
        if (!current.includes('BV-02')) throw new Error(`the rule view is not at BV-02 (${current || 'no view'})`);
    });
    await step('"Sammenlign med …" shows what changed since the version in git (HEAD)', async () => {
        fs.writeFileSync(path.join(workspace, 'over-tid.aev'), canonical.replace('    barriere angst:', '    barriere søvn: "Sover dårligt efter smerter om natten" kilde lægeattest\n    barriere angst:'));
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'over-tid.aev' }).first().click({ timeout: 30000 });
        await page.waitForTimeout(2000);
        await command('Arbejdsevne: Sammenlign med');
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Versionen i git (HEAD)' }).first().click({ timeout: 30000 });
        const text = await frameWith('Ændringer siden 20. november 2026');
        if (!text.includes('Ny barriere') || !text.includes('Sover dårligt efter smerter om natten')) throw new Error('the change report does not show the new barrier');
    });
    await step('"Vis regler" shows the rendered catalogue', async () => {
        await command('Arbejdsevne: Vis regler');
        const text = await frameWith('Regelkataloget');
        if (text.includes('<a id=') || text.includes('## ')) throw new Error('the catalogue is shown as raw markdown');
    });
    // Every step was done above (a file opened, the report shown, the rules shown, a PDF exported): all four are ticked.
    await step('the walkthrough ticks all four steps after they were done', async () => {
        await command('Welcome: Open Walkthrough');
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Kom i gang med Arbejdsevne' }).first().click({ timeout: 30000 });
        const steps = page.locator('.getting-started-step[data-step-id]');
        await steps.first().waitFor({ timeout: 30000 });
        const deadline = Date.now() + 20000;
        let done = 0;
        let total = 0;
        while (Date.now() < deadline) {
            total = await steps.count();
            done = await page.locator('.getting-started-step[data-step-id][aria-checked="true"]').count();
            if (total === 4 && done === 4) return;
            await page.waitForTimeout(1000);
        }
        throw new Error(`${done} of ${total} walkthrough steps are ticked`);
    });
} finally {
    await finish(13);
}
