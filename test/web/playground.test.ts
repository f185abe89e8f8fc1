import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { EmptyFileSystem } from 'langium';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkText, createArbejdsevneServices } from '@arbejdsevne/language';
import { startWebServer, type WebServer } from '../../packages/cli/out/commands/web.js';
import { codes, readRepoFile, repoRoot } from '../helpers.js';

/**
 * The playground as a student uses it, in the system's Chromium against packages/web/dist served
 * by `arbejdsevne web`'s static server, with every request to another origin blocked and recorded.
 */

const EXERCISE = 'øvelser/øvelse-1-struktur.aev';
let server: WebServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const foreignRequests: string[] = [];
const consoleProblems: string[] = [];

beforeAll(async () => {
    server = await startWebServer(path.join(repoRoot, 'packages/web/dist'), 0);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 950 } });
    const origin = new URL(server.url).origin;
    await context.route('**/*', route => {
        const url = route.request().url();
        if (new URL(url).origin === origin) return route.continue();
        foreignRequests.push(url);
        return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    // A CSP violation or a failed load shows here (the blocked request never reaches the network).
    page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text()); });
    page.on('pageerror', error => consoleProblems.push(error.message));
    page.on('worker', worker => worker.on('console', message => { if (message.type() === 'error') consoleProblems.push(`worker: ${message.text()}`); }));
    page.on('dialog', dialog => void dialog.accept());
    await page.goto(server.url);
    await page.waitForSelector('#problems-heading:not(:text("tjekker"))');
}, 60_000);

afterAll(async () => {
    await browser?.close();
    await server?.close();
});

/** "line:col CODE" of every finding in the page's problems list, sorted like helpers.codes(). */
async function listedFindings(): Promise<string[]> {
    const items = await page.locator('#problems li').evaluateAll(nodes => nodes.map(n => `${(n as HTMLElement).dataset.place} ${(n as HTMLElement).dataset.rule}`));
    return items.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

/** The editor's text as the tab keeps it (saved on every change). */
async function editorText(): Promise<string> {
    return page.evaluate(() => JSON.parse(sessionStorage.getItem('arbejdsevne.dokument') ?? '{"text":""}').text as string);
}

async function openExample(title: RegExp): Promise<void> {
    const value = await page.locator('#example option').filter({ hasText: title }).getAttribute('value');
    await page.selectOption('#example', value!);
    await page.click('#open-example');
}

describe('the playground in a browser', () => {
    test('an exercise shows exactly the findings the checker gives it', async () => {
        const text = readRepoFile(`examples/${EXERCISE}`);
        // Today's date, like the page: no fixed `idag`.
        const expected = codes((await checkText(createArbejdsevneServices(EmptyFileSystem).Arbejdsevne, text)).diagnostics);
        expect(expected.length).toBeGreaterThan(0);
        await openExample(/^Øvelse 1:/);
        await expect.poll(listedFindings, { timeout: 20_000 }).toEqual(expected);
        expect(await page.locator('#file-name').textContent()).toBe('øvelse-1-struktur.aev');
        // The page itself never scrolls at this size: editor, problems and report scroll inside their columns
        // (the report's screen-reader spans once stretched the page by 3000 px).
        await expect.poll(() => page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([1500, 950]);
    });

    test('a quick fix from the problems list changes the text, the findings and the preview', async () => {
        await expect.poll(() => page.locator('#problems .fix').count(), { timeout: 20_000 }).toBeGreaterThan(0);
        const fix = page.locator('#problems li').filter({ has: page.locator('.fix') }).first();
        const rule = await fix.getAttribute('data-rule');
        const before = { text: await editorText(), preview: await previewText(), count: await ruleCount(rule!) };
        await fix.locator('.fix').first().click();
        await expect.poll(editorText).not.toBe(before.text);
        await expect.poll(() => ruleCount(rule!), { timeout: 20_000 }).toBeLessThan(before.count);
        await expect.poll(previewText, { timeout: 20_000 }).not.toBe(before.preview);
    });

    test('the citizen version in the preview, with its LIX beside it', async () => {
        await page.click('.versions button[data-version="borger"]');
        await expect.poll(previewText, { timeout: 20_000 }).toContain('Det sker nu');
        await expect.poll(() => page.locator('#readability').textContent()).toMatch(/^Læsbarhed for det, du og værktøjet har skrevet \(ikke borgerens egne ord\): LIX \d+ \((let|middel|svær); under 35 er let at læse\)\./);
        expect(await page.locator('.versions button[data-version="borger"]').getAttribute('aria-pressed')).toBe('true');
        await page.click('.versions button[data-version="fuld"]');
        await expect.poll(() => page.locator('#readability').textContent()).toBe('');
        await expect.poll(previewText, { timeout: 20_000 }).toContain('Beskæftigelse og uddannelse');
    });

    test('"Ændringer" shows what changed since the version saved in the browser, and "Gem version" moves that point', async () => {
        await page.click('.versions button[data-version="aendringer"]');
        await expect.poll(() => page.locator('#preview-heading').textContent()).toBe('Ændringer siden gemt version');
        await page.click('#snapshot');
        await expect.poll(previewText, { timeout: 20_000 }).toContain('Ingen ændringer siden den gemte version.');
        // A new barrier typed at the start of the helbred block, as a student types it.
        const original = await editorText();
        await page.locator('#editor .cm-line', { hasText: /^helbred \{$/ }).click();
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('barriere søvn: "Sover dårligt om natten"');
        await expect.poll(editorText).toContain('barriere søvn');
        await expect.poll(previewText, { timeout: 20_000 }).toContain('1 ændring siden den gemte version.');
        expect(await previewText()).toContain('Ny barriere');
        for (let i = 0; i < 40 && (await editorText()) !== original; i++) await page.keyboard.press('Control+z');
        expect(await editorText()).toBe(original);
        await expect.poll(previewText, { timeout: 20_000 }).toContain('Ingen ændringer siden den gemte version.');
        await page.click('.versions button[data-version="fuld"]');
        await expect.poll(previewText, { timeout: 20_000 }).toContain('Beskæftigelse og uddannelse');
    });

    test('the PDF is made in the browser, named without a CPR number, and holds the report', async () => {
        const download = page.waitForEvent('download');
        await page.click('button[data-export="pdf"]');
        const file = await download;
        expect(file.suggestedFilename()).toBe('øvelse-1-struktur.pdf');
        const bytes = readFileSync((await file.path())!);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const dir = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-web-'));
        writeFileSync(path.join(dir, 'r.pdf'), bytes);
        const text = execFileSync('pdftotext', [path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
        expect(text).toContain(/navn:\s*"([^"]+)"/.exec(readRepoFile(`examples/${EXERCISE}`))![1]);
        await expect.poll(() => page.locator('#status').textContent()).toMatch(/er hentet/);
    });

    test('the citizen version and Word are made in the browser too', async () => {
        for (const [format, name, magic] of [['borgerversion', 'øvelse-1-struktur-borgerversion.pdf', '%PDF-'], ['docx', 'øvelse-1-struktur.docx', 'PK']] as const) {
            const download = page.waitForEvent('download');
            await page.click(`button[data-export="${format}"]`);
            const file = await download;
            expect(file.suggestedFilename()).toBe(name);
            expect(readFileSync((await file.path())!).subarray(0, magic.length).toString('latin1')).toBe(magic);
        }
    });

    test('an uploaded .aev file is checked, and kept for the tab across a reload', async () => {
        const text = readRepoFile('examples/fie-hansen.aev').replace('Fie Hansen', 'Fie Upload');
        await page.setInputFiles('#file', { name: 'aflevering.aev', mimeType: 'text/plain', buffer: Buffer.from(text) });
        await expect.poll(() => page.locator('#file-name').textContent()).toBe('aflevering.aev');
        await expect.poll(editorText).toBe(text);
        await expect.poll(() => page.locator('#problems-heading').textContent(), { timeout: 20_000 }).toBe('Problemer: ingen');
        await page.reload();
        await expect.poll(() => page.locator('#file-name').textContent()).toBe('aflevering.aev');
        await expect.poll(() => page.locator('#editor .cm-content').textContent()).toContain('Fie Upload');
        // Handed in as it is: "Gem .aev" gives back the same text under the same name.
        const download = page.waitForEvent('download');
        await page.click('#save');
        const saved = await download;
        expect(saved.suggestedFilename()).toBe('aflevering.aev');
        expect(readFileSync((await saved.path())!, 'utf8')).toBe(text);
        // Only the tab's session storage holds it, until "Husk i denne browser" is ticked.
        expect(await page.evaluate(() => localStorage.length)).toBe(0);
        await page.check('#remember');
        expect(await page.evaluate(() => localStorage.getItem('arbejdsevne.dokument'))).toContain('Fie Upload');
        await page.click('#clear');
        await expect.poll(() => page.locator('#file-name').textContent()).toBe('fie-hansen.aev');
        expect(await page.evaluate(() => localStorage.getItem('arbejdsevne.dokument'))).toBeNull();
        expect(await page.evaluate(() => sessionStorage.getItem('arbejdsevne.dokument'))).not.toContain('Fie Upload');
    });

    test('a file whose name holds a CPR number is opened, saved and reported under a safe name, with a warning', async () => {
        const text = readRepoFile('examples/fie-hansen.aev');
        await page.setInputFiles('#file', { name: 'fie-010190-1234.aev', mimeType: 'text/plain', buffer: Buffer.from(text) });
        await expect.poll(() => page.locator('#file-name').textContent()).toBe('beskrivelse.aev');
        await expect.poll(() => page.locator('#status').textContent()).toContain('Filnavnet ligner et CPR-nummer');
        const download = page.waitForEvent('download');
        await page.click('#save');
        expect((await download).suggestedFilename()).toBe('beskrivelse.aev');
    });

    test('a quick fix that inserts a placeholder leaves the cursor on it, selected, so typing replaces it', async () => {
        const text = readRepoFile('examples/fie-hansen.aev').replace('    borgerens_perspektiv: "Jeg kan godt arbejde, bare ikke stående en hel dag."\n', '');
        await page.setInputFiles('#file', { name: 'perspektiv.aev', mimeType: 'text/plain', buffer: Buffer.from(text) });
        const item = page.locator('#problems li[data-rule="FD-06"]');
        await expect.poll(() => item.locator('.fix').count(), { timeout: 20_000 }).toBeGreaterThan(0);
        await item.locator('.fix').first().click();
        await expect.poll(editorText).toContain('borgerens_perspektiv: "udfyldes"');
        await page.keyboard.type('Ondt i ryggen');
        await expect.poll(editorText).toContain('borgerens_perspektiv: "Ondt i ryggen"');
    });

    test('presentation mode: larger text for a projector, the toolbar and outline folded away, and back', async () => {
        const line = page.locator('#editor .cm-line').first();
        const before = (await line.boundingBox())!.height;
        await page.click('#presentation');
        expect(await page.locator('#presentation').getAttribute('aria-pressed')).toBe('true');
        await expect.poll(async () => (await line.boundingBox())!.height).toBeGreaterThan(before * 1.4);
        expect(await page.locator('nav.toolbar').isVisible()).toBe(false);
        expect(await page.locator('.outline-column').isVisible()).toBe(false);
        await page.click('#presentation');
        expect(await page.locator('#presentation').getAttribute('aria-pressed')).toBe('false');
        await expect.poll(async () => (await line.boundingBox())!.height).toBeLessThan(before * 1.1);
        expect(await page.locator('nav.toolbar').isVisible()).toBe(true);
    });

    test('axe-core finds no serious accessibility problem, in light and in dark', async () => {
        const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
        for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            await page.waitForSelector('#problems-heading:not(:text("tjekker"))');
            // Evaluated through the DevTools protocol: the page's own CSP still forbids inline scripts.
            await page.evaluate(axe);
            const violations = await page.evaluate(async () => {
                const result = await (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } })
                    .axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${JSON.stringify(v.nodes.map(n => n.target))}`);
            });
            expect(violations, colorScheme).toEqual([]);
        }
    });

    test('"Ny beskrivelse" asks for the grant date where the rules of today need one', async () => {
        await page.click('#new');
        await page.selectOption('#new-purpose', 'ressourceforløb');
        await page.click('#new-form button[type="submit"]');
        await expect.poll(() => page.locator('#new-message').textContent()).toMatch(/1\. februar 2026|31\. januar 2026/);
        expect(await page.locator('#new-granted').isVisible()).toBe(true);
        await page.fill('#new-granted', '2026-01-15');
        await page.click('#new-form button[type="submit"]');
        await expect.poll(() => page.locator('#file-name').textContent()).toBe('ny-ressourceforløb.aev');
        await expect.poll(editorText).toContain('bevilget: 2026-01-15');
        expect(await page.locator('#new-dialog').evaluate(d => (d as HTMLDialogElement).open)).toBe(false);
    });

    test('every control is reached with the Tab key', async () => {
        await page.locator('.skip').focus();
        const reached = new Set<string>();
        for (let i = 0; i < 60; i++) {
            await page.keyboard.press('Tab');
            reached.add(await page.evaluate(() => {
                const active = document.activeElement;
                const inner = active?.shadowRoot?.activeElement;
                return inner ? `${active!.id} ${inner.className}` : active?.id || active?.getAttribute('data-export') || active?.className || '';
            }));
        }
        for (const control of ['example', 'open-example', 'new', 'file', 'save', 'pdf', 'docx', 'borgerversion', 'remember', 'clear']) expect(reached, control).toContain(control);
        expect([...reached].some(id => id.startsWith('editor cm-content'))).toBe(true);
    });

    test('the page\'s Content-Security-Policy stops a request to another origin before it leaves the browser', async () => {
        const outcome = await page.evaluate(() => fetch('https://example.org/').then(() => 'sendt', () => 'stoppet'));
        expect(outcome).toBe('stoppet');
        expect(consoleProblems.some(text => text.includes('Content Security Policy') && text.includes('example.org'))).toBe(true);
        consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter(text => !text.includes('example.org')));
    });

    test('nothing was asked of another origin, and the page reported no error', () => {
        expect(foreignRequests).toEqual([]);
        expect(consoleProblems).toEqual([]);
    });
});

async function previewText(): Promise<string> {
    return page.locator('#preview').evaluate(host => host.shadowRoot?.textContent ?? '');
}

async function ruleCount(rule: string): Promise<number> {
    return page.locator(`#problems li[data-rule="${rule}"]`).count();
}
