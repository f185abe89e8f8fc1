import { block, caseFacts, computeFacts, conclusionFacts, danishLongDate, plannedMeasures, attribute, type Assessment } from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import { flowing, text } from './text.js';
import { protectModel } from './protect.js';
import type { ReportBlock, ReportModel } from './types.js';

/** What each outcome means, in plain words to the citizen (no legal terms, no rule ids). */
const OUTCOME_IN_PLAIN_WORDS: Record<string, string> = {
    fleksjob: 'Vi foreslår, at du får et fleksjob: et job med færre timer og de hensyn, du har brug for.',
    førtidspension: 'Vi foreslår, at du får førtidspension.',
    seniorførtidspension: 'Vi foreslår, at du får seniorførtidspension.',
    ressourceforløb: 'Vi foreslår et længere forløb, hvor flere fagfolk hjælper dig på én gang.',
    jobafklaringsforløb: 'Vi foreslår et forløb, hvor vi sammen finder ud af, hvilket arbejde du kan klare.',
    revalidering: 'Vi foreslår, at du får hjælp til at blive uddannet til et nyt arbejde.',
    afklaring: 'Vi vil sammen med dig finde ud af, hvilken hjælp der passer bedst.',
    anden_indsats: 'Vi foreslår den hjælp, der står ovenfor.',
    ordinær_beskæftigelse: 'Vi tror på, at du kan klare et almindeligt job, og vil hjælpe dig med at finde det.',
    udviklingsfleksjob: 'Vi foreslår et job med få timer, hvor timerne kan stige, når du bliver klar til det.',
};

/** The citizen version (borgerversion): short, plain, addressed to the citizen, their own words first. */
export function buildCitizenReport(root: Assessment, date?: string): ReportModel {
    const facts = computeFacts(root);
    const kase = caseFacts(root);
    const conclusion = conclusionFacts(root);
    const caseworker = text(kase.caseworker?.value).split(',')[0];
    const when = date ?? facts.caseDate ?? '2000-01-01';

    const told: ReportBlock[] = [];
    const statement = block(root, 'borgerens_vurdering');
    if (statement?.text) told.push({ kind: 'quote', text: text(statement.text), caption: statement.date ? `Dine egne ord, ${danishLongDate(statement.date)}` : 'Dine egne ord' });
    const perspective = block(root, 'helbred')?.items.find(ast.isHealthPerspective);
    if (perspective) told.push({ kind: 'quote', text: text(perspective.text), caption: 'Om dit helbred' });
    const goal = block(root, 'mål');
    if (goal) told.push({ kind: 'paragraph', label: 'Dit mål', text: text(goal.text) });

    const agreed: ReportBlock[] = plannedMeasures(root).map(m => {
        const who = text(attribute(m, ast.isResponsible)?.text);
        const p = attribute(m, ast.isPeriod);
        const parts = [text(m.text) + '.', who ? `Det står ${who} for.` : '', p ? `Fra ${danishLongDate(p.from)} til ${danishLongDate(p.to)}.` : ''];
        return { kind: 'paragraph', text: parts.filter(Boolean).join(' ') } as const;
    });

    const next: ReportBlock[] = [];
    const outcome = conclusion.recommendation?.value ?? kase.purpose?.value;
    if (outcome && OUTCOME_IN_PLAIN_WORDS[outcome]) next.push({ kind: 'paragraph', text: OUTCOME_IN_PLAIN_WORDS[outcome] });
    if (conclusion.reasons) next.push({ kind: 'paragraph', label: 'Derfor', text: flowing(conclusion.reasons.text) });
    next.push({ kind: 'paragraph', text: `Du har ret til at se alt, hvad der står om dig, og til at sige din mening, før der træffes en afgørelse.${caseworker ? ` Kontakt ${caseworker}, hvis noget er forkert, eller hvis du har spørgsmål.` : ''}` });

    const title = 'Din plan – det har vi talt om';
    return protectModel({
        meta: { title, subject: 'Borgerversion af beskrivelse af arbejdsevne', date: when, language: 'da', draft: false, confidential: 'Fortroligt – indeholder helbredsoplysninger', ruleSet: '', citizenVersion: true },
        header: { title, rows: [['Dato', danishLongDate(when)], ...(caseworker ? [['Din sagsbehandler', caseworker] as [string, string]] : [])] },
        sections: [
            { id: 'fortalt', title: 'Det har du fortalt os', blocks: told },
            { id: 'enige', title: 'Det er vi enige om at arbejde med', blocks: agreed.length ? agreed : [{ kind: 'paragraph', text: 'Vi har endnu ikke aftalt en plan.' } as ReportBlock] },
            { id: 'nu', title: 'Det sker nu', blocks: next },
        ].filter(s => s.blocks.length),
    });
}
