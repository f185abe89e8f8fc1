import { conclusionFacts } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';
import { between, onwards } from '../legal/regimes.js';

/** REV: revalidering, where it could still be granted. */

export default defineFamily('REV', 'Revalidering', {
    'REV-01': rule({
        title: 'Revalidering uden mål og udviklingsperspektiv', severity: 'error',
        outcomes: ['revalidering'], regimes: between('RP-2022', 'RP-2025', 'lov nr. 1750 af 29/12/2025 (ingen nye forløb fra 1. februar 2026)'), regimeBy: 'bevilget', usikker: onwards('REF-2026a'), basis: 'LAB § 142',
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
