import {
    addDays, caseFacts, citizenFacts, danishLongDate, documents, isError, lastHearing, maskCpr, proseText, readability,
    type Assessment, type Readability, type SemanticChange,
} from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { protectModel } from './protect.js';
import { CONFIDENTIAL, type ReportBlock, type ReportModel, type ReportSection } from './types.js';

/**
 * The partshøring letter (forvaltningslovens § 19): to the citizen as "du", in plain Danish, it
 * lists the information the citizen has not seen (the documents since the last partshøring, or
 * since a date or an earlier version, and what changed since that version), says what the citizen
 * can do and by which date. The tool's own sentences are kept at LIX under 35; a document is named
 * by its kind, date and the caseworker's description only, never by its content.
 */

/** A document as a citizen knows it. */
const DOCUMENT_KINDS: Record<string, string> = {
    LÆ265: 'Attest fra din læge (LÆ 265)', LÆ285: 'Attest fra din læge (LÆ 285)', speciallægeerklæring: 'Erklæring fra en speciallæge',
    klinisk_funktion: 'Rådgivning fra klinisk funktion i regionen', journaloplysninger: 'Oplysninger fra din journal',
    praktikrapport: 'Rapport fra din praktik', psykolograpport: 'Rapport fra en psykolog', andet: 'Et andet dokument',
};

/** The fields whose change the citizen is told about, in plain words. */
const FIELD_WORDS: Record<string, string> = {
    arbejdsevne: 'Vores vurdering af din arbejdsevne', indstilling: 'Det, vi foreslår', skånehensyn: 'De hensyn, der skal tages',
    arbejdsfunktioner: 'De opgaver, du kan klare', begrundelse: 'Begrundelsen for vores vurdering', udviklingsperspektiv: 'Hvordan din arbejdsevne kan udvikle sig',
    mål: 'Dit mål', ydelse: 'Din ydelse', revurdering: 'Datoen for revurdering af dine sygedagpenge',
};

const ENTRY_WORDS: Record<string, string> = {
    barriere: 'Det, der står i vejen', ressource: 'Det, du er god til', dokument: 'Et dokument', indsats: 'En indsats',
};

export interface HearingLetterOptions {
    /** The letter's date (ISO); default: today, given by the caller. */
    date: string;
    /** The answer is due on this date (ISO); default: 14 days after the letter's date. */
    deadline?: string;
    /** List documents dated after this day (ISO) instead of after the last partshøring. */
    since?: string;
    /** The changes since an earlier version (`compareAssessments`): its new documents and changed facts are listed. */
    changes?: readonly SemanticChange[];
    /** The assessment's findings: the letter is a draft (UDKAST) while it has errors. */
    diagnostics?: readonly Diagnostic[];
}

/** The changed facts the citizen is heard on: not the documents (listed on their own), the case history, their own words, or a renamed id. */
export function changesToTell(changes: readonly SemanticChange[] | undefined): SemanticChange[] {
    return (changes ?? []).filter(c => c.block !== 'dokumentation' && c.block !== 'sagsforløb' && c.block !== 'borgerens_vurdering' && c.kind !== 'renamed');
}


function generated(text: string): ReportBlock {
    return { kind: 'paragraph', text, origin: 'generated' };
}

/** The documents the citizen has not seen, by the rule the options give. */
export function newDocuments(root: Assessment, options: HearingLetterOptions): ast.Document[] {
    const all = documents(root).filter(d => d.date).sort((a, b) => a.date.localeCompare(b.date));
    if (options.changes) {
        const named = new Set(options.changes.filter(c => c.block === 'dokumentation' && (c.kind === 'added' || c.kind === 'changed')).map(c => c.name));
        return all.filter(d => named.has(d.name));
    }
    const from = options.since ?? lastHearing(root, options.date);
    return all.filter(d => !from || d.date > from);
}

export function buildHearingLetter(root: Assessment, options: HearingLetterOptions): ReportModel {
    const citizen = citizenFacts(root);
    const kase = caseFacts(root);
    const firstName = proseText(citizen.name?.value).trim().split(/\s+/)[0] ?? '';
    const caseworker = proseText(kase.caseworker?.value).split(',')[0].trim();
    const deadline = options.deadline ?? addDays(options.date, 14);
    const docs = newDocuments(root, options);
    const since = options.changes ? undefined : options.since ?? lastHearing(root, options.date);

    const opening: ReportBlock[] = [
        generated(firstName ? `Kære ${firstName}` : 'Kære borger'),
        generated('Vi er ved at gøre din sag klar. Før kommunen beslutter noget, har du ret til at se de nye oplysninger og sige din mening om dem. Det står i forvaltningsloven, § 19.'),
    ];
    const sections: ReportSection[] = [{ id: 'indledning', title: 'Du skal høres i din sag', blocks: opening }];

    const received: ReportBlock[] = [];
    if (docs.length) {
        received.push(generated(since ? `Siden ${danishLongDate(since)} har vi fået disse oplysninger:` : 'Vi har fået disse oplysninger:'));
        received.push({
            kind: 'table', caption: 'Nye oplysninger i din sag', columns: ['Oplysning', 'Dato', 'Hvad det er'], widths: [2, 1.2, 3],
            rows: docs.map(d => [DOCUMENT_KINDS[d.type] ?? 'Et dokument', danishLongDate(d.date), proseText(d.description).replace(/\s+/g, ' ').trim()]),
        });
        received.push(generated('Du kan få en kopi af det hele. Ring eller skriv til os, så sender vi den.'));
    } else {
        received.push(generated(since ? `Vi har ikke fået nye dokumenter siden ${danishLongDate(since)}.` : 'Vi har ikke fået nye dokumenter.'));
    }
    sections.push({ id: 'nyt', title: 'Det har vi fået', blocks: received });

    const changed = changesToTell(options.changes);
    if (changed.length) {
        sections.push({
            id: 'aendret', title: 'Det har vi ændret',
            blocks: [
                generated('Vi har ændret dette i beskrivelsen af din arbejdsevne:'),
                {
                    kind: 'table', caption: 'Ændringer i beskrivelsen', columns: ['Hvad', 'Før', 'Nu'], widths: [2, 2.5, 2.5],
                    rows: changed.map(c => [
                        (c.entry ? ENTRY_WORDS[c.entry] : FIELD_WORDS[c.name]) ?? 'En oplysning',
                        c.kind === 'added' ? '(ny)' : inWords(c.wordsBefore),
                        c.kind === 'removed' ? '(fjernet)' : inWords(c.wordsAfter),
                    ]),
                },
            ],
        });
    }

    const reply: ReportBlock[] = [
        generated(`Du kan sende os dine bemærkninger. Vi skal have dem senest ${danishLongDate(deadline)}.`),
        generated(caseworker ? `Du kan skrive eller ringe til ${caseworker}. Du kan også bede om et møde.` : 'Du kan skrive eller ringe til os. Du kan også bede om et møde.'),
        generated('Hører vi ikke fra dig, tager vi stilling ud fra de oplysninger, vi har.'),
    ];
    sections.push({ id: 'svar', title: 'Det kan du gøre', blocks: reply });

    const cpr = citizen.cpr ? maskCpr(proseText(citizen.cpr.value).trim()) : undefined;
    return protectModel({
        meta: {
            title: 'Partshøring', subject: 'Partshøring i sag om arbejdsevne', date: options.date, language: 'da',
            draft: (options.diagnostics ?? []).some(isError), confidential: CONFIDENTIAL, ruleSet: '', citizenVersion: true,
        },
        header: {
            title: 'Partshøring: nye oplysninger i din sag',
            rows: [
                ['Dato', danishLongDate(options.date)],
                ...(firstName ? [['Til', proseText(citizen.name?.value).trim()] as [string, string]] : []),
                ...(cpr ? [['CPR-nummer', cpr] as [string, string]] : []),
                ['Svar senest', danishLongDate(deadline)],
                ...(caseworker ? [['Din sagsbehandler', caseworker] as [string, string]] : []),
            ],
        },
        sections,
    });
}

/** A value as words: a fixed word's underscores are spaces (`væsentligt_og_varigt_nedsat`). */
function inWords(value: string | undefined): string {
    return !value ? '' : /\s/.test(value) ? value : value.replace(/_/g, ' ');
}

/** How easy the tool's own sentences are to read (LIX), as the borgerversion is measured. */
export function hearingLetterReadability(model: ReportModel): Readability {
    const own = model.sections.flatMap(s => s.blocks.flatMap(b => ('text' in b && 'origin' in b && b.origin === 'generated' ? [b.text] : [])));
    return readability(own.join('\n'));
}
