import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection, now. `tjek` on 10,000 files peaked at about 220 MB in five runs of six
 * and at 650 MB in the sixth, as V8 happened to grow its heap instead of collecting (the 400 MB goal
 * of bench/limits-bench.mjs); one collection per 1,000 files (about 15 ms each) kept fourteen runs
 * of fourteen at 215-295 MB. The flag can be set at run time; `gc` is then found in a new context.
 */
export function collectGarbage(): void {
    if (!collect) {
        setFlagsFromString('--expose-gc');
        collect = runInNewContext('gc') as () => void;
    }
    collect();
}
