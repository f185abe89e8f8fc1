import { maskCprNumbers } from '@arbejdsevne/language/cpr-policy';
import type { ReportModel } from './types.js';

/**
 * The model as every output may show it: every CPR number masked, wherever a caseworker wrote one
 * (a relative's in a note, one pasted into the title), and no character that XML forbids (a DOCX
 * or PDF metadata with U+FFFE in it is broken). The renderers and the file metadata see only this.
 */
export function protectModel(model: ReportModel): ReportModel {
    return mask(model) as ReportModel;
}

/** Characters XML 1.0 does not allow: C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF. */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function mask(value: unknown): unknown {
    if (typeof value === 'string') return maskCprNumbers(value.replace(NOT_IN_XML, ''));
    if (Array.isArray(value)) return value.map(mask);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v)]));
    return value;
}
