import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { INDSATSTYPER, type Sector } from '../legal/enumerations.js';
import { allNodes } from './all-nodes.js';

/**
 * Typed access to an assessment: blocks by kind, entries, properties. Validation, hover and the
 * report read the AST through these helpers only, so "where does X live" is answered once.
 */

/** Top-level block keyword → AST type, in the order of the forberedelsesskema. */
export const BLOCKS = {
    arbejdsevne: 'Title',
    borger: 'Citizen',
    sag: 'Case',
    mål: 'Goal',
    beskæftigelse: 'EmploymentArea',
    socialt: 'SocialArea',
    helbred: 'HealthArea',
    dokumentation: 'Documentation',
    forsørgelse: 'Provision',
    sygeforløb: 'SickLeave',
    hidtidige_indsatser: 'PreviousMeasures',
    borgerens_vurdering: 'CitizenStatement',
    sagsforløb: 'CaseHistory',
    indsatsplan: 'MeasurePlan',
    vurdering: 'Conclusion',
} as const satisfies Record<string, ast.TopLevelBlock['$type']>;

export type BlockKeyword = keyof typeof BLOCKS;
type BlockTypes = {
    Title: ast.Title; Citizen: ast.Citizen; Case: ast.Case; Goal: ast.Goal; EmploymentArea: ast.EmploymentArea;
    SocialArea: ast.SocialArea; HealthArea: ast.HealthArea; Documentation: ast.Documentation; Provision: ast.Provision;
    PreviousMeasures: ast.PreviousMeasures; CitizenStatement: ast.CitizenStatement; CaseHistory: ast.CaseHistory;
    MeasurePlan: ast.MeasurePlan; Conclusion: ast.Conclusion; SickLeave: ast.SickLeave;
};
export type BlockOf<K extends BlockKeyword> = BlockTypes[(typeof BLOCKS)[K]];

export function blockKeyword(block: ast.TopLevelBlock): BlockKeyword {
    return (Object.keys(BLOCKS) as BlockKeyword[]).find(k => BLOCKS[k] === block.$type)!;
}

/** Every occurrence of a block (more than one is GEN-02). */
export function blocks<K extends BlockKeyword>(root: ast.Assessment, keyword: K): Array<BlockOf<K>> {
    return root.blocks.filter(b => b.$type === BLOCKS[keyword]) as Array<BlockOf<K>>;
}

/** The first occurrence of a block: the one the rules and the report read. */
export function block<K extends BlockKeyword>(root: ast.Assessment, keyword: K): BlockOf<K> | undefined {
    return root.blocks.find(b => b.$type === BLOCKS[keyword]) as BlockOf<K> | undefined;
}

/** The first property of a given type in a list of properties. */
export function prop<T extends AstNode>(props: readonly AstNode[] | undefined, is: (n: unknown) => n is T): T | undefined {
    return props?.find(is);
}

/**
 * What `compute` makes of a block, made once per block: the rules ask for the same facts many times
 * per check, and a parse (or a block's reparse) makes new nodes, so nothing is kept stale.
 */
function memoOn<B extends AstNode, T>(cache: WeakMap<AstNode, T>, node: B | undefined, compute: (node: B | undefined) => T): T {
    if (!node) return compute(undefined);
    let value = cache.get(node);
    if (value === undefined) cache.set(node, value = compute(node));
    return value;
}

/** The top-level block a node stands in. */
export function topLevelBlockOf(node: AstNode): ast.TopLevelBlock | undefined {
    let current: AstNode | undefined = node;
    while (current && current.$container && !ast.isAssessment(current.$container)) current = current.$container;
    return current && ast.isAssessment(current.$container) ? (current as ast.TopLevelBlock) : undefined;
}

const NAMED_TYPES = new Set(['Resource', 'Barrier', 'Document', 'PreviousMeasure', 'PlannedMeasure', 'Event']);

/** A named entry (resource, barrier, document, measure, event) that has its name; a half-typed one has not. */
export function isCompleteEntry(node: AstNode): node is ast.NamedEntry {
    return NAMED_TYPES.has(node.$type) && typeof (node as ast.NamedEntry).name === 'string' && (node as ast.NamedEntry).name.length > 0;
}

/** Every named entry of the document, in document order. */
export function namedEntries(root: AstNode): ast.NamedEntry[] {
    return allNodes(root).filter(isCompleteEntry);
}

export type Area = ast.EmploymentArea | ast.SocialArea | ast.HealthArea;
export const AREA_KEYWORDS = ['beskæftigelse', 'socialt', 'helbred'] as const;

export function areaItems(area: Area | undefined): Array<ast.EmploymentItem | ast.SocialItem | ast.HealthItem> {
    return area ? [...area.items] : [];
}

export function resources(area: Area | undefined): ast.Resource[] {
    return areaItems(area).filter(ast.isResource);
}

export function barriers(area: Area | undefined): ast.Barrier[] {
    return areaItems(area).filter(ast.isBarrier);
}

export function allBarriers(root: ast.Assessment): ast.Barrier[] {
    return AREA_KEYWORDS.flatMap(k => blocks(root, k).flatMap(a => barriers(a)));
}

export function allResources(root: ast.Assessment): ast.Resource[] {
    return AREA_KEYWORDS.flatMap(k => blocks(root, k).flatMap(a => resources(a)));
}

export function documents(root: ast.Assessment): ast.Document[] {
    return blocks(root, 'dokumentation').flatMap(b => b.documents);
}

export function events(root: ast.Assessment): ast.Event[] {
    return blocks(root, 'sagsforløb').flatMap(b => b.events);
}

/** The date of the newest `partshøring` in the case history on or before `onOrBefore` (any, without it): PROC-06 and the partshøring letter. */
export function lastHearing(root: ast.Assessment, onOrBefore?: string): string | undefined {
    return events(root).filter(e => e.kind === 'partshøring' && e.date && (!onOrBefore || e.date <= onOrBefore)).map(e => e.date).sort().at(-1);
}

export function previousMeasures(root: ast.Assessment): ast.PreviousMeasure[] {
    return blocks(root, 'hidtidige_indsatser').flatMap(b => b.items.filter(ast.isPreviousMeasure));
}

export function plannedMeasures(root: ast.Assessment): ast.PlannedMeasure[] {
    return blocks(root, 'indsatsplan').flatMap(b => b.items.filter(ast.isPlannedMeasure));
}

/** An attribute of an entry (`tema`, `kilde`, `periode`, …) by type. */
export function attribute<T extends AstNode>(entry: { attributes: readonly AstNode[] }, is: (n: unknown) => n is T): T | undefined {
    return entry.attributes.find(is);
}

export function addressedBarriers(measure: ast.PlannedMeasure): ast.Barrier[] {
    return measure.attributes.filter(ast.isAddresses).flatMap(a => a.barriers.map(r => r.ref).filter((b): b is ast.Barrier => !!b));
}

export function sourcesOf(entry: ast.Resource | ast.Barrier): ast.Document[] {
    return (entry.attributes as ast.BarrierAttribute[]).filter(ast.isSources).flatMap(s => s.documents.map(r => r.ref).filter((d): d is ast.Document => !!d));
}

/** The citizen's facts as plain values. */
const CITIZEN_FACTS = new WeakMap<AstNode, ReturnType<typeof citizenFactsOf>>();

export function citizenFacts(root: ast.Assessment) {
    return memoOn(CITIZEN_FACTS, block(root, 'borger'), citizenFactsOf);
}

function citizenFactsOf(citizen: BlockOf<'borger'> | undefined) {
    const props = citizen?.props;
    return {
        block: citizen,
        name: prop(props, ast.isCitizenName),
        birthDate: prop(props, ast.isBirthDate),
        cpr: prop(props, ast.isCpr),
        benefit: prop(props, ast.isBenefit),
        visitation: prop(props, ast.isVisitation),
    };
}

const CASE_FACTS = new WeakMap<AstNode, ReturnType<typeof caseFactsOf>>();

export function caseFacts(root: ast.Assessment) {
    return memoOn(CASE_FACTS, block(root, 'sag'), caseFactsOf);
}

function caseFactsOf(kase: BlockOf<'sag'> | undefined) {
    const props = kase?.props;
    return {
        block: kase,
        date: prop(props, ast.isCaseDate),
        purpose: prop(props, ast.isPurpose),
        municipality: prop(props, ast.isMunicipality),
        caseworker: prop(props, ast.isCaseworker),
        ruleSet: prop(props, ast.isRuleSet),
        grantDate: prop(props, ast.isGrantDate),
        caseNumber: prop(props, ast.isCaseNumber),
    };
}

/** The sygedagpenge route (`sygeforløb`): dates and forlængelse lines. */
export function sickLeaveFacts(root: ast.Assessment) {
    const sickLeave = block(root, 'sygeforløb');
    const props = sickLeave?.props;
    return {
        block: sickLeave,
        firstAbsence: prop(props, ast.isFirstAbsence),
        firstFollowUp: prop(props, ast.isFirstFollowUp),
        reassessment: prop(props, ast.isReassessment),
        extensions: props?.filter(ast.isExtension) ?? [],
    };
}

/** The newest LÆ 265 (by date): the one the rules on its content read. */
export function newestLae265(root: ast.Assessment): ast.Document | undefined {
    return documents(root).filter(d => d.type === 'LÆ265' && d.date).sort((a, b) => b.date.localeCompare(a.date))[0];
}

const CONCLUSION_FACTS = new WeakMap<AstNode, ReturnType<typeof conclusionFactsOf>>();

export function conclusionFacts(root: ast.Assessment) {
    return memoOn(CONCLUSION_FACTS, block(root, 'vurdering'), conclusionFactsOf);
}

function conclusionFactsOf(conclusion: BlockOf<'vurdering'> | undefined) {
    const props = conclusion?.props;
    return {
        block: conclusion,
        workCapacity: prop(props, ast.isWorkCapacity),
        jobFunctions: prop(props, ast.isJobFunctions),
        considerations: prop(props, ast.isConsiderations),
        tested: prop(props, ast.isTested),
        recommendation: prop(props, ast.isRecommendation),
        reasons: prop(props, ast.isReasons),
        legalBasis: prop(props, ast.isLegalBasis),
        developmentPerspective: prop(props, ast.isDevelopmentPerspective),
        obviouslyFutile: prop(props, ast.isObviouslyFutile),
        cannotImprove: prop(props, ast.isCannotImprove),
        citizenViewAnswer: prop(props, ast.isCitizenViewAnswer),
        toCitizen: prop(props, ast.isToCitizen),
    };
}

/** The sectors (beskæftigelse, social, sundhed) the measures belong to, in order of first appearance. */
export function sectorsOf(measures: readonly ast.PlannedMeasure[]): Sector[] {
    const sectors = new Set<Sector>();
    for (const m of measures) {
        const info = INDSATSTYPER[m.type as keyof typeof INDSATSTYPER];
        if (info) sectors.add(info.sector);
    }
    return [...sectors];
}
