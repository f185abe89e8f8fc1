import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderHtml } from '@arbejdsevne/report';
import { canonical } from '../helpers.js';
import { modelOf, poppler } from './report-helpers.js';

/** The HTML report printed by a browser (Debian's Chromium, headless), read back page by page. */
function printed(html: string): string[] {
    const dir = mkdtempSync(path.join(tmpdir(), 'arbejdsevne-print-'));
    try {
        writeFileSync(path.join(dir, 'rapport.html'), html);
        execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${dir}/profil`,
            `--print-to-pdf=${dir}/rapport.pdf`, `file://${dir}/rapport.html`], { stdio: 'ignore', timeout: 60_000 });
        return poppler('pdftotext', readFileSync(path.join(dir, 'rapport.pdf'))).split('\f').filter(p => p.trim());
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

describe('HTML printed from a browser', () => {
    test('every page has the confidentiality mark and "Side N af M"; a draft says UDKAST on every page', async () => {
        const { model } = await modelOf(canonical.replace('behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "TODO"'));
        expect(model.meta.draft).toBe(true);
        const pages = printed(renderHtml(model));
        expect(pages.length).toBeGreaterThan(2);
        pages.forEach((page, i) => {
            expect(page, `page ${i + 1}`).toContain('Fortroligt – indeholder helbredsoplysninger');
            expect(page, `page ${i + 1}`).toContain(`Side ${i + 1} af ${pages.length}`);
            expect(page, `page ${i + 1}`).toContain('UDKAST – indeholder fejl');
        });
    }, 90_000);

    test('a final report carries no UDKAST', async () => {
        const { model } = await modelOf(canonical);
        for (const page of printed(renderHtml(model))) expect(page).not.toContain('UDKAST');
    }, 90_000);
});

describe('HTML in a narrow pane (the VS Code preview beside the editor)', () => {
    test('no table is wider than a 420 px pane: long words wrap in their cells', async () => {
        const { chromium } = await import('playwright-core');
        const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
        try {
            const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
            const { model } = await modelOf(canonical);
            await page.setContent(renderHtml(model));
            const overflow = await page.evaluate(() => [...document.querySelectorAll('table')].map(t => t.scrollWidth - (t.parentElement?.clientWidth ?? 0)));
            expect(overflow.length).toBeGreaterThan(5);
            expect(Math.max(...overflow)).toBeLessThanOrEqual(1);
        } finally {
            await browser.close();
        }
    }, 90_000);
});
