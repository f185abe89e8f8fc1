// The extension as a web extension (package.json "browser") in code-server's web worker extension
// host, forced there with "remote.extensionKind": its language server runs in a web worker of the
// browser, and no Node language server process may start. Prints "N passed, N failed".
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [url, shots, workspace] = process.argv.slice(2);
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
const workerUrls = [];
page.on('worker', worker => workerUrls.push(worker.url()));
// The web worker extension host logs to the browser console: kept for a failing run.
const consoleLines = [];
page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') consoleLines.push(message.text().slice(0, 400)); });

async function step(name, fn) {
    try {
        await fn();
        results.push([name, true]);
        log('ok  ', name);
    } catch (error) {
        results.push([name, false]);
        log('FAIL', name, error.message.split('\n')[0]);
    }
    await page.screenshot({ path: path.join(shots, `web-${results.length}-${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
}

async function frameWith(needle, timeout = 60000) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
        for (const frame of page.frames()) {
            const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
            if (text.includes(needle)) return text;
        }
        await page.waitForTimeout(1000);
    }
    throw new Error(`no view shows "${needle}"`);
}

async function command(title) {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget .quick-input-box input:visible').first().waitFor({ timeout: 10000 });
    await page.keyboard.type(title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
}

/** Node processes running the desktop extension's server bundle. */
function nodeServers() {
    try {
        return execFileSync('pgrep', ['-f', 'dist/server.cjs'], { encoding: 'utf8' }).trim();
    } catch {
        return '';
    }
}

try {
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    log('workbench up');
    await step('the web extension shows findings, its server in the browser and no Node process', async () => {
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'peter-lund.aev' }).first().click({ timeout: 30000 });
        await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
        await page.keyboard.press('Control+Shift+M');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'BV-02' }).first().waitFor({ timeout: 90000 });
        if (nodeServers()) throw new Error('a Node language server is running: the desktop entry was used');
        
    });
    await step('the web extension shows the report preview', async () => {
        await command('Arbejdsevne: Vis rapport ved siden af');
        await frameWith('Jeg kan ikke overskue noget lige nu');
    });
    await step('the web extension exports a PDF through the workspace file system', async () => {
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'fie-hansen.aev' }).first().click();
        await page.waitForTimeout(1500);
        await page.locator('.codelens-decoration a', { hasText: 'Eksportér PDF' }).first().click({ timeout: 30000 });
        await page.waitForFunction(() => [...document.querySelectorAll('.quick-input-box input')].some(i => i.value.endsWith('.pdf')), undefined, { timeout: 60000 });
        await page.keyboard.press('Enter');
        await page.waitForTimeout(1000);
        if (await page.locator('.quick-input-widget:visible').count()) await page.keyboard.press('Enter');
        const target = path.join(workspace, 'fie-hansen.pdf');
        const deadline = Date.now() + 60000;
        while (!fs.existsSync(target) && Date.now() < deadline) await page.waitForTimeout(500);
        if (!fs.existsSync(target)) throw new Error('no PDF was written');
        if (fs.readFileSync(target).subarray(0, 5).toString() !== '%PDF-') throw new Error('the file is not a PDF');
    });
} finally {
    if (results.some(r => !r[1])) fs.writeFileSync(path.join(shots, 'web-console.txt'), consoleLines.join('\n'));
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
}
const passed = results.filter(r => r[1]).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length && results.length === 3 ? 0 : 1);
