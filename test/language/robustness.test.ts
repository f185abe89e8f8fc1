import { describe, expect, test } from 'vitest';
import { canonical, check } from '../helpers.js';

/** No text makes the parser or the checker throw: diagnostics come back, never an exception. */

async function diagnosticsOf(text: string) {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
        const { diagnostics } = await check(text);
        return { diagnostics, errors };
    } finally {
        console.error = original;
    }
}

// A small deterministic generator, so a failure can be reproduced.
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return state / 2 ** 31;
    };
}

describe('robustness', () => {
    test('every prefix of the canonical example', async () => {
        for (let end = 0; end <= canonical.length; end++) {
            const { diagnostics, errors } = await diagnosticsOf(canonical.slice(0, end));
            expect(Array.isArray(diagnostics), `prefix ${end}`).toBe(true);
            expect(errors, `prefix ${end}: a check threw`).toEqual([]);
        }
    }, 300_000);

    test('garbled variants: deleted, duplicated and swapped pieces, stray characters', async () => {
        const next = random(2026);
        const junk = ['"', '"""', '{', '}', '@', '§', ':', ',', '\n', '//', '/*', '\u0000', 'ø', '2026-13-45', '1.2.', '@@', '\\'];
        for (let i = 0; i < 400; i++) {
            let text = canonical;
            for (let edits = 0; edits < 1 + Math.floor(next() * 4); edits++) {
                const at = Math.floor(next() * text.length);
                const length = Math.floor(next() * 40);
                const kind = Math.floor(next() * 4);
                if (kind === 0) text = text.slice(0, at) + text.slice(at + length);
                else if (kind === 1) text = text.slice(0, at) + text.slice(at, at + length) + text.slice(at);
                else if (kind === 2) text = text.slice(0, at) + junk[Math.floor(next() * junk.length)] + text.slice(at);
                else text = text.slice(at) + text.slice(0, at);
            }
            const { diagnostics, errors } = await diagnosticsOf(text);
            expect(Array.isArray(diagnostics)).toBe(true);
            expect(errors, `variant ${i}: a check threw`).toEqual([]);
        }
    }, 300_000);

    test('empty text, only comments, binary-looking text', async () => {
        for (const text of ['', '   \n\n', '// kun en kommentar', '/* uafsluttet', '"', '"""', '\u0000\u0001\u0002', '@', '§§§']) {
            const { errors } = await diagnosticsOf(text);
            expect(errors).toEqual([]);
        }
    });
});
