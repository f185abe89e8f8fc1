import { AstUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { WORD_LISTS, isInList, nearestWord, type WordListName } from '../legal/enumerations.js';
import { BLOCKS, blockKeyword, blocks, isCompleteEntry, type BlockKeyword } from '../model-access.js';
import { TOP_OF_FILE, type RuleCheck } from './rule-engine.js';

/** GEN-01, GEN-02, GEN-04, GEN-05, GEN-09: the document's structure, names and fixed words. */

/** Required blocks reported by GEN-01; the others have rules of their own (FD-04, FD-07, …). */
export const REQUIRED_BLOCKS: readonly BlockKeyword[] = ['arbejdsevne', 'borger', 'sag', 'beskæftigelse', 'socialt', 'helbred', 'dokumentation', 'sagsforløb', 'vurdering'];

export const checkRequiredBlocks: RuleCheck = ctx => {
    for (const keyword of REQUIRED_BLOCKS) {
        if (blocks(ctx.root, keyword).length === 0) {
            ctx.report('GEN-01', ctx.root, {
                range: TOP_OF_FILE,
                args: { block: keyword },
                data: { block: keyword },
            });
        }
    }
};

export const checkDuplicateBlocks: RuleCheck = ctx => {
    const seen = new Map<string, ast.TopLevelBlock>();
    for (const block of ctx.root.blocks) {
        const keyword = blockKeyword(block);
        const first = seen.get(keyword);
        if (!first) {
            seen.set(keyword, block);
            continue;
        }
        ctx.report('GEN-02', block, {
            keyword,
            args: { block: keyword, firstLine: (first.$cstNode?.range.start.line ?? 0) + 1 },
            data: { block: keyword },
        });
    }
};

export const checkDuplicateNames: RuleCheck = ctx => {
    const seen = new Map<string, ast.NamedEntry>();
    for (const entry of ctx.nodes.filter(isCompleteEntry)) {
        const first = seen.get(entry.name);
        if (!first) {
            seen.set(entry.name, entry);
            continue;
        }
        ctx.report('GEN-04', entry, { property: 'name', args: { name: entry.name, firstLine: (first.$cstNode?.range.start.line ?? 0) + 1 } });
    }
};

const KIND_NAMES: Record<ast.NamedEntry['$type'], string> = {
    Resource: 'en ressource', Barrier: 'en barriere', Document: 'et dokument', PreviousMeasure: 'en hidtidig indsats',
    PlannedMeasure: 'en planlagt indsats', Event: 'en hændelse i sagsforløbet',
};

function expectedFor(container: AstNode): string {
    if (ast.isAddresses(container)) return '`adresserer` skal pege på en barriere (`barriere navn: …`).';
    if (ast.isSources(container)) return '`kilde` skal pege på et dokument i `dokumentation`.';
    if (ast.isTested(container)) return '`afprøvet` skal pege på en indsats i `hidtidige_indsatser`.';
    return '`@` skal pege på en ressource, barriere, dokument, indsats eller hændelse i denne fil.';
}

/** Unresolved references and mentions (the linker's errors) become GEN-05 with a Danish message. */
export const checkReferences: RuleCheck = ctx => {
    let entries: ast.NamedEntry[] | undefined;
    for (const node of ctx.nodes) {
        for (const refInfo of AstUtils.streamReferences(node)) {
            const reference = refInfo.reference;
            if (!('ref' in reference) || reference.ref || !reference.error) continue;
            const name = reference.$refText;
            entries ??= ctx.nodes.filter(isCompleteEntry);
            const other = entries.find(e => e.name === name);
            const expected = expectedFor(refInfo.container);
            ctx.report('GEN-05', refInfo.container, {
                range: reference.$refNode?.range,
                variant: other ? 'wrongKind' : 'main',
                args: { name, expected, actual: other ? KIND_NAMES[other.$type] : '' },
            });
        }
    }
};

/** Where each fixed word list is used: node type and property. */
const WORD_PLACES: Array<{ type: string; property: string; list: WordListName }> = [
    { type: ast.Benefit.$type, property: 'value', list: 'ydelse' },
    { type: ast.ProvisionPeriod.$type, property: 'benefit', list: 'ydelse' },
    { type: ast.Visitation.$type, property: 'value', list: 'visitation' },
    { type: ast.Purpose.$type, property: 'value', list: 'formål' },
    { type: ast.Recommendation.$type, property: 'value', list: 'indstilling' },
    { type: ast.WorkCapacity.$type, property: 'value', list: 'arbejdsevne' },
    { type: ast.Document.$type, property: 'type', list: 'dokumenttype' },
    { type: ast.PreviousMeasure.$type, property: 'type', list: 'indsatstype' },
    { type: ast.PlannedMeasure.$type, property: 'type', list: 'indsatstype' },
    { type: ast.Theme.$type, property: 'value', list: 'tema' },
];

const WORD_PLACE_BY_TYPE = new Map(WORD_PLACES.map(p => [p.type, p]));

export const checkFixedWords: RuleCheck = ctx => {
    for (const node of ctx.nodes) {
        const place = WORD_PLACE_BY_TYPE.get(node.$type);
        if (!place) continue;
        const word = (node as unknown as Record<string, string | undefined>)[place.property];
        if (word === undefined || isInList(place.list, word)) continue;
        const suggestion = nearestWord(place.list, word);
        ctx.report('GEN-09', node, {
            property: place.property,
            args: { word, list: WORD_LISTS[place.list].label, allowed: (WORD_LISTS[place.list].words as readonly string[]).join(', ') },
            data: { list: place.list, suggestion },
        });
    }
};

export { BLOCKS };
