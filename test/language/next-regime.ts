import type { Diagnostic } from 'vscode-languageserver-types';
import { REGIMES, type ArbejdsevneConfig, type Regime, type RegimeId } from '@arbejdsevne/language';
import { check, createTestServices } from '../helpers.js';

/**
 * A rule set after the newest, added as a maintainer adds the next law: one entry in the table,
 * nothing else. Every rule that applies in the newest must carry on in it, as loud and in the same
 * words (ARCHITECTURE.md, "Add a rule set").
 */
export const NEXT_REGIME = 'NÆSTE-2028' as RegimeId;

export async function withNextRegime<T>(run: () => Promise<T>): Promise<T> {
    const table = REGIMES as Regime[];
    const newest = table[table.length - 1];
    const savedTo = newest.to;
    newest.to = '2027-12-31';
    table.push({ id: NEXT_REGIME, from: '2028-01-01', usikker: newest.usikker, summary: 'Et regelsæt efter det nyeste (kun i testen).' });
    try {
        return await run();
    } finally {
        table.pop();
        newest.to = savedTo;
    }
}

/** A finding as it must stay the same from one rule set to the next: the rule set's own date left out. */
function comparable(d: Diagnostic): string {
    const message = d.message.replace(/\[Tjekket efter reglerne fra [^\]–]+/, '[Tjekket efter reglerne fra …');
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.severity} ${(d.data as { variant?: string } | undefined)?.variant ?? ''} ${message}`;
}

/** The findings of `text` under the newest rule set and under the next, side by side. */
export async function newestAndNext(text: string, config: ArbejdsevneConfig = {}): Promise<{ newest: string[]; next: string[] }> {
    const newestId = REGIMES[REGIMES.length - 1].id;
    const newest = (await check(text, createTestServices({ ...config, regelsæt: newestId }))).diagnostics.map(comparable).sort();
    const next = await withNextRegime(async () => (await check(text, createTestServices({ ...config, regelsæt: NEXT_REGIME }))).diagnostics.map(comparable).sort());
    return { newest, next };
}
