import {
    attribute, block, blocks, caseFacts, citizenFacts, computeFacts, conclusionFacts, danishLongDate, isError, isPlaceholderText, plannedMeasures, proseWith, readability, sickLeaveFacts, wordLabel, type Assessment, type Readability,
} from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { protectModel } from './protect.js';
import { sentence } from './sentence.js';
import { reflow } from './text.js';
import { CONFIDENTIAL, type ReportBlock, type ReportModel, type ReportSection } from './types.js';

/**
 * The citizen version (borgerversion): short, plain, addressed to the citizen as "du", their own
 * words first. What it writes itself is kept at LIX under 35; it never shows a rule id, a §, a
 * form code, an entry's id, "jf." or a quoted document. The caseworker's legal reasoning stays in
 * the full report: "Vores vurdering" is their own `til_borgeren`, or a plain sentence per outcome.
 */

/** What each outcome means, said to the citizen. */
const OUTCOME_IN_PLAIN_WORDS: Record<string, string> = {
    fleksjob: 'Vi foreslår, at du får et fleksjob. Det er et job med færre timer og de hensyn, du har brug for.',
    førtidspension: 'Vi foreslår, at du får førtidspension. Det betyder, at du ikke skal arbejde for at få penge at leve af.',
    seniorførtidspension: 'Vi skal tale med dig om, hvilken pension du kan søge.',
    ressourceforløb: 'Vi foreslår et længere forløb, hvor flere fagfolk hjælper dig på én gang.',
    jobafklaringsforløb: 'Vi foreslår et forløb, hvor vi sammen finder ud af, hvilket arbejde du kan klare.',
    revalidering: 'Vi foreslår, at du får hjælp til at lære et nyt fag.',
    afklaring: 'Vi vil sammen med dig finde ud af, hvilken hjælp der passer bedst.',
    anden_indsats: 'Vi foreslår den hjælp, der står ovenfor.',
    ordinær_beskæftigelse: 'Vi tror på, at du kan klare et almindeligt job. Vi vil hjælpe dig med at finde det.',
    udviklingsfleksjob: 'Vi foreslår et job med få timer. Timerne kan stige, når du er klar til det.',
};

/** What happens next, per outcome that ends in a decision. */
const NEXT_DECISION: Record<string, string> = {
    fleksjob: 'Nu skal kommunen træffe en afgørelse om fleksjob. Du får et brev med afgørelsen og begrundelsen for den.',
    førtidspension: 'Nu skal kommunen træffe en afgørelse om førtidspension. Du får et brev med afgørelsen og begrundelsen for den.',
};

/** The citizen's stance, said back to them. */
const STANCE_TO_CITIZEN: Record<string, string> = {
    enig: 'Du er enig i vores vurdering.',
    delvis_enig: 'Du er delvis enig i vores vurdering.',
    uenig: 'Du er ikke enig i vores vurdering.',
};

/** A document named the way a citizen knows it. */
const DOCUMENT_IN_PLAIN_WORDS: Record<string, string> = {
    LÆ265: 'din læges attest', LÆ285: 'din læges attest', speciallægeerklæring: 'speciallægens erklæring',
    klinisk_funktion: 'den sundhedsfaglige rådgivning', journaloplysninger: 'din journal', praktikrapport: 'rapporten fra praktikken',
    psykolograpport: 'psykologens rapport', andet: 'et brev i sagen',
};

/** A placeholder is never shown to the citizen ("udfyldes", "TODO"): GEN-08's own definition. */
const isPlaceholder = isPlaceholderText;

/** Prose for the citizen: a mention becomes the words it stands for, never an id or a quotation. */
function plain(prose: ast.Prose | undefined): string {
    return proseWith(prose, mention => {
        const target = mention.target.ref;
        if (!target) return '';
        if (ast.isDocument(target)) return DOCUMENT_IN_PLAIN_WORDS[target.type] ?? 'et dokument';
        const text = 'text' in target && target.text ? proseWith(target.text, () => '') : '';
        return text.charAt(0).toLowerCase() + text.slice(1);
    }).replace(/\s+/g, ' ').trim();
}

function generated(text: string): ReportBlock {
    return { kind: 'paragraph', text, origin: 'generated' };
}

export function buildCitizenReport(root: Assessment, diagnostics: readonly Diagnostic[] = [], date?: string): ReportModel {
    const facts = computeFacts(root);
    const kase = caseFacts(root);
    const conclusion = conclusionFacts(root);
    const caseworker = plain(kase.caseworker?.value).split(',')[0];
    const name = plain(citizenFacts(root).name?.value).split(' ')[0];
    const when = date ?? facts.caseDate ?? '2000-01-01';
    const outcome = facts.outcome;

    // Det har du fortalt os: the citizen's own words first, verbatim.
    const told: ReportBlock[] = [];
    const statement = block(root, 'borgerens_vurdering');
    if (statement?.text && !isPlaceholder(plain(statement.text))) {
        told.push({ kind: 'quote', text: reflow(proseWith(statement.text, () => '')), caption: statement.date ? `Dine egne ord, ${danishLongDate(statement.date)}` : 'Dine egne ord', origin: 'citizen' });
    }
    // A citizen who is not (fully) enig is told so in plain words, with the caseworker's answer right after.
    if (statement?.stance) told.push(generated(STANCE_TO_CITIZEN[statement.stance] ?? ''));
    if (statement?.stance && statement.stance !== 'enig' && conclusion.citizenViewAnswer && !isPlaceholder(plain(conclusion.citizenViewAnswer.text))) {
        told.push({ kind: 'paragraph', label: 'Det har vi gjort ved det', text: sentence(plain(conclusion.citizenViewAnswer.text)), origin: 'caseworker' });
    }
    const perspective = block(root, 'helbred')?.items.find(ast.isHealthPerspective);
    if (perspective && !isPlaceholder(plain(perspective.text))) told.push({ kind: 'quote', text: reflow(proseWith(perspective.text, () => '')), caption: 'Om dit helbred', origin: 'citizen' });
    const goal = block(root, 'mål');
    if (goal && !isPlaceholder(plain(goal.text))) told.push({ kind: 'paragraph', label: 'Dit mål', text: sentence(plain(goal.text)), origin: 'caseworker' });
    // The wish is not the goal: the citizen reads what they wished for, in their own words.
    for (const wish of blocks(root, 'beskæftigelse').flatMap(a => a.items.filter(ast.isWishes))) {
        if (!isPlaceholder(plain(wish.text))) told.push({ kind: 'quote', text: reflow(proseWith(wish.text, () => '')), caption: 'Det ønsker du dig af job og uddannelse', origin: 'citizen' });
    }

    // Det er vi enige om at arbejde med: each planned measure in plain words.
    const measures = plannedMeasures(root).filter(m => !isPlaceholder(plain(m.text)));
    const agreed: ReportBlock[] = measures.map(m => {
        const who = plain(attribute(m, ast.isResponsible)?.text);
        const period = attribute(m, ast.isPeriod);
        const parts = [
            sentence(plain(m.text)),
            who && !isPlaceholder(who) ? `${who.charAt(0).toUpperCase()}${who.slice(1)} står for det.` : '',
            period ? `Det sker fra ${danishLongDate(period.from)} til ${danishLongDate(period.to)}.` : '',
        ];
        return { kind: 'paragraph', label: wordLabel(m.type), text: parts.filter(Boolean).join(' '), origin: 'caseworker' } as const;
    });

    // Vores vurdering: the caseworker's own words to the citizen, or a plain sentence per outcome.
    const assessment: ReportBlock[] = [];
    if (conclusion.toCitizen && !isPlaceholder(plain(conclusion.toCitizen.text))) assessment.push({ kind: 'paragraph', text: plain(conclusion.toCitizen.text), origin: 'caseworker' });
    else if (outcome && OUTCOME_IN_PLAIN_WORDS[outcome]) assessment.push(generated(OUTCOME_IN_PLAIN_WORDS[outcome]));
    // A sygemeldt is told when the sygedagpenge were (or will be) looked at again: the day the route turned.
    const reassessment = sickLeaveFacts(root).reassessment?.value;
    if (reassessment) {
        const verb = reassessment <= when ? 'så' : 'ser';
        assessment.push(generated(`Vi ${verb} på dine sygedagpenge igen den ${danishLongDate(reassessment)}. Det gør vi, når du har fået dem i over 22 uger.`));
    }

    // Det sker nu: the next dated step, and the citizen's rights.
    const next: ReportBlock[] = [];
    const upcoming = measures.map(m => attribute(m, ast.isPeriod)?.from).filter((d): d is string => !!d && d >= when).sort()[0];
    if (outcome && NEXT_DECISION[outcome]) next.push(generated(NEXT_DECISION[outcome]));
    else if (upcoming) next.push(generated(`Det første, vi har aftalt, begynder ${danishLongDate(upcoming)}.`));
    next.push(generated('Du har ret til at se alt, hvad der står om dig. Du har også ret til at sige din mening, før kommunen beslutter noget.'));
    if (caseworker) next.push(generated(`Kontakt ${caseworker}, hvis noget er forkert, eller hvis du har spørgsmål.`));

    const sections: ReportSection[] = [{ id: 'fortalt', title: 'Det har du fortalt os', blocks: told }];
    // No heading claims an agreement the citizen has said they do not share.
    const planTitle = statement?.stance === 'uenig' || statement?.stance === 'delvis_enig' ? 'Det foreslår vi at arbejde med' : 'Det er vi enige om at arbejde med';
    if (agreed.length) sections.push({ id: 'enige', title: planTitle, blocks: agreed });
    else if (!outcome || !NEXT_DECISION[outcome]) sections.push({ id: 'enige', title: planTitle, blocks: [generated('Vi har endnu ikke aftalt en plan sammen.')] });
    sections.push({ id: 'vurdering', title: 'Vores vurdering', blocks: assessment }, { id: 'nu', title: 'Det sker nu', blocks: next });

    const title = name ? `${name}${/[sxz]$/i.test(name) ? "'" : 's'} plan – det har vi talt om` : 'Din plan – det har vi talt om';
    return protectModel({
        meta: {
            title, subject: 'Borgerversion af beskrivelse af arbejdsevne', date: when, language: 'da',
            // A draft for the citizen exactly when the full report is one.
            draft: diagnostics.some(isError),
            confidential: CONFIDENTIAL, ruleSet: '', citizenVersion: true,
        },
        // No date is better than an invented one: a draft without `sag.dato` shows none.
        header: { title, rows: [...(date ?? facts.caseDate ? [['Dato', danishLongDate(when)] as [string, string]] : []), ...(caseworker ? [['Din sagsbehandler', caseworker] as [string, string]] : [])] },
        sections: sections.filter(s => s.blocks.length),
    });
}

/**
 * How easy the citizen version is to read (LIX): what the caseworker and the tool wrote, not the
 * citizen's own words, which are kept as they were said. Shown beside the version in the preview.
 */
export function citizenReadability(model: ReportModel): Readability {
    const written = model.sections.flatMap(section => section.blocks.flatMap(block =>
        'text' in block && 'origin' in block && block.origin && block.origin !== 'citizen' ? [block.text] : []));
    return readability(written.join('\n'));
}
