import { isOperationCancelled } from 'langium';
import type { AstNode, LangiumDocument, ValidationAcceptor } from 'langium';
import type { ResolvedConfig } from '../config.js';
import type { Assessment } from '../generated/ast.js';
import { inSpan, type Regime } from '../legal/regimes.js';
import { maskCprNumbers } from '../privacy/cpr-policy.js';
import { computeFacts } from '../semantics/facts.js';
import { danishLongDate, todayIso } from '../semantics/dates.js';
import { topLevelBlockOf } from '../semantics/model-access.js';
import { effectiveSeverity, ruleApplies, ruleRegime } from './applicability.js';
import { TOP_OF_FILE, type CheckContext, type ExecutableRule, type FactKey, type ReportOptions, type RuleDefinition } from './rule.js';
import { allNodes, nodesOfType } from '../semantics/all-nodes.js';
import { recoverySkips } from '../parser/recovery-skips.js';


export function isUncertain(rule: RuleDefinition, regime: Regime, variant = 'main'): boolean {
    if (regime.usikker) return true;
    if (rule.messages[variant]?.usikker) return true;
    if (rule.usikker === true) return true;
    return typeof rule.usikker === 'object' && inSpan(rule.usikker, regime.id);
}

export function formatMessage(template: string, args: Record<string, string | number> = {}): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
}

/** The full Danish message: the rule's text, then the rule set used and whether the basis is settled. */
export function ruleMessage(rule: RuleDefinition, variant: string, args: Record<string, string | number> | undefined, regime: Regime, caseRegime: Regime = regime): string {
    // A message may quote the caseworker's text (GEN-08): it never repeats a CPR number.
    const text = maskCprNumbers(formatMessage((rule.messages[variant] ?? rule.messages.main).text, args));
    // A forløb judged under the rules it was granted under is unsettled where the case's own rules say so.
    return `${text} ${ruleSetSuffix(regime, isUncertain(rule, regime, variant) || isUncertain(rule, caseRegime, variant))}`;
}

/** "[Tjekket efter reglerne fra 1. juli 2026]", and where the rules are not settled "… – retsgrundlaget er ikke endeligt afklaret]". */
export function ruleSetSuffix(regime: Regime, uncertain: boolean): string {
    return `[Tjekket efter reglerne fra ${danishLongDate(regime.from)}${uncertain ? ' – retsgrundlaget er ikke endeligt afklaret' : ''}]`;
}

export interface EngineOptions {
    /** Where the generated rule documentation lives; diagnostics link to `<base>#<id>`. */
    docsBaseUri?: string;
}

/**
 * Runs the rules (in catalogue order) against one document. Per rule: the gate, then the facts it
 * reads (silent while another diagnostic owns one), then its check; per finding: the variant's
 * gate and the syntax errors of its block.
 */
export function runRules(
    document: LangiumDocument,
    config: ResolvedConfig,
    rules: readonly ExecutableRule[],
    accept: ValidationAcceptor,
    options: EngineOptions = {},
): void {
    const root = document.parseResult.value as Assessment;
    let facts: ReturnType<typeof computeFacts>;
    try {
        facts = computeFacts(root, config.regelsæt);
    } catch (error) {
        reportInternalError(accept, root, undefined, error);
        return;
    }
    const broken = blocksWithSyntaxErrors(document);
    const owned = new Set<FactKey>();
    const byId = new Map(rules.map(r => [r.definition.id, r.definition]));
    // Inputs a flagsInput rule found wrong: a node with the properties flagged (undefined: the whole node).
    const flagged = new Map<AstNode, Set<string | undefined>>();
    const flag = (node: AstNode, property?: string) => {
        let properties = flagged.get(node);
        if (!properties) flagged.set(node, properties = new Set());
        properties.add(property);
    };
    const isFlagged = (node: AstNode, property?: string) => {
        const properties = flagged.get(node);
        return !!properties && (properties.has(undefined) || (property !== undefined && properties.has(property)));
    };
    const ctx: CheckContext = {
        root,
        document,
        profile: config.profil,
        today: config.idag ?? todayIso(),
        nodes: allNodes(root),
        ofType: (...types) => nodesOfType(root, ...types),
        skippedNames: recoverySkips(document.parseResult).names,
        flag,
        ...facts,
    };
    // The rules that flag wrong inputs first, so that every rule resting on such an input sees the flag.
    const ordered = [...rules.filter(r => r.definition.flagsInput), ...rules.filter(r => !r.definition.flagsInput)];
    for (const { definition: rule, check } of ordered) {
        if (!ruleApplies(rule, facts, config)) continue;
        if (rule.reads?.some(fact => owned.has(fact))) continue;
        if (rule.yieldsTo?.some(id => { const other = byId.get(id); return other !== undefined && ruleApplies(other, facts, config); })) continue;
        const regime = ruleRegime(rule, facts);
        const report = <N extends AstNode>(node: N, opts: ReportOptions<N, string> = {}) => {
            const variant = opts.variant ?? 'main';
            if (!ruleApplies(rule, facts, config, variant)) return;
            const block = topLevelBlockOf(node);
            if (block && broken.has(block)) return;
            const property = opts.property as string | undefined;
            if (!rule.flagsInput && (opts.inputs ?? [[node, property] as const]).some(input => ('$type' in input ? isFlagged(input) : isFlagged(input[0], input[1])))) return;
            const severity = effectiveSeverity(rule, variant, facts, config);
            if (rule.flagsInput && (severity === 'error' || severity === 'warning')) flag(node, property);
            accept(severity, ruleMessage(rule, variant, opts.args, regime, facts.regime), {
                node,
                property: opts.property,
                index: opts.index,
                keyword: opts.keyword,
                range: opts.range,
                code: rule.id,
                codeDescription: options.docsBaseUri ? { href: `${options.docsBaseUri}#${rule.id.toLowerCase()}` } : undefined,
                data: { ruleId: rule.id, variant, ...opts.data },
            });
            if (opts.owns) owned.add(opts.owns);
        };
        try {
            check(ctx, report);
        } catch (error) {
            // One faulty check must not take the others (or the server) down, nor pass as a clean file.
            if (isOperationCancelled(error)) throw error;
            reportInternalError(accept, root, rule.id, error);
        }
    }
}

/** The code of a finding that says a rule failed inside the tool (CLI exit code 4). */
export const INTERNAL_ERROR = 'INTERN';

/**
 * A rule that throws is an error on the file in Danish, never a silent "0 fejl": the file is not
 * known to meet that rule. The technical cause goes to the log (stderr), for the bug report.
 */
function reportInternalError(accept: ValidationAcceptor, root: Assessment, ruleId: string | undefined, error: unknown): void {
    console.error(`Intern fejl i ${ruleId ? `regel ${ruleId}` : 'tjekket'}: ${error instanceof Error ? error.stack : String(error)}`);
    const what = ruleId ? `regel ${ruleId}` : 'tjekket af beskrivelsen';
    accept('error', `Intern fejl i ${what}: ${ruleId ? 'reglen' : 'tjekket'} kunne ikke gennemføres, så beskrivelsen er ikke tjekket fuldt ud. Det er en fejl i Arbejdsevne, ikke i din tekst. Meld den gerne, med filen eller den linje, der udløser den (uden CPR-numre).`, {
        node: root, range: TOP_OF_FILE, code: INTERNAL_ERROR, data: { ruleId },
    });
}

/** Top-level blocks that contain a lexer or parser error: their legal rules stay silent. Linear in blocks + errors. */
export function blocksWithSyntaxErrors(document: LangiumDocument): Set<AstNode> {
    const { lexerErrors, parserErrors, value } = document.parseResult;
    const broken = new Set<AstNode>();
    if (lexerErrors.length === 0 && parserErrors.length === 0) return broken;
    // A block closed early by a `}` too many: its own error stands after it, in the text the parser skipped.
    for (const { block } of recoverySkips(document.parseResult).strayBraces.values()) broken.add(block);
    const offsets = [
        ...lexerErrors.map(e => e.offset),
        ...parserErrors.map(e => (Number.isFinite(e.token.startOffset) ? e.token.startOffset : (e as { previousToken?: { startOffset: number } }).previousToken?.startOffset ?? -1)),
    ].filter(o => o >= 0).sort((a, b) => a - b);
    // Blocks are in document order: walk both lists once.
    let i = 0;
    for (const block of (value as Assessment).blocks) {
        const cst = block.$cstNode;
        if (!cst) continue;
        while (i < offsets.length && offsets[i] < cst.offset) i++;
        if (i < offsets.length && offsets[i] <= cst.end) broken.add(block);
    }
    return broken;
}
