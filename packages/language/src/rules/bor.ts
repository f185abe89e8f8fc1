import { wordLabel } from '../legal/enumerations.js';
import { block, citizenFacts } from '../semantics/model-access.js';
import { defineFamily, rule } from './rule.js';

/** BOR: the citizen's age and benefit. */

/** Benefits merged into kontanthjælp on 1 July 2025. */
const MERGED_INTO_KONTANTHJAELP = new Set(['uddannelseshjælp', 'selvforsørgelses_og_hjemrejseydelse']);

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
        title: 'Borgeren er under 30 år', severity: 'info', basis: 'LAS §§ 16–20; LAB § 30',
        relevant: facts => facts.age !== undefined && facts.age < 30,
        explanation: 'For borgere under 30 år på kontanthjælp gælder særlige regler: en lavere grundsats og uddannelsespålæg, hvis borgeren ikke har en erhvervskompetencegivende uddannelse (aktivloven §§ 16–20), og et særligt kontaktforløb (LAB § 30).',
        fix: 'Tjek, at reglerne for unge under 30 er overvejet: uddannelsespålæg, grundsats og kontaktforløb.',
        messages: { main: { text: 'Borgeren er {age} år på sagens dato. For kontanthjælpsmodtagere under 30 år gælder en lavere grundsats og uddannelsespålæg, når borgeren ikke har en erhvervskompetencegivende uddannelse (aktivloven §§ 16–20). Tjek, at de regler er overvejet.' } },
        requirement: 'Reglerne for unge under 30 år er overvejet, hvor de gælder',
        check(ctx, report) {
            const citizen = citizenFacts(ctx.root);
            const node = citizen.birthDate ?? citizen.cpr;
            if (node && ctx.age !== undefined && ctx.age < 30) report(node, { property: 'value', args: { age: ctx.age } });
        },
    }),
    'BOR-03': rule({
        title: 'Ydelsen er lagt sammen med kontanthjælp', severity: 'warning',
        relevant: (_facts, root) => {
            const citizen = citizenFacts(root);
            const open = block(root, 'forsørgelse')?.periods.find(p => p.open);
            return MERGED_INTO_KONTANTHJAELP.has(citizen.benefit?.value ?? '') || MERGED_INTO_KONTANTHJAELP.has(open?.benefit ?? '');
        }, from: '2025-07-01', reads: ['word:ydelse'], basis: 'LAS §§ 16–20',
        explanation: 'Uddannelseshjælp, overgangsydelse og selvforsørgelses- og hjemrejseydelse blev lagt sammen med kontanthjælp 1. juli 2025 (aktivloven §§ 16–20). En beskrivelse fra den dag nævner kontanthjælp.',
        fix: 'Skriv `kontanthjælp`. Hurtigrettelsen gør det.',
        messages: { main: { text: '{benefit} blev lagt sammen med kontanthjælp 1. juli 2025 (aktivloven §§ 16–20). Skriv kontanthjælp.' } },
        requirement: 'Ydelsen er en, der findes på sagens dato',
        check(ctx, report) {
            const benefit = citizenFacts(ctx.root).benefit;
            if (benefit && MERGED_INTO_KONTANTHJAELP.has(benefit.value)) report(benefit, { property: 'value', args: { benefit: wordLabel(benefit.value) } });
            const open = block(ctx.root, 'forsørgelse')?.periods.find(p => p.open);
            if (open && MERGED_INTO_KONTANTHJAELP.has(open.benefit)) report(open, { property: 'benefit', args: { benefit: wordLabel(open.benefit) } });
        },
        quickFix: {
            title: 'Ret til kontanthjælp',
            edits: d => [{ range: d.range, newText: 'kontanthjælp' }],
        },
    }),
});
