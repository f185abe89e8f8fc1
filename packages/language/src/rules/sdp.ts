import { FORLÆNGELSE_NR, isInList, wordInText, type Forlængelsesgrund } from '../legal/enumerations.js';
import { onwards } from '../legal/regimes.js';
import { addDays, danishLongDate, endOfMonth } from '../semantics/dates.js';
import { block, citizenFacts, sickLeaveFacts } from '../semantics/model-access.js';
import { proseText } from '../semantics/prose.js';
import { defineFamily, rule, type FixDiagnostic, type FixDocument } from './rule.js';
import { appendToFile, caseDateOf } from './text-edits.js';
import { sickLeaveSkeleton } from '../block-skeletons.js';

/**
 * SDP: sygedagpenge and the route to jobafklaringsforløb (SDL §§ 13 b, 24 and 27, read in their
 * 2014–2024 wording). From LAB-2027 every finding is provisional: the 2027 bill was not seen adopted.
 */

/** SDL § 24, stk. 1: more than 22 weeks; the 30 employer days are left out, so this floor never fires wrongly. */
const REVURDERING_FLOOR_DAYS = 22 * 7;
/** SDL § 13 b, stk. 1: before the end of the 8th week from the første fraværsdag. */
const FIRST_FOLLOW_UP_DAYS = 55;
/** Lov nr. 1750 af 29/12/2025: no new revalidering from 1 February 2026, no rehabiliteringsteam from 1 July 2026. */
const GROUND_ENDS: Partial<Record<Forlængelsesgrund, { from: string; what: string }>> = {
    revalidering: { from: '2026-02-01', what: 'en ny revalidering' },
    rehabiliteringsteam: { from: '2026-07-01', what: 'en behandling i rehabiliteringsteamet' },
};

function groundNr(ground: string): string {
    return ground in FORLÆNGELSE_NR ? `nr. ${FORLÆNGELSE_NR[ground as keyof typeof FORLÆNGELSE_NR]}` : '';
}

/** The day the draft bill of October 2025 abolishes jobafklaringsforløb (SDP-06). */
const FIRST_DAY_OF_THE_2027_BILL = '2027-01-01';

export default defineFamily('SDP', 'Sygedagpenge og jobafklaring', {
    'SDP-01': rule({
        title: 'Revurderingen og forlængelsen er ikke beskrevet', severity: 'warning', outcomes: ['jobafklaringsforløb'],
        reads: ['word:ydelse', 'block:sygeforløb'], usikker: onwards('LAB-2027'), basis: 'SDL § 24, stk. 1–2; SDL § 27, stk. 1, nr. 1–7',
        explanation: 'En sygemeldt får ret til jobafklaringsforløb ved revurderingen, når ingen af de syv forlængelsesgrunde i sygedagpengelovens § 27, stk. 1, passer, og borgeren fortsat er uarbejdsdygtig (§ 24, stk. 2). Beskrivelsen skal derfor vise revurderingstidspunktet, og hvorfor sygedagpengene ikke kan forlænges. Gælder ikke et nyt forløb på ressourceforløbsydelse.',
        fix: 'Skriv blokken `sygeforløb` med `revurdering` og en linje `forlængelse:` pr. grund, der er overvejet – `forlængelse: ingen "hvorfor"`, når ingen passer.',
        messages: {
            main: { text: 'Borgeren får sygedagpenge og indstilles til jobafklaringsforløb, men `sygeforløb` mangler {missing}. Retten til jobafklaringsforløb opstår ved revurderingen, når ingen af de syv forlængelsesgrunde i sygedagpengelovens § 27, stk. 1, passer, og borgeren fortsat er uarbejdsdygtig (§ 24, stk. 2). Skriv revurderingstidspunktet og hvorfor sygedagpengene ikke kan forlænges.' },
            noBlock: { text: 'Borgeren får sygedagpenge og indstilles til jobafklaringsforløb, men revurderingen og forlængelsesgrundene er ikke beskrevet. Retten til jobafklaringsforløb opstår ved revurderingen, når ingen af de syv forlængelsesgrunde i sygedagpengelovens § 27, stk. 1, passer, og borgeren fortsat er uarbejdsdygtig (§ 24, stk. 2). Tilføj blokken `sygeforløb` med revurderingstidspunktet og hvorfor sygedagpengene ikke kan forlænges.' },
        },
        requirement: 'Revurderingen og forlængelsesmulighederne er beskrevet',
        relevant: (_facts, root) => citizenFacts(root).benefit?.value === 'sygedagpenge',
        check(ctx, report) {
            const benefit = citizenFacts(ctx.root).benefit;
            if (benefit?.value !== 'sygedagpenge') return;
            const sick = sickLeaveFacts(ctx.root);
            if (!sick.block) {
                const at = ctx.outcomeNode!;
                report(at, { property: 'value', variant: 'noBlock', inputs: [at, benefit], data: { firstAbsence: benefit.since ?? '' } });
                return;
            }
            const missing: string[] = [];
            if (!sick.reassessment) missing.push('revurderingstidspunktet (`revurdering: <dato>`)');
            if (sick.extensions.length === 0) missing.push('forlængelsesgrundene (`forlængelse: <grund> "hvorfor"`)');
            else if (sick.extensions.every(e => e.ground === 'ingen' && proseText(e.reason).trim() === '')) missing.push('hvorfor ingen forlængelsesgrund passer (`forlængelse: ingen "hvorfor"`)');
            if (missing.length) report(sick.block, { keyword: 'sygeforløb', args: { missing: missing.join(' og ') }, inputs: [sick.block, benefit] });
        },
        quickFix: {
            title: 'Indsæt blokken sygeforløb',
            variants: ['noBlock'],
            edits: (d: FixDiagnostic<{ firstAbsence: string }>, document: FixDocument) => appendToFile(document, sickLeaveSkeleton(caseDateOf(document), d.data.firstAbsence || undefined)),
        },
    }),
    'SDP-02': rule({
        title: 'Løbende forlængelse ved overgang til jobafklaringsforløb', severity: 'warning', outcomes: ['jobafklaringsforløb'],
        reads: ['word:forlængelsesgrund'], usikker: onwards('LAB-2027'), basis: 'SDL § 24, stk. 2; SDL § 27, stk. 3',
        explanation: 'Jobafklaringsforløb forudsætter, at sygedagpengene ikke kan forlænges (længere). En forlængelse uden slutdato betyder, at borgeren stadig er på sygedagpenge.',
        fix: 'Skriv, hvornår forlængelsen slutter (`til <dato>`), eller ret grunden.',
        messages: { main: { text: 'Sygedagpengene er forlænget efter sygedagpengelovens § 27, stk. 1, {nr} ({ground}) uden slutdato, men udfaldet er jobafklaringsforløb, som forudsætter, at de ikke kan forlænges (længere). Skriv, hvornår forlængelsen slutter (`til <dato>`), eller ret grunden.' } },
        requirement: 'Der er ikke en løbende forlængelse ved overgangen til jobafklaringsforløb',
        relevant: (_facts, root) => !!block(root, 'sygeforløb'),
        check(ctx, report) {
            for (const extension of sickLeaveFacts(ctx.root).extensions) {
                if (extension.ground === 'ingen' || extension.until || !isInList('forlængelsesgrund', extension.ground)) continue;
                report(extension, { property: 'ground', args: { nr: groundNr(extension.ground), ground: wordInText(extension.ground) } });
            }
        },
    }),
    'SDP-03': rule({
        title: 'Revurderingstidspunktet er ikke muligt', severity: 'warning', usikker: onwards('LAB-2027'), basis: 'SDL § 24, stk. 1',
        explanation: 'Revurderingstidspunktet er den sidste dag i den kalendermåned, hvor borgeren har fået sygedagpenge (også nedsatte og løn under sygdom) i mere end 22 uger inden for de seneste 9 kalendermåneder (sygedagpengelovens § 24, stk. 1). Det er ikke datoen for et møde. Tjekket ser bort fra arbejdsgiverperioden, så det aldrig kalder en mulig dato forkert. Revurderingen må gerne ligge efter sagens dato: den forberedes i god tid.',
        fix: 'Skriv den sidste dag i måneden. Hurtigrettelsen flytter datoen til månedens sidste dag.',
        messages: {
            main: { text: 'Revurderingen er skrevet {date}, men revurderingstidspunktet er altid den sidste dag i en kalendermåned (sygedagpengelovens § 24, stk. 1), her {monthEnd}. Skriv datoen for revurderingstidspunktet, ikke for et møde.' },
            early: { text: 'Revurderingen {date} ligger mindre end 22 uger efter første fraværsdag ({firstAbsence}). Revurderingen sker først, når der er udbetalt sygedagpenge i mere end 22 uger (sygedagpengelovens § 24, stk. 1). Ret en af datoerne.' },
        },
        requirement: 'Revurderingstidspunktet er muligt',
        relevant: (_facts, root) => !!sickLeaveFacts(root).reassessment,
        check(ctx, report) {
            const sick = sickLeaveFacts(ctx.root);
            const reassessment = sick.reassessment;
            if (!reassessment?.value) return;
            const date = reassessment.value;
            const monthEnd = endOfMonth(date);
            if (date !== monthEnd) {
                report(reassessment, { property: 'value', args: { date: danishLongDate(date), monthEnd: danishLongDate(monthEnd) }, data: { monthEnd } });
            } else if (sick.firstAbsence?.value && date < addDays(sick.firstAbsence.value, REVURDERING_FLOOR_DAYS)) {
                report(reassessment, { property: 'value', variant: 'early', args: { date: danishLongDate(date), firstAbsence: danishLongDate(sick.firstAbsence.value) }, inputs: [reassessment, sick.firstAbsence] });
            }
        },
        quickFix: {
            title: 'Flyt til månedens sidste dag',
            variants: ['main'],
            titleFor: (d: FixDiagnostic<{ monthEnd: string }>) => `Flyt til månedens sidste dag (${d.data.monthEnd})`,
            edits: (d: FixDiagnostic<{ monthEnd: string }>) => [{ range: d.range, newText: d.data.monthEnd }],
        },
    }),
    'SDP-04': rule({
        title: 'Første opfølgning lå efter 8. uge', severity: 'info', usikker: onwards('REF-2026b'), basis: 'SDL § 13 b, stk. 1; lov nr. 1750/2025',
        explanation: 'Den første opfølgningssamtale skal holdes senest inden udgangen af 8. uge fra første fraværsdag (sygedagpengelovens § 13 b, stk. 1). Fra reformen er sygemeldte i job, der ventes tilbage inden for 26 uger, som hovedregel fritaget for opfølgning (datoen er sandsynlig, ikke læst). Beskrivelsen er ikke opfølgningsnotatet, så det er en oplysning, ikke en advarsel.',
        fix: 'Skriv, hvorfor opfølgningen lå senere, fx i sagsforløbet.',
        messages: { main: { text: 'Første opfølgning ({followUp}) lå efter udgangen af 8. uge fra første fraværsdag ({deadline}). Opfølgningen skal ske inden da (sygedagpengelovens § 13 b, stk. 1); notér grunden, hvis den lå senere.' } },
        requirement: 'Første opfølgning lå inden udgangen af 8. uge',
        relevant: (_facts, root) => { const s = sickLeaveFacts(root); return !!s.firstAbsence && !!s.firstFollowUp; },
        check(ctx, report) {
            const { firstAbsence, firstFollowUp } = sickLeaveFacts(ctx.root);
            if (!firstAbsence?.value || !firstFollowUp?.value) return;
            const deadline = addDays(firstAbsence.value, FIRST_FOLLOW_UP_DAYS);
            if (firstFollowUp.value > deadline) {
                report(firstFollowUp, { property: 'value', args: { followUp: danishLongDate(firstFollowUp.value), deadline: danishLongDate(deadline) }, inputs: [firstFollowUp, firstAbsence] });
            }
        },
    }),
    'SDP-05': rule({
        title: 'Forlængelsesgrunden findes måske ikke længere', severity: 'info', usikker: true, reads: ['word:forlængelsesgrund'], basis: 'lov nr. 1750 af 29/12/2025; SDL § 27, stk. 1, nr. 1 og 4',
        explanation: 'Lov nr. 1750/2025 afskaffer nye revalideringer fra 1. februar 2026 og rehabiliteringsteamet fra 1. juli 2026. Hvordan sygedagpengelovens § 27, stk. 1, nr. 1 og nr. 4 lyder efter reformen, er ikke læst: tjek det, før du bygger på grunden.',
        fix: 'Tjek den gældende ordlyd af § 27, stk. 1, og vælg en anden grund, hvis denne ikke længere findes.',
        messages: { main: { text: 'Forlængelsesgrunden `{ground}` (sygedagpengelovens § 27, stk. 1, {nr}) forudsætter {what}, som lov nr. 1750/2025 afskaffer fra {from}. Hvordan bestemmelsen lyder efter reformen, er ikke læst: tjek den, før du bygger på grunden.' } },
        requirement: 'Forlængelsesgrunden findes efter reglerne på datoen',
        relevant: (_facts, root) => !!block(root, 'sygeforløb'),
        check(ctx, report) {
            const sick = sickLeaveFacts(ctx.root);
            const on = sick.reassessment?.value ?? ctx.caseDate;
            if (!on) return;
            for (const extension of sick.extensions) {
                const end = GROUND_ENDS[extension.ground as Forlængelsesgrund];
                if (end && on >= end.from) report(extension, { property: 'ground', args: { ground: extension.ground, nr: groundNr(extension.ground), what: end.what, from: danishLongDate(end.from) } });
            }
        },
    }),
    'SDP-06': rule({
        title: 'Jobafklaringsforløb afskaffes måske fra 2027', severity: 'info', usikker: true, outcomes: ['jobafklaringsforløb'], regimes: onwards('LAB-2027'),
        basis: 'KL\'s høringssvar af 12/11/2025 om udkastet til ændring af sygedagpengeloven og aktivloven',
        explanation: 'Et lovforslag i høring i oktober 2025 afskaffer jobafklaringsforløb fra 1. januar 2027; sygemeldte, der ikke kan få sygedagpengene forlænget, skal i stedet have en lavere sygedagpengesats. Om forslaget er vedtaget, er ikke bekræftet. Reglen bliver aldrig en fejl, før det er (og så med en overgang for løbende forløb). Den tier for et forløb, der blev bevilget før 1. januar 2027 (`sag.bevilget`): beskeden handler om at bevilge et nyt.',
        fix: 'Tjek, om lovforslaget er vedtaget, og hvad der gælder for borgeren.',
        messages: { main: { text: 'Et lovforslag, der var i høring i oktober 2025, afskaffer jobafklaringsforløb fra 1. januar 2027; sygemeldte, der ikke kan få sygedagpengene forlænget, skal i stedet have en lavere sygedagpengesats. Om forslaget er vedtaget, er ikke bekræftet: tjek, hvad der gælder på sagens dato.' } },
        requirement: 'Udfaldet findes efter reglerne på datoen',
        check(ctx, report) {
            if (ctx.grantDate && ctx.grantDate < FIRST_DAY_OF_THE_2027_BILL) return;
            if (ctx.outcomeNode) report(ctx.outcomeNode, { property: 'value' });
        },
    }),
});


