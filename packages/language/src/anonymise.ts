import { CstUtils, isLeafCstNode } from 'langium';
import * as ast from './generated/ast.js';
import { addDays, isValidIsoDate, normalizeDate } from './semantics/dates.js';
import { parseCpr } from './semantics/cpr.js';
import { maskCprNumbers } from './privacy/cpr-policy.js';
import { regimeForDate } from './legal/regimes.js';
import { caseFacts, citizenFacts } from './semantics/model-access.js';
import { proseText } from './semantics/prose.js';

/**
 * A training copy of an assessment: names replaced by fictive ones, `cpr` by `fødselsdato`, every
 * date moved by the same number of days (so intervals and ages stay), CPR-like numbers in prose
 * masked. The shift keeps the case date inside its rule set, so the copy has the same findings.
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

export function anonymise(text: string, root: ast.Assessment, options: AnonymiseOptions = {}): { text: string; shiftDays: number } {
    const kase = caseFacts(root);
    const shiftDays = chooseShift(kase.date?.value, options.shiftDays);
    if (shiftDays === undefined) throw new Error('forskydningen ville flytte sagen til et andet regelsæt');
    const edits: Edit[] = [];
    const cst = root.$cstNode;
    if (!cst) return { text, shiftDays };

    // Dates: every date token, written back in the form it had.
    for (const node of CstUtils.streamCst(cst)) {
        if (!isLeafCstNode(node) || (node.tokenType.name !== 'ISO_DATE' && node.tokenType.name !== 'DK_DATE')) continue;
        edits.push({ start: node.offset, end: node.end, text: shiftWritten(node.text, shiftDays) });
    }

    // cpr → fødselsdato (moved like every other date); a CPR that is no real date is dropped.
    const citizen = citizenFacts(root);
    if (citizen.cpr?.$cstNode) {
        const cpr = parseCpr(proseText(citizen.cpr.value));
        const replacement = cpr.valid && !citizen.birthDate ? `fødselsdato: ${addDays(cpr.birthDate, shiftDays)}` : '// cpr fjernet ved anonymisering';
        edits.push({ start: citizen.cpr.$cstNode.offset, end: citizen.cpr.$cstNode.end, text: replacement });
    }

    // Names: the citizen's, the caseworker's and the coordinator's, wherever they stand in prose.
    const names = new Map<string, string>();
    const person = (full: string, fictive: string) => {
        const parts = full.split(/[\s,]+/).filter(w => /^\p{Lu}/u.test(w));
        const fictiveParts = fictive.split(' ');
        parts.forEach((part, i) => names.set(part, fictiveParts[Math.min(i, fictiveParts.length - 1)]));
    };
    const seed = [...proseText(citizen.name?.value)].reduce((a, c) => a + c.charCodeAt(0), 0);
    if (citizen.name) person(proseText(citizen.name.value), `${FICTIVE_FIRST[seed % FICTIVE_FIRST.length]} ${FICTIVE_LAST[seed % FICTIVE_LAST.length]}`);
    const caseworker = kase.caseworker ? proseText(kase.caseworker.value).split(',')[0] : undefined;
    if (caseworker) person(caseworker, FICTIVE_CASEWORKERS[0]);
    for (const coordinator of root.blocks.filter(ast.isMeasurePlan).flatMap(p => p.items.filter(ast.isCoordinator))) {
        const name = proseText(coordinator.text);
        if (name !== caseworker) person(name, FICTIVE_CASEWORKERS[1]);
    }
    const wordPattern = names.size ? new RegExp(`(?<![\\p{L}\\d])(${[...names.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\d])`, 'gu') : undefined;
    for (const chunk of CstUtils.streamCst(cst)) {
        if (!isLeafCstNode(chunk) || (chunk.tokenType.name !== 'Q_TEXT' && chunk.tokenType.name !== 'TQ_TEXT')) continue;
        if (citizen.cpr?.$cstNode && chunk.offset >= citizen.cpr.$cstNode.offset && chunk.end <= citizen.cpr.$cstNode.end) continue;
        let replaced = maskCprNumbers(chunk.text, () => 'XXXXXX-XXXX')
            .replace(/(?<![\d-])(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?![\d-])/g, date => shiftWritten(date, shiftDays));
        if (wordPattern) replaced = replaced.replace(wordPattern, w => names.get(w) ?? w);
        if (replaced !== chunk.text) edits.push({ start: chunk.offset, end: chunk.end, text: replaced });
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
    return { text: result, shiftDays };
}

/** A date moved by `days`, written in the form it had (ISO or Danish); not a real date: unchanged. */
function shiftWritten(written: string, days: number): string {
    const iso = normalizeDate(written);
    if (!isValidIsoDate(iso)) return written;
    const moved = addDays(iso, days);
    const [y, m, d] = moved.split('-');
    return written.includes('.') ? `${Number(d)}.${Number(m)}.${y}` : moved;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

