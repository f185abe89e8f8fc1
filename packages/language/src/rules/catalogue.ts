import gen from './gen.js';
import udf from './udf.js';
import bor from './bor.js';
import cpr from './cpr.js';
import fd from './fd.js';
import bv from './bv.js';
import lae from './lae.js';
import sdp from './sdp.js';
import rt from './rt.js';
import fj from './fj.js';
import fp from './fp.js';
import rf from './rf.js';
import rev from './rev.js';
import ind from './ind.js';
import af from './af.js';
import proc from './proc.js';
import type { ExecutableRule, RuleDefinition, RuleFamilyModule } from './rule.js';

/**
 * THE RULE CATALOGUE (docs/regler.md is generated from it): every family in the order the engine runs them. A rule
 * lives in the file named by its id prefix: GEN-09 in `gen.ts`, FP-01 in `fp.ts`.
 */
export const FAMILIES = [gen, udf, bor, cpr, fd, bv, lae, sdp, rt, fj, fp, rf, rev, ind, af, proc] as const satisfies readonly RuleFamilyModule[];

export type RuleId = (typeof FAMILIES)[number]['ids'][number];

/** Every rule with its check and quick fix, in catalogue order. */
export const EXECUTABLE_RULES: readonly ExecutableRule[] = FAMILIES.flatMap(f => f.rules);

/** The catalogue as data: one entry per rule id. */
export const RULES: readonly RuleDefinition[] = EXECUTABLE_RULES.map(r => r.definition);

const byId = new Map<string, ExecutableRule>(EXECUTABLE_RULES.map(r => [r.definition.id, r]));

export function ruleById(id: string): RuleDefinition | undefined {
    return byId.get(id)?.definition;
}

export function executableRule(id: string): ExecutableRule | undefined {
    return byId.get(id);
}

export function isRuleId(id: string): id is RuleId {
    return byId.has(id);
}
