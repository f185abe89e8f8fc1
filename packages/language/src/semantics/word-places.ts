import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { WordListName } from '../legal/enumerations.js';

/**
 * Where a fixed word stands: node type, the property that holds it, and its word list. The one
 * table read by GEN-09, completion, hover and semantic tokens.
 */
export interface WordPlace {
    type: string;
    property: string;
    list: WordListName;
}

export const WORD_PLACES: readonly WordPlace[] = [
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
    { type: ast.Extension.$type, property: 'ground', list: 'forlængelsesgrund' },
];

const BY_TYPE = new Map(WORD_PLACES.map(p => [p.type, p]));

/** The word place of a node type, if a fixed word stands in it. */
export function wordPlaceOf(type: string | undefined): WordPlace | undefined {
    return type === undefined ? undefined : BY_TYPE.get(type);
}

/** The place of a node and the word written there (undefined while it is half-typed). */
export function fixedWordOf(node: AstNode): { place: WordPlace; word: string | undefined } | undefined {
    const place = BY_TYPE.get(node.$type);
    if (!place) return undefined;
    return { place, word: (node as unknown as Record<string, string | undefined>)[place.property] };
}

/** The word list for a grammar feature: node type and property name (completion). */
export function wordListAt(type: string | undefined, property: string | undefined): WordListName | undefined {
    const place = wordPlaceOf(type);
    return place && place.property === property ? place.list : undefined;
}
