import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { WORD_LISTS, isInList, nearestWord } from '../legal/enumerations.js';
import { LAW_ABBREVIATIONS, lawByAbbreviation, lookupProvision, referenceText } from '../legal/provisions.js';
import { addDays, ageOn, danishLongDate } from '../semantics/dates.js';
import { plausibleBirthDate, writtenBirthDate } from '../semantics/facts.js';
import { BLOCKS, blockKeyword, blocks, caseFacts, citizenFacts, isCompleteEntry, sickLeaveFacts, type BlockKeyword } from '../semantics/model-access.js';
import { isPlaceholderText } from '../semantics/placeholders.js';
import { proseText } from '../semantics/prose.js';
import { fixedWordOf, WORD_PLACES } from '../semantics/word-places.js';
import { blockSkeleton } from '../block-skeletons.js';
import { defineFamily, rule, TOP_OF_FILE, type FixDiagnostic, type FixDocument } from './rule.js';
import { appendToFile, caseDateOf, insertBeforeClosingBrace, lineStart, nextLine } from './text-edits.js';

/** GEN: structure, names, references, dates, texts and fixed words. */

/** The node types a fixed word stands in (GEN-09 looks at these only). */
const WORD_PLACE_TYPES = [...new Set(WORD_PLACES.map(p => p.type))] as Array<keyof ast.ArbejdsevneAstType>;

/** Required blocks reported by GEN-01; the others have rules of their own (FD-04, FD-07, …). */
export const REQUIRED_BLOCKS: readonly BlockKeyword[] = ['arbejdsevne', 'borger', 'sag', 'beskæftigelse', 'socialt', 'helbred', 'dokumentation', 'sagsforløb', 'vurdering'];

const KIND_NAMES: Record<ast.NamedEntry['$type'], string> = {
    Resource: 'en ressource', Barrier: 'en barriere', Document: 'et dokument', PreviousMeasure: 'en hidtidig indsats',
    PlannedMeasure: 'en planlagt indsats', Event: 'en hændelse i sagsforløbet',
};

function expectedFor(container: AstNode): string {
    if (ast.isAddresses(container)) return '`adresserer` skal pege på en barriere (`barriere navn: …`).';
    if (ast.isSources(container)) return '`kilde` skal pege på et dokument i `dokumentation`.';
    if (ast.isTested(container)) return '`afprøvet` skal pege på en indsats i `hidtidige_indsatser`.';
    return '`@` skal pege på en ressource, barriere, dokument, indsats eller hændelse i denne fil.';
}


/** Texts other rules judge: mål (FD-04, also vague ones), cpr (CPR-01); an empty citizen statement is BV-01. */
function coveredElsewhere(prose: ast.Prose, empty: boolean): boolean {
    const owner = prose.$container;
    return ast.isCpr(owner) || (empty && (ast.isGoal(owner) || ast.isCitizenStatement(owner)));
}

export default defineFamily('GEN', 'Struktur og henvisninger', {
    'GEN-01': rule({
        title: 'Påkrævet blok mangler', severity: 'error',
        basis: 'bekendtgørelsen om rehabiliteringsplan og rehabiliteringsteamets indstilling; LAB',
        explanation: 'En arbejdsevnebeskrivelse skal indeholde borger, sag, de tre livsområder (beskæftigelse, socialt og helbred), dokumentation, sagsforløb og vurdering. Uden dem kan beskrivelsen ikke bære en afgørelse.',
        fix: 'Tilføj blokken. Hurtigrettelsen indsætter et skelet, som du udfylder.',
        messages: { main: { text: 'Blokken `{block}` mangler. Tilføj blokken – den er påkrævet i en arbejdsevnebeskrivelse (bekendtgørelse om rehabiliteringsplan; LAB).' } },
        requirement: 'Alle påkrævede blokke er med',
        check(ctx, report) {
            for (const keyword of REQUIRED_BLOCKS) {
                if (blocks(ctx.root, keyword).length === 0) report(ctx.root, { range: TOP_OF_FILE, args: { block: keyword }, data: { block: keyword } });
            }
        },
        quickFix: {
            title: 'Indsæt blokken',
            titleFor: (d: FixDiagnostic<{ block: BlockKeyword }>) => `Indsæt blokken: ${d.data.block}`,
            edits(d, document) {
                const block = d.data.block;
                const skeleton = blockSkeleton(block, caseDateOf(document));
                if (block !== 'arbejdsevne') return appendToFile(document, skeleton);
                const start = { line: 0, character: 0 };
                return [{ range: { start, end: start }, newText: `${skeleton}\n\n` }];
            },
        },
    }),
    'GEN-02': rule({
        title: 'Blok eller felt gentaget', severity: 'error', basis: '–',
        explanation: 'Hver blok må kun stå én gang, og hvert felt i `borger`, `sag`, `sygeforløb` og `vurdering` (og `koordinerende_sagsbehandler`) kun én gang i sin blok, så der er ét sted at læse og rette hver oplysning. Står et felt to gange, læses kun det første: en rettelse skrevet nedenunder ville ellers blive overset uden et ord.',
        fix: 'Flyt indholdet op i den første blok (hurtigrettelsen fletter blokkene). Et felt: slet den linje, der ikke gælder.',
        messages: {
            main: { text: 'Blokken `{block}` står her for anden gang. Flyt indholdet op i den første `{block}` (linje {firstLine}).' },
            field: { text: '`{field}` står her for anden gang i `{block}`, og kun det første (linje {firstLine}) bliver læst. Slet den linje, der ikke gælder.' },
        },
        requirement: 'Hver blok står kun én gang, og hvert felt i den kun én gang',
        check(ctx, report) {
            const seen = new Map<string, ast.TopLevelBlock>();
            for (const block of ctx.root.blocks) {
                const keyword = blockKeyword(block);
                const first = seen.get(keyword);
                if (!first) {
                    seen.set(keyword, block);
                    continue;
                }
                report(block, {
                    keyword,
                    args: { block: keyword, firstLine: (first.$cstNode?.range.start.line ?? 0) + 1 },
                    data: { block: keyword },
                    owns: `block:${keyword}`,
                });
            }
            // Fields that hold one value: every property of these blocks but `forlængelse`, which may stand once per ground.
            for (const block of ctx.root.blocks) {
                const fields: readonly AstNode[] = 'props' in block ? block.props.filter(p => !ast.isExtension(p))
                    : ast.isMeasurePlan(block) ? block.items.filter(ast.isCoordinator) : [];
                const firstOf = new Map<string, AstNode>();
                for (const field of fields) {
                    const first = firstOf.get(field.$type);
                    if (!first) {
                        firstOf.set(field.$type, field);
                        continue;
                    }
                    const name = /^[\p{L}_]+/u.exec(field.$cstNode?.text ?? '')?.[0] ?? field.$type;
                    report(field, {
                        variant: 'field',
                        keyword: name,
                        args: { field: name, block: blockKeyword(block), firstLine: (first.$cstNode?.range.start.line ?? 0) + 1 },
                    });
                }
            }
        },
        quickFix: {
            variants: ['main'],
            title: 'Flet ind i den første blok',
            /** Moves the inside of a repeated block into the first one and removes the repetition. */
            edits: (d: FixDiagnostic<{ block: BlockKeyword }>, document: FixDocument) => {
                const all = blocks(document.parseResult.value, d.data.block);
                const duplicate = all.find(b => b.$cstNode?.range.start.line === d.range.start.line);
                const first = all[0];
                if (!duplicate || !first || duplicate === first || !duplicate.$cstNode || !first.$cstNode) return undefined;
                const text = document.textDocument.getText();
                const dupText = text.slice(duplicate.$cstNode.offset, duplicate.$cstNode.end);
                const open = dupText.indexOf('{');
                const close = dupText.lastIndexOf('}');
                if (open < 0 || close < open) return undefined;
                const inner = dupText.slice(open + 1, close).replace(/^\s*\n/, '').replace(/\s+$/, '');
                const insert = insertBeforeClosingBrace(document, first.$cstNode.end - 1, inner);
                if (!insert) return undefined;
                const remove = { start: document.textDocument.positionAt(lineStart(text, duplicate.$cstNode.offset)), end: document.textDocument.positionAt(nextLine(text, duplicate.$cstNode.end)) };
                return [...insert, { range: remove, newText: '' }];
            },
        },
    }),
    'GEN-03': rule({
        title: 'Usædvanlig sagsdato', severity: 'warning', basis: '–',
        explanation: 'Sagens dato vælger regelsættet. En dato før 2022 tjekkes efter det ældste regelsæt, og en dato langt ude i fremtiden er oftest en tastefejl.',
        fix: 'Ret `sag.dato` til den dato, beskrivelsen gælder.',
        messages: {
            main: { text: 'Sagens dato, {date}, ligger før 2022; beskrivelsen tjekkes efter de ældste regler i kataloget (fra 1. januar 2022). Ret datoen, hvis den er skrevet forkert.' },
            future: { text: 'Sagens dato, {date}, ligger mere end 30 dage ude i fremtiden. Ret datoen, hvis den er en tastefejl.' },
        },
        requirement: 'Sagens dato er fra 2022 eller senere og ikke langt ude i fremtiden',
        check(ctx, report) {
            const date = caseFacts(ctx.root).date;
            if (!date || !ctx.caseDate) return;
            if (ctx.caseDate < '2022-01-01') report(date, { property: 'value', args: { date: danishLongDate(ctx.caseDate) } });
            else if (ctx.caseDate > addDays(ctx.today, 30)) report(date, { property: 'value', variant: 'future', args: { date: danishLongDate(ctx.caseDate) } });
        },
    }),
    'GEN-04': rule({
        title: 'Navn brugt to gange', severity: 'error', basis: '–',
        explanation: 'Hver ressource, barriere, dokument, indsats og hændelse har et navn, som andre steder henviser til. Samme navn to gange gør henvisningerne tvetydige.',
        fix: 'Giv den ene post et andet navn.',
        messages: { main: { text: 'Navnet `{name}` er allerede brugt (linje {firstLine}). Giv denne post et andet navn, så henvisninger er entydige.' } },
        requirement: 'Hvert navn bruges kun én gang',
        check(ctx, report) {
            const seen = new Map<string, ast.NamedEntry>();
            for (const entry of ctx.nodes.filter(isCompleteEntry)) {
                const first = seen.get(entry.name);
                if (!first) {
                    seen.set(entry.name, entry);
                    continue;
                }
                report(entry, { property: 'name', args: { name: entry.name, firstLine: (first.$cstNode?.range.start.line ?? 0) + 1 } });
            }
        },
    }),
    'GEN-05': rule({
        title: 'Henvisning til ukendt post', flagsInput: true, severity: 'error', basis: '–',
        explanation: 'En henvisning (`adresserer`, `kilde`, `afprøvet` eller `@navn` i tekst) skal pege på en post af den rigtige slags: `adresserer` på barrierer, `kilde` på dokumenter, `afprøvet` på hidtidige indsatser.',
        fix: 'Ret navnet, eller opret posten.',
        messages: {
            main: { text: '`{name}` findes ikke. {expected} Ret navnet, eller opret posten.' },
            wrongKind: { text: '`{name}` er {actual}, men {expected} Ret henvisningen.' },
        },
        requirement: 'Alle henvisninger peger på en post af den rigtige slags',
        check(ctx, report) {
            // The linker's errors, with a Danish message that says what kind of entry the reference takes.
            // The linker keeps the document's references in document order: no walk over every node.
            let entries: ast.NamedEntry[] | undefined;
            for (const reference of ctx.document.references) {
                if (!('ref' in reference) || reference.ref) continue;
                const error = reference.error;
                if (!error) continue;
                const name = reference.$refText;
                // A name written in text the parser skipped exists, but the tree lacks it: the syntax error says why.
                if (ctx.skippedNames.has(name)) {
                    ctx.flag(error.info.container);
                    continue;
                }
                entries ??= ctx.nodes.filter(isCompleteEntry);
                const other = entries.find(e => e.name === name);
                report(error.info.container, {
                    range: reference.$refNode?.range,
                    variant: other ? 'wrongKind' : 'main',
                    args: { name, expected: expectedFor(error.info.container), actual: other ? KIND_NAMES[other.$type] : '' },
                });
            }
        },
    }),
    'GEN-06': rule({
        title: 'Datoer i forkert rækkefølge', flagsInput: true, severity: 'warning', basis: '–',
        explanation: 'En periode kan ikke slutte før den starter, og oplysninger kan ikke være dateret efter selve beskrivelsen. En lægeattests konsultation ligger før attesten, første opfølgning efter første fraværsdag, og en forlængelse slutter efter revurderingen. Revurderingstidspunktet må gerne ligge efter sagens dato (det forberedes i god tid); SDP-03 tjekker det.',
        fix: 'Ret datoen.',
        messages: {
            main: { text: 'Perioden slutter ({to}) før den starter ({from}). Ret en af datoerne.' },
            afterCase: { text: '{what} er dateret {date}, efter sagens dato {caseDate}. Ret datoen.' },
            order: { text: '{later} ({laterDate}) ligger før {earlier} ({earlierDate}). Ret en af datoerne.' },
            impossibleAge: { text: 'Fødselsdatoen {date} giver en alder på {age} år på sagens dato {caseDate}. Ret fødselsdatoen; indtil da beregnes ingen alder.' },
        },
        requirement: 'Datoerne står i rigtig rækkefølge',
        check(ctx, report) {
            for (const node of ctx.ofType('Period', 'ProvisionPeriod')) {
                if (node.to && node.to < node.from) report(node, { args: { from: danishLongDate(node.from), to: danishLongDate(node.to) } });
            }
            const order = (node: AstNode, property: string, later: string, laterDate: string | undefined, earlier: string, earlierDate: string | undefined) => {
                if (laterDate && earlierDate && laterDate < earlierDate) {
                    report(node, { property: property as never, variant: 'order', args: { later, laterDate: danishLongDate(laterDate), earlier, earlierDate: danishLongDate(earlierDate) } });
                }
            };
            for (const node of ctx.ofType('Consultation')) {
                const attest = node.$container;
                order(node, 'date', `Dokumentet \`${attest.name}\``, attest.date, 'konsultationen, det bygger på', node.date);
            }
            const sick = sickLeaveFacts(ctx.root);
            if (sick.firstFollowUp) order(sick.firstFollowUp, 'value', 'Første opfølgning', sick.firstFollowUp.value, 'første fraværsdag', sick.firstAbsence?.value);
            for (const extension of sick.extensions) {
                if (extension.until) order(extension, 'until', 'Forlængelsen slutter', extension.until, 'revurderingen', sick.reassessment?.value);
            }
            const caseDate = ctx.caseDate;
            if (!caseDate) return;
            const citizen = citizenFacts(ctx.root);
            const birthDate = writtenBirthDate(ctx.root);
            if (birthDate && !plausibleBirthDate(birthDate, caseDate)) {
                const where = citizen.birthDate ?? citizen.cpr!;
                const args = { what: 'Fødselsdatoen', date: danishLongDate(birthDate), age: ageOn(birthDate, caseDate) ?? 0, caseDate: danishLongDate(caseDate) };
                report(where, { property: 'value', variant: birthDate > caseDate ? 'afterCase' : 'impossibleAge', args });
            }
            const benefit = citizen.benefit;
            if (benefit?.since && benefit.since > caseDate) {
                report(benefit, { property: 'since', variant: 'afterCase', args: { what: 'Ydelsen (`siden`)', date: danishLongDate(benefit.since), caseDate: danishLongDate(caseDate) } });
            }
            const afterCase = (node: AstNode, property: string, what: string, date: string | undefined) => {
                if (date && date > caseDate) report(node, { property: property as never, variant: 'afterCase', args: { what, date: danishLongDate(date), caseDate: danishLongDate(caseDate) } });
            };
            for (const node of ctx.ofType('Document')) afterCase(node, 'date', `Dokumentet \`${node.name}\``, node.date);
            for (const node of ctx.ofType('Event')) afterCase(node, 'date', `Hændelsen \`${node.name}\``, node.date);
            for (const node of ctx.ofType('Progression')) afterCase(node, 'date', 'Progressionsnoten', node.date);
            for (const node of ctx.ofType('FirstAbsence')) afterCase(node, 'value', 'Første fraværsdag', node.value);
            for (const node of ctx.ofType('FirstFollowUp')) afterCase(node, 'value', 'Første opfølgning', node.value);
        },
    }),
    'GEN-07': rule({
        title: 'Ukendt lovhenvisning', flagsInput: true, severity: 'error', basis: '–',
        explanation: 'En lovhenvisning skal bruge en kendt lovforkortelse (LAB, LAS, LSP, RSL, FVL, SDL, SEL, SUL, LOB, DBL). En paragraf uden for kataloget er ikke nødvendigvis forkert, men kan ikke vises med titel og resumé.',
        fix: 'Brug en af de kendte forkortelser; tjek paragrafnummeret.',
        messages: {
            main: { text: 'Loven `{law}` kendes ikke. Brug en af forkortelserne {laws}.' },
            unknownSection: { text: '{ref} findes ikke i lovkataloget; tjek paragrafnummeret.', severity: 'info' },
        },
        requirement: 'Lovhenvisningerne nævner kendte love og paragraffer',
        check(ctx, report) {
            for (const node of ctx.ofType('LegalReference')) {
                if (!node.law) continue;
                if (!lawByAbbreviation(node.law)) {
                    report(node, { property: 'law', args: { law: node.law, laws: LAW_ABBREVIATIONS.join(', ') } });
                } else if (node.section !== undefined && !lookupProvision(node.law, node.section, node.letter)) {
                    report(node, { variant: 'unknownSection', args: { ref: referenceText(node) } });
                }
            }
        },
    }),
    'GEN-08': rule({
        title: 'Pladsholder eller tom tekst', severity: 'error', basis: 'RSL § 10 (sagens oplysning); notatpligt',
        explanation: 'En afgørelse skal bygge på konkrete oplysninger (forvaltningslovens § 24). Tom tekst og pladsholdere som TODO, xxx og "udfyldes" er tegn på, at noget mangler. Et pladsholderord tæller, hvor det end står i teksten, og hvad der end følger efter det.',
        fix: 'Skriv den konkrete oplysning, eller fjern linjen.',
        messages: { main: { text: 'Teksten er tom eller en pladsholder ("{text}"). Skriv den konkrete oplysning: en beskrivelse, der ikke er færdig, må aldrig se færdig ud, så rapporten er et udkast, indtil teksten er skrevet (retssikkerhedslovens § 10).' } },
        requirement: 'Ingen tekster er tomme eller pladsholdere',
        check(ctx, report) {
            for (const node of ctx.ofType('Prose')) {
                const text = proseText(node);
                if (coveredElsewhere(node, text.trim() === '')) continue;
                if (isPlaceholderText(text)) {
                    const shown = text.trim().length > 40 ? text.trim().slice(0, 37) + '…' : text.trim();
                    report(node, { args: { text: shown }, owns: ast.isReasons(node.$container) ? 'text:begrundelse' : ast.isGoal(node.$container) ? 'text:mål' : undefined });
                }
            }
        },
    }),
    'GEN-09': rule({
        title: 'Ukendt ord i fast liste', flagsInput: true, severity: 'error', basis: '–',
        explanation: 'Nogle felter tager et ord fra en fast liste (ydelse, formål, indstilling, arbejdsevne, dokumenttype, indsatstype, tema, visitation), så beskrivelsen kan tjekkes mod reglerne.',
        fix: 'Vælg et af de tilladte ord. Hurtigrettelsen retter til det nærmeste.',
        messages: {
            main: { text: '`{word}` er ikke et af de tilladte ord ved `{list}`. Mente du `{suggestion}`? Tilladte ord: {allowed}.' },
            noSuggestion: { text: '`{word}` er ikke et af de tilladte ord ved `{list}`. Tilladte ord: {allowed}.' },
        },
        requirement: 'Alle faste ord er stavet som i ordlisten',
        check(ctx, report) {
            for (const node of ctx.ofType(...WORD_PLACE_TYPES)) {
                const fixed = fixedWordOf(node);
                if (!fixed || fixed.word === undefined || isInList(fixed.place.list, fixed.word)) continue;
                const { place, word } = fixed;
                const suggestion = nearestWord(place.list, word);
                report(node, {
                    // The word-places table names the property the word stands in.
                    property: place.property,
                    variant: suggestion ? 'main' : 'noSuggestion',
                    args: { word, list: WORD_LISTS[place.list].label, suggestion: suggestion ?? '', allowed: (WORD_LISTS[place.list].words as readonly string[]).join(', ') },
                    data: { list: place.list, suggestion },
                    owns: `word:${place.list}`,
                });
            }
        },
        quickFix: {
            title: 'Ret til det nærmeste ord',
            titleFor: (d: FixDiagnostic<{ list: string; suggestion?: string }>) => `Ret til "${d.data.suggestion}"`,
            edits: (d: FixDiagnostic<{ list: string; suggestion?: string }>) => (d.data.suggestion ? [{ range: d.range, newText: d.data.suggestion }] : undefined),
        },
    }),
    'GEN-10': rule({
        title: 'Sagens dato mangler', severity: 'error', basis: '–',
        explanation: 'Sagens dato vælger de regler, beskrivelsen tjekkes efter. Uden den kan intet tjekkes med sikkerhed: beskrivelsen tjekkes efter de nyeste regler, og det siger hver besked.',
        fix: 'Skriv `dato: ÅÅÅÅ-MM-DD` i `sag`: den dag, beskrivelsen gælder.',
        messages: {
            main: { text: 'Sagen har ingen dato. Datoen vælger reglerne, så indtil den står der, tjekkes beskrivelsen efter de nyeste regler, og intet er sikkert. Skriv `dato: ÅÅÅÅ-MM-DD` i `sag`.' },
            noCase: { text: 'Beskrivelsen har ingen sagsdato (blokken `sag` mangler). Datoen vælger reglerne, så indtil den står der, tjekkes beskrivelsen efter de nyeste regler. Tilføj `sag { dato: ÅÅÅÅ-MM-DD … }`.' },
        },
        requirement: 'Sagen har en dato',
        check(ctx, report) {
            const kase = caseFacts(ctx.root);
            if (kase.date) return;
            if (kase.block) report(kase.block, { keyword: 'sag' });
            else report(ctx.root, { range: TOP_OF_FILE, variant: 'noCase' });
        },
    }),
});

export { BLOCKS };
