import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { ResolvedConfig } from '../config.js';
import type { Assessment } from '../generated/ast.js';
import { UDFALD, type Udfald } from '../legal/enumerations.js';
import { regimeById, regimeForDate, type Regime } from '../legal/regimes.js';
import { ruleById, type Profile, type RuleDefinition, type RuleId, type Severity } from '../legal/rules.js';
import { parseCpr } from '../legal/cpr.js';
import { ageOn, isValidIsoDate, todayIso } from '../dates.js';
import { caseFacts, citizenFacts, conclusionFacts, topLevelBlockOf } from '../model-access.js';
import type * as ast from '../generated/ast.js';

export interface ReportOptions {
    /** Put the diagnostic on this property of the node (the smallest node that shows the problem). */
    property?: string;
    index?: number;
    /** Or on the node's first keyword, e.g. the block name. */
    keyword?: string;
    range?: Range;
    variant?: string;
    args?: Record<string, string | number>;
    /** Extra data for the quick fix. */
    data?: Record<string, unknown>;
}

/** The facts every rule may use, computed once per document. */
export interface CheckContext {
    readonly root: Assessment;
    readonly document: LangiumDocument;
    readonly regime: Regime;
    readonly profile: Profile;
    readonly today: string;
    readonly caseDate?: string;
    /** `vurdering.indstilling`, else `sag.formål` (legal-rules.md, conventions). */
    readonly outcome?: Udfald;
    readonly outcomeNode?: ast.Recommendation | ast.Purpose;
    readonly birthDate?: string;
    readonly age?: number;
    /** Every AST node of the document, in document order: walk this instead of streaming the tree again. */
    readonly nodes: readonly AstNode[];
    report(id: RuleId, node: AstNode, options?: ReportOptions): void;
}

/** Where a missing block is reported: the top of the file (the block has no node of its own). */
export const TOP_OF_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A check implements one or more rules of a family. */
export type RuleCheck = (ctx: CheckContext) => void;

export function isOutcome(word: string | undefined): word is Udfald {
    return word !== undefined && (UDFALD as readonly string[]).includes(word);
}

export interface Facts {
    regime: Regime;
    caseDate?: string;
    outcome?: Udfald;
    outcomeNode?: ast.Recommendation | ast.Purpose;
    birthDate?: string;
    age?: number;
}

/** Facts derived from the AST alone (no configuration but the rule-set override). */
export function computeFacts(root: Assessment, ruleSetOverride?: string): Facts {
    const kase = caseFacts(root);
    const citizen = citizenFacts(root);
    const conclusion = conclusionFacts(root);
    const caseDate = isValidIsoDate(kase.date?.value) ? kase.date!.value : undefined;
    const fromText = kase.ruleSet ? proseValue(kase.ruleSet.value) : undefined;
    const regime = regimeById(ruleSetOverride) ?? regimeById(fromText) ?? regimeForDate(caseDate);
    let outcome: Udfald | undefined;
    let outcomeNode: ast.Recommendation | ast.Purpose | undefined;
    if (conclusion.recommendation) {
        if (isOutcome(conclusion.recommendation.value)) {
            outcome = conclusion.recommendation.value;
            outcomeNode = conclusion.recommendation;
        }
    } else if (isOutcome(kase.purpose?.value)) {
        outcome = kase.purpose!.value as Udfald;
        outcomeNode = kase.purpose;
    }
    let birthDate = isValidIsoDate(citizen.birthDate?.value) ? citizen.birthDate!.value : undefined;
    if (!birthDate && citizen.cpr) {
        const cpr = parseCpr(proseValue(citizen.cpr.value));
        if (cpr.valid) birthDate = cpr.birthDate;
    }
    const age = birthDate && caseDate ? ageOn(birthDate, caseDate) : undefined;
    return { regime, caseDate, outcome, outcomeNode, birthDate, age };
}

function proseValue(prose: ast.Prose | undefined): string {
    return prose?.parts.map(p => ('value' in p ? p.value : `@${p.target.$refText}`)).join('') ?? '';
}

/** True when the rule applies to this document at all (regime, outcome, profile, setting). */
export function ruleApplies(rule: RuleDefinition, facts: Pick<Facts, 'regime' | 'outcome'>, config: Pick<ResolvedConfig, 'profil' | 'regler'>): boolean {
    if (config.regler[rule.id] === 'off') return false;
    if (rule.regimes && !rule.regimes.includes(facts.regime.id)) return false;
    if (rule.outcomes && (!facts.outcome || !rule.outcomes.includes(facts.outcome))) return false;
    if (rule.profiles && !rule.profiles.includes(config.profil)) return false;
    return true;
}

export function effectiveSeverity(rule: RuleDefinition, variant: string, facts: Pick<Facts, 'regime'>, config: Pick<ResolvedConfig, 'profil' | 'regler'>): Severity {
    const setting = config.regler[rule.id];
    if (setting && setting !== 'off') return setting;
    const message = rule.messages[variant] ?? rule.messages.main;
    return message.severityByRegime?.[facts.regime.id]
        ?? message.severityByProfile?.[config.profil]
        ?? message.severity
        ?? rule.severity;
}

export function isUncertain(rule: RuleDefinition, regime: Regime, variant = 'main'): boolean {
    if (regime.usikker) return true;
    if (rule.messages[variant]?.usikker) return true;
    if (rule.usikker === true) return true;
    return Array.isArray(rule.usikker) && rule.usikker.includes(regime.id);
}

export function formatMessage(template: string, args: Record<string, string | number> = {}): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
}

/** The full Danish message: the rule's text, then the rule set used and whether the basis is settled. */
export function ruleMessage(rule: RuleDefinition, variant: string, args: Record<string, string | number> | undefined, regime: Regime): string {
    const text = formatMessage((rule.messages[variant] ?? rule.messages.main).text, args);
    const uncertain = isUncertain(rule, regime, variant) ? '; regelgrundlaget er foreløbigt' : '';
    return `${text} [Regelsæt ${regime.id}${uncertain}]`;
}

export interface EngineOptions {
    /** Where the generated rule documentation lives; diagnostics link to `<base>#<id>`. */
    docsBaseUri?: string;
}

/** Builds the context for one document and runs every check against it. */
export function runChecks(
    document: LangiumDocument,
    config: ResolvedConfig,
    checks: readonly RuleCheck[],
    accept: ValidationAcceptor,
    options: EngineOptions = {},
): void {
    const root = document.parseResult.value as Assessment;
    const facts = computeFacts(root, config.regelsæt);
    const broken = blocksWithSyntaxErrors(document);
    const ctx: CheckContext = {
        root,
        document,
        profile: config.profil,
        today: config.idag ?? todayIso(),
        nodes: AstUtils.streamAst(root).toArray(),
        ...facts,
        report(id, node, opts = {}) {
            const rule = ruleById(id);
            if (!rule || !ruleApplies(rule, facts, config)) return;
            const block = topLevelBlockOf(node);
            if (block && broken.has(block)) return;
            const variant = opts.variant ?? 'main';
            const severity = effectiveSeverity(rule, variant, facts, config);
            accept(severity, ruleMessage(rule, variant, opts.args, facts.regime), {
                node,
                property: opts.property as never,
                index: opts.index,
                keyword: opts.keyword as never,
                range: opts.range,
                code: id,
                codeDescription: options.docsBaseUri ? { href: `${options.docsBaseUri}#${id.toLowerCase()}` } : undefined,
                data: { ruleId: id, variant, ...opts.data },
            });
        },
    };
    for (const check of checks) {
        try {
            check(ctx);
        } catch (error) {
            // One faulty check must not take the others (or the server) down.
            console.error(`Fejl i en regelkontrol: ${error instanceof Error ? error.stack : String(error)}`);
        }
    }
}

/** Top-level blocks that contain a lexer or parser error: their legal rules stay silent. */
export function blocksWithSyntaxErrors(document: LangiumDocument): Set<AstNode> {
    const { lexerErrors, parserErrors, value } = document.parseResult;
    const offsets = [
        ...lexerErrors.map(e => e.offset),
        ...parserErrors.map(e => (Number.isFinite(e.token.startOffset) ? e.token.startOffset : (e as { previousToken?: { startOffset: number } }).previousToken?.startOffset ?? -1)),
    ].filter(o => o >= 0);
    const broken = new Set<AstNode>();
    if (offsets.length === 0) return broken;
    for (const block of (value as Assessment).blocks) {
        const cst = block.$cstNode;
        if (!cst) continue;
        if (offsets.some(o => o >= cst.offset && o <= cst.end)) broken.add(block);
    }
    return broken;
}
