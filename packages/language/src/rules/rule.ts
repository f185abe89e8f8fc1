import type { AstNode, LangiumDocument, Properties } from 'langium';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type * as ast from '../generated/ast.js';
import type { Udfald, WordListName } from '../legal/enumerations.js';
import type { RegimeId, RegimeSpan } from '../legal/regimes.js';
import type { Facts } from '../semantics/facts.js';
import type { BlockKeyword } from '../semantics/model-access.js';

/**
 * What a rule is: its catalogue entry (plain, typed data; docs/regler.md is made from it), its check and its quick
 * fix. Each rule family (the id prefix) has one file in this folder, `<prefix>.ts`.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Profile = 'gældende_ret' | 'ds_anbefalinger';
export const PROFILES: readonly Profile[] = ['gældende_ret', 'ds_anbefalinger'];

export type RuleFamily = 'GEN' | 'UDF' | 'BOR' | 'CPR' | 'FD' | 'BV' | 'LAE' | 'SDP' | 'RT' | 'FJ' | 'FP' | 'RF' | 'REV' | 'IND' | 'AF' | 'PROC';

/**
 * A fact that one diagnostic owns: while it is reported, rules that read the fact stay silent
 * (one fact, one diagnostic). A misspelt word (GEN-09) owns `word:<list>`, a repeated block
 * (GEN-02) owns `block:<keyword>`, a placeholder reasoning or goal (GEN-08) owns `text:begrundelse` or `text:mål`.
 */
export type FactKey = `word:${WordListName}` | `block:${BlockKeyword}` | 'afklaring' | 'text:begrundelse' | 'text:mål';

/** One way a rule can speak: its Danish text (with `{placeholders}`) and where it differs from the rule. */
export interface RuleMessage {
    text: string;
    severity?: Severity;
    /** Severity under a profile, where it differs (UDF-02 is info under ds_anbefalinger). */
    severityByProfile?: Partial<Record<Profile, Severity>>;
    /** The severity from a rule set onwards, where it differs (LAE-01 is a warning from REF-2026b). */
    severityFrom?: { readonly regime: RegimeId; readonly severity: Severity };
    /** This variant's basis is not settled, whatever the rule says (LAE-03 for fleksjob). */
    usikker?: boolean;
    /** This variant applies only in these regimes (within the rule's own). */
    regimes?: RegimeSpan;
    /** This variant applies only to these outcomes (within the rule's own). */
    outcomes?: readonly Udfald[];
}

export type RuleMessages = { main: RuleMessage } & Record<string, RuleMessage>;

/** The catalogue entry: everything the engine, the documentation and the report read. */
export interface RuleData<M extends RuleMessages = RuleMessages> {
    /** Short Danish title of the problem, for lists. */
    title: string;
    /** What must hold, phrased as met ("Borgerens egen vurdering er med"): where a status is shown. */
    requirement: string;
    /** Default severity; a message variant may differ. */
    severity: Severity;
    /** Regimes the rule applies in (`onwards(…)`, or `between(…)` with the law that ended it); absent: all. */
    regimes?: RegimeSpan;
    /**
     * Whose regime `regimes` is tested against: the case's (default), or the grant date's
     * (`sag.bevilget`) for a forløb that runs on under the rules it was granted under.
     */
    regimeBy?: 'bevilget';
    /** The rule applies to case dates on or after this ISO date (a change inside a regime). */
    from?: string;
    /** Outcomes (indstilling, else formål) the rule applies to; absent: all. */
    outcomes?: readonly Udfald[];
    /** Profiles the rule applies under; absent: all. */
    profiles?: readonly Profile[];
    /** Facts this rule reads: silent while another diagnostic owns one of them. */
    reads?: readonly FactKey[];
    /**
     * The rule finds a written fact wrong in itself (a dangling reference, a date out of order, an
     * unknown law or word). Its errors and warnings flag the node and property they stand on, and a
     * later finding of another rule whose inputs (ReportOptions.inputs) include a flagged one stays
     * silent: one fact, one diagnostic. Such rules run before all others.
     */
    flagsInput?: boolean;
    /**
     * Whether the requirement concerns this citizen at all, where the check decides it from the
     * facts (BOR-02: only under 30): the report's appendix says "Ikke relevant" rather than "Opfyldt".
     */
    relevant?: (facts: Facts, root: ast.Assessment) => boolean;
    /** Rules that cover this one's fact where they apply: silent then (IND-05 yields to RF-02). */
    yieldsTo?: readonly string[];
    /** Legal basis as cited, e.g. "RSL § 4"; '–' where there is none. */
    basis: string;
    /** The basis is not settled: true everywhere, or in a span of regimes (`onwards('REF-2026b')`). */
    usikker?: boolean | RegimeSpan;
    /** Why the rule exists, for hover and documentation (Danish, for a student). */
    explanation: string;
    /** How to fix it, for documentation (Danish). */
    fix: string;
    /** Message variants; `main` is the usual one. */
    messages: M;
}

/** A catalogue entry with its id, as listed by `arbejdsevne regler` and docs/regler.md. */
export interface RuleDefinition extends RuleData {
    id: string;
    family: RuleFamily;
    /** Title of the quick fix the language server offers, if any. */
    quickFix?: string;
}

/** The data a check gives a finding for its quick fix; the rule's fix reads the same shape. */
export type FixData = Record<string, unknown>;

/** A finding as its quick fix gets it: `data` typed as the rule's check wrote it, plus the rule id and variant. */
export type FixDiagnostic<D extends FixData = FixData> = Omit<Diagnostic, 'data'> & { data: D & { ruleId: string; variant: string } };

/** A finding of a rule (the engine puts `ruleId` and `variant` into every finding's data). */
export function isFixDiagnostic(diagnostic: Diagnostic): diagnostic is FixDiagnostic {
    const data = diagnostic.data as { ruleId?: unknown } | undefined;
    return typeof data === 'object' && data !== null && typeof data.ruleId === 'string';
}

export interface ReportOptions<N extends AstNode, V extends string, D extends FixData = FixData> {
    /** Put the diagnostic on this property of the node (the smallest node that shows the problem). */
    property?: Properties<N>;
    index?: number;
    /** Or on the node's first keyword, e.g. the block name. */
    keyword?: string;
    range?: Range;
    variant?: V;
    args?: Record<string, string | number>;
    /** Extra data for the quick fix (typed by the fix's `FixDiagnostic<…>`). */
    data?: D;
    /** The fact this diagnostic owns (see FactKey). */
    owns?: FactKey;
    /**
     * The written facts the finding rests on (a node, or a node and property); default: the node
     * and property it stands on. Silent when a `flagsInput` rule has flagged one of them.
     */
    inputs?: ReadonlyArray<AstNode | readonly [AstNode, string | undefined]>;
}

/** Where a missing block is reported: the top of the file (the block has no node of its own). */
export const TOP_OF_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Reports one finding of the rule the check belongs to; the variant is checked by the compiler. */
export type Report<V extends string, D extends FixData = FixData> = <N extends AstNode>(node: N, options?: ReportOptions<N, V, D>) => void;

/** The facts every check may use, computed once per document. */
export interface CheckContext extends Facts {
    readonly root: ast.Assessment;
    readonly document: LangiumDocument;
    readonly profile: Profile;
    readonly today: string;
    /** Every AST node of the document, in document order: walk this instead of streaming the tree again. */
    readonly nodes: readonly AstNode[];
    /** The nodes of exactly these AST types (grouped once per parse): cheaper than testing every node. */
    ofType<K extends keyof ast.ArbejdsevneAstType>(...types: readonly K[]): ReadonlyArray<ast.ArbejdsevneAstType[K]>;
    /** Names written in text the parser skipped after a syntax error (parser/recovery-skips.ts): the tree lacks them. */
    readonly skippedNames: ReadonlySet<string>;
    /** Marks an input as unknown without a finding (a reference into skipped text): rules resting on it stay silent. */
    flag(node: AstNode, property?: string): void;
}

export type Check<V extends string = string, D extends FixData = FixData> = (ctx: CheckContext, report: Report<V, D>) => void;

/** The document a quick fix edits. */
export type FixDocument = LangiumDocument<ast.Assessment>;

/**
 * A quick fix: its data comes from the diagnostic (`data`, of the shape `D` the rule's check
 * reports), its text from the document.
 */
export interface QuickFix<D extends FixData = FixData> {
    title: string;
    /** A title naming what the fix does this time, e.g. the word it inserts. */
    titleFor?: (diagnostic: FixDiagnostic<D>) => string;
    /** The message variants the fix is offered for; absent: every variant. */
    variants?: readonly string[];
    /** The fix changes a fact other rules read (the outcome), so their findings may follow: intended. */
    changesOutcome?: boolean;
    edits: (diagnostic: FixDiagnostic<D>, document: FixDocument) => TextEdit[] | undefined;
}

/** A rule as written in its family file. */
export interface RuleSpec<M extends RuleMessages = RuleMessages, D extends FixData = FixData> extends RuleData<M> {
    check: Check<keyof M & string, D>;
    /** One fix, or several ways to fix it (FP-01: either legal route), the first preferred. */
    quickFix?: QuickFix<D> | readonly QuickFix<D>[];
}

/**
 * Declares one rule; the message variants its check may report are those it declares, and the
 * data it reports is what its quick fix reads (`edits: (d: FixDiagnostic<{ block: BlockKeyword }>) => …`).
 */
export function rule<const M extends RuleMessages, D extends FixData = FixData>(spec: RuleSpec<M, D>): RuleSpec<M> {
    // Checked here, check against fix; the catalogue holds rules of every shape of data.
    return spec as unknown as RuleSpec<M>;
}

/** A rule ready to run: its catalogue entry, its check and its fix. */
export interface ExecutableRule {
    definition: RuleDefinition;
    check: Check;
    quickFixes: readonly QuickFix[];
}

export interface RuleFamilyModule<F extends RuleFamily = RuleFamily, Id extends string = string> {
    family: F;
    /** Danish name of the family, for documentation. */
    name: string;
    ids: readonly Id[];
    rules: readonly ExecutableRule[];
}

/** One family: every id starts with the family's prefix (checked by the compiler). */
export function defineFamily<F extends RuleFamily, const R extends Record<`${F}-${string}`, RuleSpec<any>>>(
    family: F,
    name: string,
    specs: R,
): RuleFamilyModule<F, keyof R & string> {
    const rules = Object.entries(specs).map(([id, spec]) => {
        const { check, quickFix, ...data } = spec as RuleSpec;
        const quickFixes: readonly QuickFix[] = quickFix === undefined ? [] : 'edits' in quickFix ? [quickFix] : quickFix;
        const definition: RuleDefinition = { id, family, ...data, ...(quickFixes.length ? { quickFix: quickFixes.map(f => f.title).join('; ') } : {}) };
        return { definition, check, quickFixes };
    });
    return { family, name, ids: rules.map(r => r.definition.id as keyof R & string), rules };
}
