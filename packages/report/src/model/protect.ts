import { maskCprNumbers } from '@arbejdsevne/language/cpr-policy';
import type { ReportModel } from './types.js';

/**
 * The model with every CPR number masked, wherever a caseworker wrote one (a relative's in a note,
 * one pasted into the title): the renderers and the file metadata see only this.
 */
export function protectModel(model: ReportModel): ReportModel {
    return mask(model) as ReportModel;
}

function mask(value: unknown): unknown {
    if (typeof value === 'string') return maskCprNumbers(value);
    if (Array.isArray(value)) return value.map(mask);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v)]));
    return value;
}
