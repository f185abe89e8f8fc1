import * as ast from '../generated/ast.js';
import { findCprNumbers, maskCpr } from '../privacy/cpr-policy.js';
import { parseCpr } from '../semantics/cpr.js';
import { citizenFacts } from '../semantics/model-access.js';
import { proseText } from '../semantics/prose.js';
import { defineFamily, rule, type FixDiagnostic } from './rule.js';

/** CPR: the citizen's CPR number, and CPR numbers where they do not belong. */

export default defineFamily('CPR', 'Personnummer', {
    'CPR-01': rule({
        title: 'Ugyldigt CPR-nummer', severity: 'error', basis: 'CPR-kontoret',
        explanation: 'Et CPR-nummer har formen DDMMÅÅ-SSSS, og de første seks cifre er en rigtig dato (århundredet følger af 7. ciffer). Modulus 11-kontrollen bruges ikke længere og afviser gyldige numre.',
        fix: 'Ret nummeret til formen DDMMÅÅ-SSSS, eller brug `fødselsdato` i stedet.',
        messages: { main: { text: '`{cpr}` er ikke et gyldigt CPR-nummer: {reason}. Skriv det som DDMMÅÅ-SSSS, eller brug `fødselsdato` i stedet.' } },
        requirement: 'CPR-nummeret har formen DDMMÅÅ-SSSS med en rigtig dato',
        check(ctx, report) {
            const { cpr } = citizenFacts(ctx.root);
            if (!cpr) return;
            const text = proseText(cpr.value).trim();
            const result = parseCpr(text);
            if (!result.valid) report(cpr, { property: 'value', args: { cpr: maskCpr(text), reason: result.reason } });
        },
    }),
    'CPR-02': rule({
        title: 'CPR og fødselsdato er uenige', severity: 'error', basis: '–',
        explanation: 'CPR-nummeret indeholder fødselsdatoen. Er de uenige, er en af dem forkert, og alderen bliver usikker.',
        fix: 'Ret den forkerte af de to.',
        messages: { main: { text: 'CPR-nummeret giver fødselsdatoen {fromCpr}, men `fødselsdato` er {birthDate}. Ret den forkerte.' } },
        requirement: 'CPR-nummer og fødselsdato passer sammen',
        check(ctx, report) {
            const { cpr, birthDate } = citizenFacts(ctx.root);
            if (!cpr || !birthDate) return;
            const result = parseCpr(proseText(cpr.value).trim());
            if (result.valid && birthDate.value !== result.birthDate) report(birthDate, { property: 'value', args: { fromCpr: result.birthDate, birthDate: birthDate.value } });
        },
    }),
    'CPR-03': rule({
        title: 'CPR-nummer i fritekst', severity: 'warning', basis: 'GDPR art. 5, stk. 1, litra c (dataminimering); DBL § 11',
        explanation: 'CPR-numre må kun bruges, hvor det er nødvendigt (databeskyttelseslovens § 11). I fritekst spredes nummeret til rapporter og kopier.',
        fix: 'Fjern nummeret, eller maskér det som DDMMÅÅ-XXXX. Hurtigrettelsen maskerer.',
        messages: { main: { text: 'Teksten indeholder et CPR-nummer ({masked}). Fjern det, eller maskér det som DDMMÅÅ-XXXX: kun det nødvendige må stå i sagen (databeskyttelsesforordningens art. 5; databeskyttelseslovens § 11). Rapporten viser det altid maskeret.' } },
        requirement: 'Ingen CPR-numre i fritekst',
        check(ctx, report) {
            // The `cpr` property itself is CPR-01's.
            for (const chunk of ctx.ofType('TextChunk')) {
                // A chunk stands in a text (Prose), and the text in its property: `cpr` is the one to skip.
                if (ast.isCpr(chunk.$container?.$container)) continue;
                const cst = chunk.$cstNode;
                if (!cst) continue;
                for (const match of findCprNumbers(chunk.value)) {
                    const start = cst.offset + match.index;
                    const doc = ctx.document.textDocument;
                    const range = { start: doc.positionAt(start), end: doc.positionAt(start + match.length) };
                    report(chunk, { range, args: { masked: match.masked }, data: { masked: match.masked } });
                }
            }
        },
        quickFix: {
            title: 'Maskér CPR-nummeret',
            edits: (d: FixDiagnostic<{ masked: string }>) => [{ range: d.range, newText: d.data.masked }],
        },
    }),
});
