import { conclusionFacts } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';

/** REV: revalidering, where it could still be granted. */

export default defineFamily('REV', 'Revalidering', {
    'REV-01': rule({
        title: 'Revalidering uden mål og udviklingsperspektiv', severity: 'error',
        outcomes: ['revalidering'], regimes: ['RP-2022', 'RP-2025'], regimeBy: 'bevilget', usikker: ['REF-2026a', 'REF-2026b', 'LAB-2027'], basis: 'LAB § 142',
        explanation: 'Revalidering forudsætter et konkret erhvervsmål og en realistisk mulighed for at komme i arbejde (LAB § 142).',
        fix: 'Skriv et konkret `mål`, og tilføj `udviklingsperspektiv: "…"`.',
        messages: { main: { text: 'Revalidering kræver et konkret mål og et udviklingsperspektiv (LAB § 142). Tilføj `udviklingsperspektiv: "…"` i `vurdering`.' } },
        requirement: 'Revalideringen har et udviklingsperspektiv',
        check(ctx, report) {
            const c = conclusionFacts(ctx.root);
            if (c.block && !c.developmentPerspective) report(c.block, { keyword: 'vurdering' });
        },
    }),
});
