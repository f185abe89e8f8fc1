// What both end-to-end scripts share: Chromium on code-server, numbered steps with a screenshot
// each, opening a file until its findings show, finding text in the webviews, running a command,
// and the PDF export through the code lens.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Opens Chromium (a fresh profile) on the workbench at `url`; screenshots go to `shots` as `<prefix><n>-<step>.png`. */
export async function openWorkbench(url, shots, prefix = '') {
    fs.mkdirSync(shots, { recursive: true });
    const base = process.env.E2E_DIR ?? path.join(os.tmpdir(), 'arbejdsevne-e2e');
    const profile = fs.mkdtempSync(path.join(base, 'chrome-'));
    const t0 = Date.now();
    const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
    const results = [];
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1500, height: 950 },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        env: { ...process.env, HOME: `${base}/home`, XDG_CONFIG_HOME: `${base}/home/.config`, XDG_CACHE_HOME: `${base}/home/.cache` },
    });
    const page = context.pages()[0] ?? await context.newPage();

    const bench = {
        page, log, results,
        /** Opens the workbench and waits for it. */
        async start() {
            await page.goto(url);
            await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
            log('workbench up');
        },
        async step(name, fn) {
            try {
                await fn();
                results.push([name, true]);
                log('ok  ', name);
            } catch (error) {
                results.push([name, false]);
                log('FAIL', name, error.message.split('\n')[0]);
            }
            await page.screenshot({ path: path.join(shots, `${prefix}${results.length}-${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
        },
        /** The text of every frame (the webviews), until one holds `needle`. */
        async frameWith(needle, timeout = 60000) {
            const deadline = Date.now() + timeout;
            while (Date.now() < deadline) {
                for (const frame of page.frames()) {
                    const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
                    if (text.includes(needle)) return text;
                }
                await page.waitForTimeout(1000);
            }
            throw new Error(`no view shows "${needle}"`);
        },
        async command(title) {
            await page.keyboard.press('Control+Shift+P');
            await page.locator('.quick-input-widget .quick-input-box input:visible').first().waitFor({ timeout: 10000 });
            await page.keyboard.type(title);
            await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15000 });
            await page.keyboard.press('Enter');
        },
        /** Opens `file` from the explorer and waits until the Problems panel lists `ruleId`. */
        async openAndWaitForFinding(file, ruleId) {
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click({ timeout: 30000 });
            await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
            await page.keyboard.press('Control+Shift+M');
            await page.locator('.markers-panel .monaco-list-row', { hasText: ruleId }).first().waitFor({ timeout: 90000 });
        },
        /** "Eksportér PDF" from the code lens of `file` in `workspace`, accepting the suggested name: the PDF must appear. */
        async exportPdf(workspace, file) {
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click();
            await page.waitForTimeout(1500);
            await page.locator('.codelens-decoration a', { hasText: 'Eksportér PDF' }).first().click({ timeout: 30000 });
            // code-server's save dialog is a quick input holding the suggested path.
            await page.waitForFunction(() => [...document.querySelectorAll('.quick-input-box input')].some(i => i.value.endsWith('.pdf')), undefined, { timeout: 60000 });
            await page.keyboard.press('Enter');
            await page.waitForTimeout(1000);
            // A confirmation may follow; accept it too.
            if (await page.locator('.quick-input-widget:visible').count()) await page.keyboard.press('Enter');
            const target = path.join(workspace, file.replace(/\.aev$/, '.pdf'));
            const deadline = Date.now() + 60000;
            while (!fs.existsSync(target) && Date.now() < deadline) await page.waitForTimeout(500);
            if (!fs.existsSync(target)) throw new Error('no PDF was written');
            if (fs.readFileSync(target).subarray(0, 5).toString() !== '%PDF-') throw new Error('the file is not a PDF');
        },
        /** Closes the browser, prints "N passed, N failed" and exits 0 only if all `expected` steps passed. */
        async finish(expected) {
            await context.close();
            fs.rmSync(profile, { recursive: true, force: true });
            const passed = results.filter(r => r[1]).length;
            console.log(`${passed} passed, ${results.length - passed} failed`);
            process.exit(passed === results.length && results.length === expected ? 0 : 1);
        },
    };
    return bench;
}
