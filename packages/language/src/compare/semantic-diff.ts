import type { AstNode, Reference } from 'langium';
import * as ast from '../generated/ast.js';
import { blockKeyword, type BlockKeyword } from '../semantics/model-access.js';
import { proseWith } from '../semantics/prose.js';
import { danishLongDate } from '../semantics/dates.js';
import { documentTypeLabel } from '../legal/enumerations.js';

/**
 * What changed between two versions of an assessment, by meaning: entries (by their name and
 * block) added, removed, changed or renamed, and fields changed, with before and after. Layout,
 * comments and the order of entries and attributes are not changes: both versions are read as
 * trees, and each thing is matched by what it is, never by its line.
 */

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed';

export interface SemanticChange {
    kind: ChangeKind;
    /** The top-level block the change stands in (`helbred`, `vurdering`, …). */
    block: BlockKeyword;
    /** The entry's name, or the field's keyword (`skånehensyn`), or a line's own words (`sygedagpenge 2025-10-06`). */
    name: string;
    /** The kind of entry in the language's words (`barriere`, `dokument`, `samtale`), absent for a field. */
    entry?: string;
    /** The thing as written before and after (one line, white space collapsed); for a rename, the old and new name. */
    before?: string;
    after?: string;
    /** The thing's own words before and after (its text, value or date; a mention as the words it points to): for a letter. */
    wordsBefore?: string;
    wordsAfter?: string;
    /** 1-based lines in each version. */
    lineBefore?: number;
    lineAfter?: number;
}

/** One comparable thing of a version: an entry, a field or an unnamed line. */
interface Item {
    block: BlockKeyword;
    /** Unique within the version: what the other version's item must match. */
    key: string;
    name: string;
    entry?: string;
    node: AstNode;
    line?: number;
}

const ENTRY_WORDS: Record<string, string> = {
    Resource: 'ressource', Barrier: 'barriere', Document: 'dokument', PreviousMeasure: 'indsats', PlannedMeasure: 'indsats',
};

/** The keyword a property or item starts with (`ydelse`, `cv`, `forlængelse`). */
function leadingKeyword(node: AstNode): string | undefined {
    const text = node.$cstNode?.text ?? '';
    return /^[\p{L}_][\p{L}\d_]*/u.exec(text)?.[0];
}

function lineOf(node: AstNode): number | undefined {
    return node.$cstNode ? node.$cstNode.range.start.line + 1 : undefined;
}

function isNamed(node: AstNode): node is ast.NamedEntry {
    return ast.isNamedEntry(node) && typeof node.name === 'string' && node.name.length > 0;
}

/** The blocks that hold entries or fields; the others (title, goal, the citizen's statement) are one field each. */
const CONTAINERS = new Set<string>([
    ast.Citizen.$type, ast.Case.$type, ast.Conclusion.$type, ast.SickLeave.$type, ast.EmploymentArea.$type, ast.SocialArea.$type,
    ast.HealthArea.$type, ast.PreviousMeasures.$type, ast.MeasurePlan.$type, ast.Documentation.$type, ast.Provision.$type, ast.CaseHistory.$type,
]);

/** The children of a block that are compared one by one. */
function childrenOf(block: ast.TopLevelBlock): AstNode[] {
    if (ast.isCitizen(block) || ast.isCase(block) || ast.isConclusion(block) || ast.isSickLeave(block)) return block.props;
    if (ast.isEmploymentArea(block) || ast.isSocialArea(block) || ast.isHealthArea(block) || ast.isPreviousMeasures(block) || ast.isMeasurePlan(block)) return block.items;
    if (ast.isDocumentation(block)) return block.documents;
    if (ast.isProvision(block)) return block.periods;
    if (ast.isCaseHistory(block)) return block.events;
    return [];
}

/** Every comparable thing of a version, each with a key the other version's counterpart shares. */
function itemsOf(root: ast.Assessment): Item[] {
    const items: Item[] = [];
    const seen = new Map<string, number>();
    const add = (item: Omit<Item, 'key'> & { key: string }) => {
        // A key written twice (a repeated field, GEN-02's repeated block) is told apart by its order.
        const count = seen.get(item.key) ?? 0;
        seen.set(item.key, count + 1);
        items.push({ ...item, key: count ? `${item.key}#${count + 1}` : item.key });
    };
    for (const block of root.blocks) {
        const keyword = blockKeyword(block);
        if (!CONTAINERS.has(block.$type)) {
            add({ block: keyword, key: `${keyword}`, name: keyword, node: block, line: lineOf(block) });
            continue;
        }
        for (const child of childrenOf(block)) {
            if (isNamed(child)) {
                const entry = ast.isEvent(child) ? child.kind : ENTRY_WORDS[child.$type];
                add({ block: keyword, key: `${keyword}/${child.$type}/${child.name}`, name: child.name, entry, node: child, line: lineOf(child) });
            } else if (ast.isProvisionPeriod(child)) {
                add({ block: keyword, key: `${keyword}/periode/${child.benefit} ${child.from}`, name: `${child.benefit} ${child.from}`, entry: 'periode', node: child, line: lineOf(child) });
            } else if (ast.isExtension(child)) {
                add({ block: keyword, key: `${keyword}/forlængelse/${child.ground}`, name: `forlængelse: ${child.ground}`, entry: 'forlængelse', node: child, line: lineOf(child) });
            } else if (!ast.isNamedEntry(child)) {
                const field = leadingKeyword(child) ?? child.$type;
                add({ block: keyword, key: `${keyword}/${field}`, name: field, node: child, line: lineOf(child) });
            }
        }
    }
    return items;
}

/** Names of the other version's entries as this version calls them (a rename applied to references). */
type NameMap = ReadonlyMap<string, string>;
const NO_RENAMES: NameMap = new Map();

function proseValue(prose: ast.Prose, names: NameMap): string {
    return proseWith(prose, (_mention, name) => `@${names.get(name) ?? name}`).replace(/\s+/g, ' ').trim();
}

function isReference(value: unknown): value is Reference {
    return typeof value === 'object' && value !== null && '$refText' in value;
}

/**
 * A node as a value: its own properties in a fixed order, texts with their white space collapsed,
 * references by the name they point to, and lists of attributes in sorted order (their order is layout).
 */
function valueOf(node: AstNode, names: NameMap, skipName: boolean): string {
    if (ast.isProse(node)) return JSON.stringify(proseValue(node, names));
    const parts: string[] = [node.$type];
    for (const key of Object.keys(node).sort()) {
        if (key.startsWith('$') || (skipName && key === 'name')) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        parts.push(`${key}=${serialise(value, names, key === 'attributes')}`);
    }
    return `${parts.join(' ')}`;
}

function serialise(value: unknown, names: NameMap, unordered = false): string {
    if (Array.isArray(value)) {
        const values = value.map(v => serialise(v, names));
        return `[${(unordered ? values.sort() : values).join(', ')}]`;
    }
    if (isReference(value)) return `->${names.get(value.$refText) ?? value.$refText}`;
    if (typeof value === 'object' && value !== null && '$type' in value) return `{${valueOf(value as AstNode, names, false)}}`;
    return JSON.stringify(value);
}

/** The thing as a reader sees it: its source text on one line, without comments. */
function shown(node: AstNode): string {
    const text = node.$cstNode?.text ?? '';
    return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A mention as the words of what it points to. */
function mentionWords(mention: ast.Mention, name: string): string {
    const target = mention.target.ref;
    const text = target && 'text' in target && ast.isProse(target.text) ? proseWith(target.text, () => '') : '';
    return text.replace(/\s+/g, ' ').trim() || name;
}

/** The thing's own words: its text, its value or its date (a document: its kind, date and description). */
function wordsOf(node: AstNode): string {
    if (ast.isDocument(node)) {
        const description = node.description ? proseWith(node.description, mentionWords).replace(/\s+/g, ' ').trim() : '';
        return `${documentTypeLabel(node.type)}, ${danishLongDate(node.date)}${description ? `: ${description}` : ''}`;
    }
    const record = node as unknown as Record<string, unknown>;
    for (const key of ['text', 'value', 'title', 'reason', 'description']) {
        const value = record[key];
        if (ast.isProse(value)) return proseWith(value, mentionWords).replace(/\s+/g, ' ').trim();
        if (typeof value === 'string') return value;
    }
    return shown(node);
}

/** The changes from `before` to `after`, in the order of the later version (removals where they stood before). */
export function compareAssessments(before: ast.Assessment, after: ast.Assessment): SemanticChange[] {
    const old = itemsOf(before);
    const now = itemsOf(after);
    const oldByKey = new Map(old.map(i => [i.key, i]));
    const nowByKey = new Map(now.map(i => [i.key, i]));

    // Renames: an entry gone and one new, of the same kind in the same block, alike in everything but the name.
    const gone = old.filter(i => i.entry && isNamed(i.node) && !nowByKey.has(i.key));
    const fresh = now.filter(i => i.entry && isNamed(i.node) && !oldByKey.has(i.key));
    const renamed = new Map<Item, Item>();
    const shape = (i: Item) => `${i.block}/${i.node.$type}/${valueOf(i.node, NO_RENAMES, true).replace(/(->|@)[\p{L}\d_]+/gu, '$1?')}`;
    const byShape = (items: Item[]) => {
        const groups = new Map<string, Item[]>();
        for (const item of items) {
            const key = shape(item);
            groups.set(key, [...(groups.get(key) ?? []), item]);
        }
        return groups;
    };
    const freshByShape = byShape(fresh);
    for (const [key, items] of byShape(gone)) {
        const candidates = freshByShape.get(key);
        // Only a one-to-one match is a rename; two alike entries renamed at once stay a removal and an addition.
        if (items.length === 1 && candidates?.length === 1) renamed.set(items[0], candidates[0]);
    }
    const renamedFrom = new Map([...renamed].map(([from, to]) => [to, from]));
    const names = new Map([...renamed].map(([from, to]) => [(from.node as ast.NamedEntry).name, (to.node as ast.NamedEntry).name]));

    const changes: SemanticChange[] = [];
    const at = (item: Item) => ({ block: item.block, name: item.name, ...(item.entry ? { entry: item.entry } : {}) });
    for (const item of now) {
        const previous = oldByKey.get(item.key);
        const from = renamedFrom.get(item);
        if (from) {
            changes.push({ kind: 'renamed', ...at(item), before: from.name, after: item.name, lineBefore: from.line, lineAfter: item.line });
        } else if (!previous) {
            changes.push({ kind: 'added', ...at(item), after: shown(item.node), wordsAfter: wordsOf(item.node), lineAfter: item.line });
        } else if (valueOf(previous.node, names, false) !== valueOf(item.node, NO_RENAMES, false)) {
            changes.push({
                kind: 'changed', ...at(item), before: shown(previous.node), after: shown(item.node), wordsBefore: wordsOf(previous.node), wordsAfter: wordsOf(item.node),
                lineBefore: previous.line, lineAfter: item.line,
            });
        }
    }
    for (const item of old) {
        if (!nowByKey.has(item.key) && !renamed.has(item)) changes.push({ kind: 'removed', ...at(item), before: shown(item.node), wordsBefore: wordsOf(item.node), lineBefore: item.line });
    }
    return changes;
}
