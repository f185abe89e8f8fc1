import { describe, expect, test } from 'vitest';
import { collectGarbage } from '../../packages/cli/out/heap.js';

// tjek collects once per 1,000 files (heap.ts): without --expose-gc on the command line.
describe('collectGarbage', () => {
    test('collects an object nothing refers to, in a process started without --expose-gc', async () => {
        expect(process.execArgv).not.toContain('--expose-gc');
        let target: object | undefined = { big: new Array(100_000).fill(1) };
        const ref = new WeakRef(target);
        target = undefined;
        // A WeakRef's target is kept until the current job ends.
        await new Promise(resolve => setTimeout(resolve, 0));
        collectGarbage();
        expect(ref.deref()).toBeUndefined();
    });
});
