import { CstUtils, isLeafCstNode } from 'langium';
import * as ast from './generated/ast.js';
import { MONTHS, addDays, danishLongDate, endOfMonth, isValidIsoDate, normalizeDate, toIso } from './semantics/dates.js';
import { parseCpr } from './semantics/cpr.js';
import { maskCprNumbers } from './privacy/cpr-policy.js';
import { regimeForDate } from './legal/regimes.js';
import { caseFacts, citizenFacts } from './semantics/model-access.js';
import { proseText } from './semantics/prose.js';

/**
 * A training copy of an assessment: the people the file names (citizen, caseworker, coordinator,
 * the kommune) replaced by fictive ones, also in the genitive and in capitals; `cpr` by
 * `fødselsdato`; every date, numeric or written out, moved by the same number of days (so
 * intervals and ages stay; a revurdering on a month's last day stays on one, SDL § 24); CPR numbers, e-mail addresses, phone numbers and street addresses in
 * prose removed; comments dropped. The shift keeps the case date inside its rule set, so the copy
 * has the same findings. What cannot be known (a doctor's or an employer's name in a sentence) is
 * listed: every capitalised word the copy keeps, for a human to check.
 */
export interface AnonymiseOptions {
    /** Days to move every date; default: the largest shift up to a year back that keeps the rule set. */
    shiftDays?: number;
}

const FICTIVE_FIRST = ['Kim', 'Alex', 'Sam', 'Robin', 'Charlie', 'Mika', 'Noa', 'Vic'];
const FICTIVE_LAST = ['Testesen', 'Eksempelsen', 'Øvelund', 'Kursusgaard'];
const FICTIVE_CASEWORKERS = ['Bo Bisidder', 'Lis Lærebog'];

interface Edit { start: number; end: number; text: string }

/** The shift in days, or undefined when the given one would move the case into another rule set. */
export function chooseShift(caseDate: string | undefined, requested?: number): number | undefined {
    if (!caseDate) return requested ?? -364;
    const regime = regimeForDate(caseDate);
    const keeps = (days: number) => {
        const moved = addDays(caseDate, days);
        return regimeForDate(moved).id === regime.id && (moved >= '2025-07-01') === (caseDate >= '2025-07-01') && (moved >= '2022-01-01') === (caseDate >= '2022-01-01');
    };
    if (requested !== undefined) return keeps(requested) ? requested : undefined;
    for (let days = -364; days < 0; days += 7) if (keeps(days)) return days;
    for (let days = -6; days < 0; days++) if (keeps(days)) return days;
    return 0;
}

export interface Anonymised {
    text: string;
    shiftDays: number;
    /** Capitalised words kept inside sentences (possibly names): for a human to check. */
    kept: string[];
}

/** Text that identifies a person whoever it belongs to, replaced by a neutral word. */
const IDENTIFYING: Array<[RegExp, string]> = [
    [/[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu, '[e-mail]'],
    [/(?<![\d-])(?:\+45 ?)?(?:\d{2} ?){3}\d{2}(?![\d-])/g, '[telefon]'],
    // The house letter ("12 B", "12B") only as a letter of its own: "12 og" is not "12 o", and a line break after the number stays.
    [/\p{Lu}[\p{L}-]*(?:vej|gade|allé|alle|stræde|plads|torv|boulevard|vænge|have|park|bakken|stien|toften|parken|høj)\s+\d+(?:[ \t]?[a-zA-Z](?![\p{L}\d]))?(?:,[ \t]*\d+\.?[ \t]*(?:th|tv|mf|sal)\.?)?/gu, '[adresse]'],
    [/(?<!\d)\d{4}\s+\p{Lu}\p{Ll}+(?:\s+[CNSVØK])?(?![\p{L}\d])/gu, '[postnummer og by]'],
];

const LONG_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\.\\s+(${MONTHS.join('|')})\\s+(\\d{4})(?!\\d)`, 'giu');

export function anonymise(text: string, root: ast.Assessment, options: AnonymiseOptions = {}): Anonymised {
    const kase = caseFacts(root);
    const shiftDays = chooseShift(kase.date?.value, options.shiftDays);
    if (shiftDays === undefined) throw new Error('forskydningen ville flytte sagen til et andet regelsæt');
    const edits: Edit[] = [];
    const cst = root.$cstNode;
    if (!cst) return { text, shiftDays, kept: [] };

    // Dates: every date token, written back in the form it had.
    for (const node of CstUtils.streamCst(cst)) {
        if (!isLeafCstNode(node) || (node.tokenType.name !== 'ISO_DATE' && node.tokenType.name !== 'DK_DATE')) continue;
        edits.push({ start: node.offset, end: node.end, text: shiftWritten(node.text, shiftDays, ast.isReassessment(node.astNode)) });
    }

    // cpr → fødselsdato (moved like every other date); a CPR that is no real date is dropped.
    // Every `cpr`, also one written twice (GEN-02): only the first can become the birth date, the rest go.
    const citizen = citizenFacts(root);
    const citizenProps = root.blocks.filter(ast.isCitizen).flatMap(b => b.props);
    for (const node of citizenProps.filter(ast.isCpr)) {
        if (!node.$cstNode) continue;
        const cpr = parseCpr(proseText(node.value));
        const { offset, end } = node.$cstNode;
        if (node === citizen.cpr && cpr.valid && !citizen.birthDate) edits.push({ start: offset, end, text: `fødselsdato: ${addDays(cpr.birthDate, shiftDays)}` });
        else edits.push({ start: offset, end, text: '' });
    }

    // Names: the citizen's, the caseworker's, the coordinator's and the kommune's, wherever they stand.
    const names = new Map<string, string>();
    const person = (full: string, fictive: string) => {
        const parts = full.split(/[\s,]+/).filter(w => /^\p{Lu}/u.test(w) && w !== 'Kommune');
        const fictiveParts = fictive.split(' ');
        parts.forEach((part, i) => names.set(part.toLowerCase(), fictiveParts[Math.min(i, fictiveParts.length - 1)]));
    };
    const seed = [...proseText(citizen.name?.value)].reduce((a, c) => a + c.charCodeAt(0), 0);
    // Every name field, also one written twice (GEN-02): a second `navn` is still a person's name.
    for (const name of citizenProps.filter(ast.isCitizenName)) person(proseText(name.value), `${FICTIVE_FIRST[seed % FICTIVE_FIRST.length]} ${FICTIVE_LAST[seed % FICTIVE_LAST.length]}`);
    const caseProps = root.blocks.filter(ast.isCase).flatMap(b => b.props);
    const caseworker = kase.caseworker ? proseText(kase.caseworker.value).split(',')[0] : undefined;
    for (const other of caseProps.filter(ast.isCaseworker)) person(proseText(other.value).split(',')[0], FICTIVE_CASEWORKERS[0]);
    for (const coordinator of root.blocks.filter(ast.isMeasurePlan).flatMap(p => p.items.filter(ast.isCoordinator))) {
        const name = proseText(coordinator.text);
        if (name !== caseworker) person(name, FICTIVE_CASEWORKERS[1]);
    }
    for (const municipality of caseProps.filter(ast.isMunicipality)) person(proseText(municipality.value), 'Kursusby');
    // A name also in the genitive (Henriks) and in capitals (FIE HANSEN).
    const namePattern = names.size ? new RegExp(`(?<![\\p{L}\\d])(${[...names.keys()].map(escapeRegExp).join('|')})(s?)(?![\\p{L}\\d])`, 'giu') : undefined;
    const renamed = (part: string, genitive: string) => {
        const fictive = names.get(part.toLowerCase()) ?? part;
        const capitals = part.length > 1 && part === part.toUpperCase();
        return (capitals ? fictive.toUpperCase() : fictive) + (genitive ? (capitals ? 'S' : 's') : '');
    };
    const kept = new Set<string>();
    for (const node of CstUtils.streamCst(cst)) {
        if (!isLeafCstNode(node)) continue;
        const type = node.tokenType.name;
        if (type === 'SL_COMMENT' || type === 'ML_COMMENT') {
            // Comments are dropped: they are where a caseworker notes a name or a number.
            // Its line breaks stay, so the copy's findings are on the same lines as the original's.
            edits.push({ start: node.offset, end: node.end, text: node.text.replace(/[^\n]/g, '') });
            continue;
        }
        if (type !== 'Q_TEXT' && type !== 'TQ_TEXT') continue;
        if (citizen.cpr?.$cstNode && node.offset >= citizen.cpr.$cstNode.offset && node.end <= citizen.cpr.$cstNode.end) continue;
        let replaced = maskCprNumbers(node.text, () => 'XXXXXX-XXXX');
        for (const [pattern, word] of IDENTIFYING) replaced = replaced.replace(pattern, word);
        replaced = replaced
            .replace(/(?<![\d-])(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?![\d-])/g, date => shiftWritten(date, shiftDays))
            .replace(LONG_DATE, (whole, d: string, month: string, y: string) => {
                const iso = toIso(Number(y), MONTHS.indexOf(month.toLowerCase()) + 1, Number(d));
                return isValidIsoDate(iso) ? danishLongDate(addDays(iso, shiftDays)) : whole;
            });
        if (namePattern) replaced = replaced.replace(namePattern, (_whole, part: string, genitive: string) => renamed(part, genitive));
        for (const word of capitalisedInSentences(replaced)) kept.add(word);
        if (replaced !== node.text) edits.push({ start: node.offset, end: node.end, text: replaced });
    }

    // Apply from the end so offsets stay valid; a date inside a replaced span is dropped.
    edits.sort((a, b) => b.start - a.start);
    let result = text;
    let floor = Infinity;
    for (const edit of edits) {
        if (edit.end > floor) continue;
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
        floor = edit.start;
    }
    const fictive = new Set(['Kommune', ...names.values(), ...FICTIVE_FIRST, ...FICTIVE_LAST, ...FICTIVE_CASEWORKERS.flatMap(n => n.split(' '))]);
    return { text: result, shiftDays, kept: [...kept].filter(w => !fictive.has(w)).sort((a, b) => a.localeCompare(b, 'da')) };
}

/** Words with a capital letter that do not start a sentence: possibly names. Abbreviations (LAB, LÆ) are not. */
function capitalisedInSentences(text: string): string[] {
    const found: string[] = [];
    for (const match of text.matchAll(/(?<=[^.!?:\n"»(\s]\s+|[,;]\s*)(\p{Lu}\p{Ll}[\p{L}-]*)/gu)) found.push(match[1]);
    return found;
}

/**
 * A date moved by `days`, written in the form it had (ISO or Danish); not a real date: unchanged.
 * A revurdering is always a month's last day (SDP-03): one that was stays one, in the month it moved to.
 */
function shiftWritten(written: string, days: number, monthEnd = false): string {
    const iso = normalizeDate(written);
    if (!isValidIsoDate(iso)) return written;
    const moved = monthEnd && endOfMonth(iso) === iso ? endOfMonth(addDays(iso, days)) : addDays(iso, days);
    const [y, m, d] = moved.split('-');
    return written.includes('.') ? `${Number(d)}.${Number(m)}.${y}` : moved;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

