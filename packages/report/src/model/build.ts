import {
    addressedBarriers, ageOn, attribute, block, blocks, caseFacts, citizenFacts, computeFacts, conclusionFacts, danishLongDate,
    documents, events, formatReference, referenceText, INDSATSTYPER, maskCpr, plannedMeasures, previousMeasures, proseText, proseWith, regimeById,
    sourcesOf, type Assessment, type ResolvedConfig,
} from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checklist } from './checklist.js';
import { EVENT_LABELS, SECTOR_LABELS, wordLabel } from './labels.js';
import type { Matrix, ReportBlock, ReportModel, ReportSection, Timeline } from './types.js';

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

const CONFIDENTIAL = 'Fortroligt – indeholder helbredsoplysninger';

/** Resolves a mention to the text of the entry it names: »…«. */
export function mentionText(mention: ast.Mention): string {
    const target = mention.target.ref;
    if (!target) return mention.target.$refText;
    if (ast.isDocument(target)) {
        const what = [wordLabel(target.type), danishLongDate(target.date)].filter(Boolean).join(', ');
        return target.description ? `»${proseText(target.description)}« (${what})` : what;
    }
    const text = 'text' in target && target.text ? proseText(target.text) : target.name;
    return `»${text}«`;
}

export function text(prose: ast.Prose | undefined): string {
    return proseWith(prose, mention => mentionText(mention));
}

/** Running text: the line breaks of the source are wrapping, not meaning (blank lines stay paragraphs). */
export function flowing(prose: ast.Prose | undefined): string {
    return text(prose).replace(/([^\n])\n(?!\n)/g, '$1 ');
}

function lineOf(node: { $cstNode?: { range: { start: { line: number } } } } | undefined): number | undefined {
    return node?.$cstNode ? node.$cstNode.range.start.line + 1 : undefined;
}

function period(p: { from: string; to?: string; open?: boolean } | undefined): string {
    if (!p) return '';
    return `${danishLongDate(p.from)} – ${p.open ? 'nu' : danishLongDate(p.to)}`;
}

const BENEFIT_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f'];
const PATTERNS = ['solid', 'hatch', 'dots', 'cross'] as const;
const SECTOR_STYLE = {
    beskæftigelse: { colour: '#4e79a7', pattern: 'solid' },
    social: { colour: '#f28e2b', pattern: 'hatch' },
    sundhed: { colour: '#59a14f', pattern: 'dots' },
} as const;

export function buildReport(root: Assessment, diagnostics: readonly Diagnostic[], options: BuildOptions = {}): ReportModel {
    const facts = computeFacts(root, options.config?.regelsæt);
    const citizen = citizenFacts(root);
    const kase = caseFacts(root);
    const conclusion = conclusionFacts(root);
    const title = proseText(block(root, 'arbejdsevne')?.title) || 'Beskrivelse af arbejdsevne';
    const name = proseText(citizen.name?.value);
    const date = options.date ?? facts.caseDate ?? '2000-01-01';
    const regime = regimeById(facts.regime.id)!;
    const ruleSet = `Regelsæt ${regime.id}, gældende fra ${danishLongDate(regime.from)}${regime.usikker ? ' (foreløbigt)' : ''}`;

    const headerRows: Array<[string, string]> = [];
    if (name) headerRows.push(['Borger', name]);
    const age = facts.birthDate && facts.caseDate ? ageOn(facts.birthDate, facts.caseDate) : undefined;
    if (age !== undefined) headerRows.push(['Alder', `${age} år`]);
    if (citizen.cpr) {
        const cpr = proseText(citizen.cpr.value).trim();
        headerRows.push(['CPR-nummer', options.showCpr ? cpr : maskCpr(cpr)]);
    } else if (citizen.birthDate) headerRows.push(['Fødselsdato', danishLongDate(citizen.birthDate.value)]);
    if (citizen.benefit) headerRows.push(['Ydelse', `${wordLabel(citizen.benefit.value)}${citizen.benefit.since ? ` siden ${danishLongDate(citizen.benefit.since)}` : ''}`]);
    if (citizen.visitation) headerRows.push(['Visitation', wordLabel(citizen.visitation.value)]);
    if (kase.date) headerRows.push(['Dato', danishLongDate(kase.date.value)]);
    if (kase.municipality) headerRows.push(['Kommune', text(kase.municipality.value)]);
    if (kase.caseworker) headerRows.push(['Sagsbehandler', text(kase.caseworker.value)]);
    if (kase.purpose) headerRows.push(['Formål', wordLabel(kase.purpose.value)]);
    headerRows.push(['Regelsæt', ruleSet]);

    const sections: ReportSection[] = [];
    const add = (id: string, sectionTitle: string, node: unknown, content: ReportBlock[]) => {
        if (content.length) sections.push({ id, title: sectionTitle, line: lineOf(node as never), blocks: content });
    };

    // 2. Mål og ønsker
    const goal = block(root, 'mål');
    const wishes = [...blocks(root, 'beskæftigelse'), ...blocks(root, 'socialt'), ...blocks(root, 'helbred')]
        .flatMap(a => a.items.filter(ast.isResource)).filter(r => r.attributes.some(a => ast.isTheme(a) && a.value === 'arbejdsrelevante_ønsker'));
    add('maal', 'Mål og ønsker', goal, [
        ...(goal ? [{ kind: 'paragraph', label: 'Mål', text: flowing(goal.text) } as const] : []),
        ...(wishes.length ? [{ kind: 'list', items: wishes.map(w => text(w.text)) } as const] : []),
    ]);

    // 3.–5. The life areas
    const areaSection = (id: string, sectionTitle: string, keyword: 'beskæftigelse' | 'socialt' | 'helbred') => {
        const area = block(root, keyword);
        if (!area) return;
        const content: ReportBlock[] = [];
        const resources = area.items.filter(ast.isResource);
        const barriers = area.items.filter(ast.isBarrier);
        const describe = (entry: ast.Resource | ast.Barrier) => {
            const sources = sourcesOf(entry).map(d => wordLabel(d.type));
            return `${text(entry.text)}${sources.length ? ` (kilde: ${sources.join(', ')})` : ''}`;
        };
        const rows = Math.max(resources.length, barriers.length);
        if (rows > 0) {
            content.push({
                kind: 'table', caption: `Ressourcer og barrierer – ${sectionTitle.toLowerCase()}`, columns: ['Ressourcer', 'Barrierer'], widths: [1, 1],
                rows: Array.from({ length: rows }, (_, i) => [resources[i] ? describe(resources[i]) : '', barriers[i] ? describe(barriers[i]) : '']),
            });
        }
        for (const none of area.items.filter(ast.isNoBarriers)) content.push({ kind: 'paragraph', label: 'Ingen barrierer', text: text(none.reason) });
        for (const item of area.items) {
            if (ast.isCv(item)) content.push({ kind: 'paragraph', label: 'Uddannelse og erfaring', text: text(item.text) });
            if (ast.isTreatment(item)) content.push({ kind: 'paragraph', label: 'Behandling', text: text(item.text) });
            if (ast.isHealthPerspective(item)) content.push({ kind: 'quote', caption: 'Borgerens eget syn på helbredet', text: text(item.text) });
        }
        add(id, sectionTitle, area, content);
    };
    areaSection('beskaeftigelse', 'Beskæftigelse og uddannelse', 'beskæftigelse');
    areaSection('socialt', 'Sociale forhold', 'socialt');
    areaSection('helbred', 'Helbred', 'helbred');

    // 6. Forsørgelseshistorik
    const provision = block(root, 'forsørgelse');
    if (provision?.periods.length) {
        const benefitsInOrder = [...new Set(provision.periods.map(p => p.benefit))];
        const timeline: Timeline = {
            from: provision.periods.map(p => p.from).sort()[0],
            to: [...provision.periods.map(p => (p.open ? date : p.to ?? p.from)), date].sort().at(-1)!,
            bars: provision.periods.map(p => ({ label: wordLabel(p.benefit), from: p.from, to: p.open ? date : p.to ?? p.from, group: wordLabel(p.benefit), open: p.open })),
            groups: benefitsInOrder.map((b, i) => ({ name: wordLabel(b), colour: BENEFIT_COLOURS[i % BENEFIT_COLOURS.length], pattern: PATTERNS[i % PATTERNS.length] })),
            marker: { date, label: 'Beskrivelsens dato' },
        };
        add('forsoergelse', 'Forsørgelseshistorik', provision, [
            { kind: 'table', caption: 'Forsørgelse', columns: ['Ydelse', 'Periode'], widths: [1, 2], rows: provision.periods.map(p => [wordLabel(p.benefit), period(p)]) },
            { kind: 'timeline', caption: 'Forsørgelse over tid', alt: `Tidslinje over forsørgelsen: ${provision.periods.map(p => `${wordLabel(p.benefit)} ${period(p)}`).join('; ')}.`, timeline },
        ]);
    }

    // 7. Hidtidige indsatser
    const history = block(root, 'hidtidige_indsatser');
    if (history) {
        const previous = previousMeasures(root);
        const content: ReportBlock[] = [];
        if (previous.length) {
            content.push({
                kind: 'table', caption: 'Hidtidige indsatser', columns: ['Indsats', 'Periode', 'Resultat'], widths: [2, 1.3, 2],
                rows: previous.map(m => [`${wordLabel(m.type)}: ${text(m.text)}`, period(attribute(m, ast.isPeriod)), text(attribute(m, ast.isResult)?.text)]),
            });
        }
        for (const none of history.items.filter(ast.isNoPreviousMeasures)) content.push({ kind: 'paragraph', label: 'Ingen hidtidige indsatser', text: text(none.reason) });
        add('hidtidige', 'Hidtidige indsatser', history, content);
    }

    // 8. Borgerens egen vurdering
    const statement = block(root, 'borgerens_vurdering');
    if (statement?.text) {
        add('borgerens-vurdering', 'Borgerens egen vurdering', statement, [
            { kind: 'quote', text: text(statement.text), caption: statement.date ? `Borgerens egne ord, ${danishLongDate(statement.date)}` : 'Borgerens egne ord' },
        ]);
    }

    // 9. Indsatsplan
    const plan = block(root, 'indsatsplan');
    if (plan) {
        const measures = plannedMeasures(root);
        const content: ReportBlock[] = [];
        const sectorOf = (m: ast.PlannedMeasure) => INDSATSTYPER[m.type as keyof typeof INDSATSTYPER]?.sector;
        if (measures.length) {
            content.push({
                kind: 'table', caption: 'Planlagte indsatser', columns: ['Indsats', 'Sektor', 'Ansvarlig', 'Periode', 'Barrierer'], widths: [2.2, 1.3, 1.5, 1.5, 1.1],
                rows: measures.map(m => [
                    `${wordLabel(m.type)}: ${text(m.text)}${attribute(m, ast.isMeasureGoal) ? ` Mål: ${text(attribute(m, ast.isMeasureGoal)!.text)}` : ''}`,
                    sectorOf(m) ? SECTOR_LABELS[sectorOf(m)!] : '',
                    text(attribute(m, ast.isResponsible)?.text),
                    period(attribute(m, ast.isPeriod)),
                    addressedBarriers(m).map(b => b.name).join(', '),
                ]),
            });
            const dated = measures.filter(m => attribute(m, ast.isPeriod));
            if (dated.length) {
                const sectors = [...new Set(dated.map(m => sectorOf(m) ?? 'beskæftigelse'))];
                const timeline: Timeline = {
                    from: [date, ...dated.map(m => attribute(m, ast.isPeriod)!.from)].sort()[0],
                    to: [date, ...dated.map(m => attribute(m, ast.isPeriod)!.to)].sort().at(-1)!,
                    bars: dated.map(m => ({ label: m.name, from: attribute(m, ast.isPeriod)!.from, to: attribute(m, ast.isPeriod)!.to, group: SECTOR_LABELS[sectorOf(m) ?? 'beskæftigelse'] })),
                    groups: sectors.map(s => ({ name: SECTOR_LABELS[s], ...SECTOR_STYLE[s] })),
                    marker: { date, label: 'Beskrivelsens dato' },
                };
                content.push({
                    kind: 'timeline', caption: 'Indsatsplanen over tid', timeline,
                    alt: `Tidslinje over indsatserne: ${dated.map(m => `${m.name} (${SECTOR_LABELS[sectorOf(m) ?? 'beskæftigelse']}) ${period(attribute(m, ast.isPeriod))}`).join('; ')}.`,
                });
            }
        }
        const barriers = [...blocks(root, 'beskæftigelse'), ...blocks(root, 'socialt'), ...blocks(root, 'helbred')].flatMap(a => a.items.filter(ast.isBarrier));
        if (barriers.length && measures.length) {
            const cells = barriers.map(b => measures.map(m => addressedBarriers(m).includes(b)));
            const reasons = barriers.map(b => { const n = attribute(b, ast.isNoMeasure); return n ? text(n.reason) : undefined; });
            const uncovered = cells.map((row, i) => !row.some(Boolean) && !reasons[i]);
            const matrix: Matrix = { rows: barriers.map(b => b.name), columns: measures.map(m => m.name), cells, uncovered, reasons };
            const missing = barriers.filter((_, i) => uncovered[i]).map(b => b.name);
            content.push({
                kind: 'matrix', caption: 'Barrierer og indsatser', matrix,
                alt: missing.length ? `Barrierer uden indsats: ${missing.join(', ')}.` : 'Alle barrierer har en indsats eller en begrundelse.',
            });
        }
        const coordinator = plan.items.find(ast.isCoordinator);
        if (coordinator) content.push({ kind: 'paragraph', label: 'Koordinerende sagsbehandler', text: text(coordinator.text) });
        add('indsatsplan', 'Indsatsplan', plan, content);
    }

    // 10. Samlet vurdering og indstilling
    if (conclusion.block) {
        const rows: Array<[string, string]> = [];
        if (conclusion.workCapacity) rows.push(['Arbejdsevne', wordLabel(conclusion.workCapacity.value)]);
        if (conclusion.recommendation) rows.push(['Indstilling', wordLabel(conclusion.recommendation.value)]);
        if (conclusion.jobFunctions) rows.push(['Arbejdsfunktioner', text(conclusion.jobFunctions.text)]);
        if (conclusion.considerations) rows.push(['Skånehensyn', text(conclusion.considerations.text)]);
        if (conclusion.tested) rows.push(['Afprøvet', conclusion.tested.measures.map(r => (r.ref ? `${wordLabel(r.ref.type)}: ${text(r.ref.text)}` : r.$refText)).join('; ')]);
        if (conclusion.developmentPerspective) rows.push(['Udviklingsperspektiv', text(conclusion.developmentPerspective.text)]);
        if (conclusion.obviouslyFutile) rows.push(['Åbenbart formålsløst', text(conclusion.obviouslyFutile.text)]);
        const content: ReportBlock[] = [{ kind: 'facts', rows }];
        if (conclusion.reasons) content.push({ kind: 'paragraph', label: 'Begrundelse', text: flowing(conclusion.reasons.text) });
        if (conclusion.legalBasis) content.push({ kind: 'paragraph', label: 'Lovgrundlag', text: conclusion.legalBasis.references.map(r => formatReference(r)).join('; ') });
        add('vurdering', 'Samlet vurdering og indstilling', conclusion.block, content);
    }

    // 11. Sagsforløb
    const caseHistory = block(root, 'sagsforløb');
    if (caseHistory?.events.length) {
        add('sagsforloeb', 'Sagsforløb', caseHistory, [{
            kind: 'table', caption: 'Sagsforløb', columns: ['Dato', 'Hændelse', 'Beskrivelse', 'Lovgrundlag'], widths: [1.1, 1.1, 3, 1.4],
            rows: [...events(root)].sort((a, b) => a.date.localeCompare(b.date)).map(e => [danishLongDate(e.date), EVENT_LABELS[e.kind] ?? e.kind, text(e.text), e.laws.map(l => referenceText(l)).join('; ')]),
        }]);
    }

    // Documentation the assessment rests on, listed before the appendix.
    const docs = documents(root);
    if (docs.length) {
        add('dokumentation', 'Dokumentation', block(root, 'dokumentation'), [{
            kind: 'table', caption: 'Dokumentation', columns: ['Dokument', 'Dato', 'Beskrivelse'], widths: [1.5, 1.2, 3],
            rows: docs.map(d => [wordLabel(d.type), danishLongDate(d.date), text(d.description)]),
        }]);
    }

    // 12. Bilag: lovmæssig fuldstændighed
    if (options.appendix) {
        const rows = checklist(root, diagnostics, facts, options.config);
        sections.push({ id: 'bilag', title: 'Bilag: lovmæssig fuldstændighed', blocks: [
            { kind: 'paragraph', text: `Tjekket efter ${ruleSet.charAt(0).toLowerCase()}${ruleSet.slice(1)}.` },
            { kind: 'table', caption: 'Regler', columns: ['Regel', 'Status', 'Grundlag'], widths: [3, 1, 1.6], rows },
        ] });
    }

    const draft = diagnostics.some(d => d.severity === 1);
    return {
        meta: { title, subject: 'Beskrivelse af arbejdsevne', date, language: 'da', draft, confidential: CONFIDENTIAL, ruleSet, citizenVersion: false },
        header: { title, rows: headerRows },
        sections,
    };
}
