import { citizenFacts } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';

/** BOR: the citizen's age. */

export default defineFamily('BOR', 'Borgeren', {
    'BOR-01': rule({
        title: 'Alder kan ikke beregnes', severity: 'error', basis: '–',
        explanation: 'Borgerens alder afgør, hvilke regler der gælder (fx førtidspension under 40 år). Alderen beregnes fra fødselsdato eller CPR-nummer.',
        fix: 'Tilføj `fødselsdato: ÅÅÅÅ-MM-DD` i `borger`.',
        messages: { main: { text: 'Borgeren har hverken `fødselsdato` eller `cpr`, så alderen kan ikke beregnes. Tilføj `fødselsdato: ÅÅÅÅ-MM-DD` i `borger`.' } },
        requirement: 'Borgerens alder kan beregnes (fødselsdato eller CPR-nummer)',
        check(ctx, report) {
            const citizen = citizenFacts(ctx.root);
            if (citizen.block && !citizen.birthDate && !citizen.cpr) report(citizen.block, { keyword: 'borger' });
        },
    }),
    'BOR-02': rule({
        title: 'Borgeren er under 25 år', severity: 'info', basis: '–',
        explanation: 'Borgere under 25 år er uden for målgruppen for en arbejdsevnebeskrivelse af denne type; der gælder andre regler (fx uddannelseshjælp og uddannelsespålæg).',
        fix: 'Tjek at reglerne for unge under 25 er overvejet.',
        messages: { main: { text: 'Borgeren er {age} år på sagens dato, altså under 25; der gælder andre regler for unge. Tjek at de er overvejet.' } },
        requirement: 'Borgeren er 25 år eller ældre',
        check(ctx, report) {
            const citizen = citizenFacts(ctx.root);
            const node = citizen.birthDate ?? citizen.cpr;
            if (node && ctx.age !== undefined && ctx.age < 25) report(node, { property: 'value', args: { age: ctx.age } });
        },
    }),
});
