import {
    caseFacts, citizenFacts, computeFacts, danishLongDate, findCprNumbers, isError, MASKED_CPR, maskCpr, proseText, block, regimeById, type Assessment, type ResolvedConfig,
} from '@arbejdsevne/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { wordLabel } from './labels.js';
import { appendixSection } from './sections/appendix.js';
import { caseHistorySection } from './sections/case-history.js';
import { citizenStatementSection } from './sections/citizen-statement.js';
import { conclusionSection } from './sections/conclusion.js';
import { documentationSection } from './sections/documentation.js';
import { goalSection } from './sections/goal.js';
import { employmentSection, healthSection, socialSection } from './sections/life-areas.js';
import { measurePlanSection } from './sections/measure-plan.js';
import { previousMeasuresSection } from './sections/previous-measures.js';
import { provisionSection } from './sections/provision.js';
import { sickLeaveSection } from './sections/sick-leave.js';
import type { SectionBuilder, SectionContext } from './sections/section.js';
import { protectModel } from './protect.js';
import { text } from './text.js';
import { CONFIDENTIAL, type ReportModel } from './types.js';

export { flowing, mentionText, text } from './text.js';

export interface BuildOptions {
    /** Show the CPR number in full (default: masked as DDMMYY-XXXX). */
    showCpr?: boolean;
    /** Add the appendix "Bilag: lovmæssig fuldstændighed". */
    appendix?: boolean;
    /** The creation date (default: sag.dato). */
    date?: string;
    /** The configuration the diagnostics were made with (profile, rule set), for the appendix. */
    config?: Pick<ResolvedConfig, 'profil' | 'regler' | 'regelsæt'>;
}


/** The report's sections in order (after the header): to add a section, write a builder and list it here. */
export const SECTION_BUILDERS: readonly SectionBuilder[] = [
    goalSection, employmentSection, socialSection, healthSection, provisionSection, sickLeaveSection, previousMeasuresSection,
    citizenStatementSection, measurePlanSection, conclusionSection, caseHistorySection, documentationSection, appendixSection,
];

/** 1. The header: who, what and under which rule set. */
function headerRows(root: Assessment, ctx: SectionContext): Array<[string, string]> {
    const { facts, ruleSet } = ctx;
    const citizen = citizenFacts(root);
    const kase = caseFacts(root);
    const rows: Array<[string, string]> = [];
    const name = proseText(citizen.name?.value);
    if (name) rows.push(['Borger', name]);
    const age = facts.age;
    if (age !== undefined) rows.push(['Alder', `${age} år`]);
    if (citizen.cpr) rows.push(['CPR-nummer', maskCpr(proseText(citizen.cpr.value).trim())]);
    else if (citizen.birthDate) rows.push(['Fødselsdato', danishLongDate(citizen.birthDate.value)]);
    if (citizen.benefit) rows.push(['Ydelse', `${wordLabel(citizen.benefit.value)}${citizen.benefit.since ? ` siden ${danishLongDate(citizen.benefit.since)}` : ''}`]);
    if (citizen.visitation) rows.push(['Visitation', wordLabel(citizen.visitation.value)]);
    if (kase.caseNumber) rows.push(['Sagsnummer', text(kase.caseNumber.value)]);
    if (kase.date) rows.push(['Dato', danishLongDate(kase.date.value)]);
    if (kase.municipality) rows.push(['Kommune', text(kase.municipality.value)]);
    if (kase.caseworker) rows.push(['Sagsbehandler', text(kase.caseworker.value)]);
    if (kase.purpose) rows.push(['Formål', wordLabel(kase.purpose.value)]);
    if (kase.grantDate) rows.push(['Forløbet bevilget', danishLongDate(kase.grantDate.value)]);
    // The label already says "Regelsæt"; the value starts at the rule set's id.
    rows.push(['Regelsæt', ruleSet.replace(/^Regelsæt /, '')]);
    // Rules switched off change what the report can be trusted for: said on the first page, not only in the appendix.
    const off = Object.entries(ctx.options.config?.regler ?? {}).filter(([, level]) => level === 'off').map(([id]) => id).sort();
    if (off.length) rows.push(['Regler slået fra', `${off.length} (${off.join(', ')})`]);
    return rows;
}

const HAS_CPR = (text: string) => findCprNumbers(text).length > 0 || new RegExp(MASKED_CPR.source).test(text);

/**
 * The title outside the body (file metadata, page headers, the browser tab): never a CPR number,
 * not even masked. A title with one gives way to the citizen's name, or to the kind of document.
 */
export function outsideTitle(title: string, name: string): string {
    if (!HAS_CPR(title)) return title;
    return name && !HAS_CPR(name) ? `${name} – beskrivelse af arbejdsevne` : 'Beskrivelse af arbejdsevne';
}

/** The full report's model: the header, then each section builder in turn. */
export function buildReport(root: Assessment, diagnostics: readonly Diagnostic[], options: BuildOptions = {}): ReportModel {
    const facts = computeFacts(root, options.config?.regelsæt);
    const regime = regimeById(facts.regime.id)!;
    const ctx: SectionContext = {
        root, diagnostics, options, facts,
        date: options.date ?? facts.caseDate ?? '2000-01-01',
        ruleSet: `Regelsæt ${regime.id}, gældende fra ${danishLongDate(regime.from)}${regime.usikker ? ' (foreløbigt)' : ''}`,
    };
    const title = proseText(block(root, 'arbejdsevne')?.title) || 'Beskrivelse af arbejdsevne';
    const name = proseText(citizenFacts(root).name?.value).trim();
    const sections = SECTION_BUILDERS.flatMap(build => build(ctx) ?? []);
    const draft = diagnostics.some(isError);
    const model = protectModel({
        meta: { title: outsideTitle(title, name), subject: 'Beskrivelse af arbejdsevne', date: ctx.date, language: 'da', draft, confidential: CONFIDENTIAL, ruleSet: ctx.ruleSet, citizenVersion: false },
        header: { title, rows: headerRows(root, ctx) },
        sections,
    });
    // `--vis-cpr` shows the citizen's own number in full, and no other.
    const cpr = citizenFacts(root).cpr;
    if (options.showCpr && cpr) model.header.rows = model.header.rows.map(([k, v]) => (k === 'CPR-nummer' ? [k, proseText(cpr.value).trim()] : [k, v]));
    return model;
}
