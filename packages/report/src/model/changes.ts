import {
    BLOCKS, citizenFacts, computeFacts, danishLongDate, isError, proseText, type Assessment, type BlockKeyword, type SemanticChange,
} from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import { protectModel } from './protect.js';
import { CONFIDENTIAL, type ReportModel, type ReportSection } from './types.js';

/**
 * The change report ("Ændringer siden …"): what changed between two versions of an assessment, by
 * block, made from `compareAssessments` and drawn by the report's own renderers.
 */

const KIND_WORDS: Record<SemanticChange['kind'], string> = { added: 'Tilføjet', removed: 'Fjernet', changed: 'Ændret', renamed: 'Omdøbt' };

/** Block headings as the report names them. */
const BLOCK_TITLES: Record<BlockKeyword, string> = {
    arbejdsevne: 'Titel', borger: 'Borger', sag: 'Sag', mål: 'Mål', beskæftigelse: 'Beskæftigelse og uddannelse', socialt: 'Sociale forhold',
    helbred: 'Helbred', dokumentation: 'Dokumentation', forsørgelse: 'Forsørgelseshistorik', sygeforløb: 'Sygedagpenge',
    hidtidige_indsatser: 'Hidtidige indsatser', borgerens_vurdering: 'Borgerens egen vurdering', sagsforløb: 'Sagsforløb',
    indsatsplan: 'Indsatsplan', vurdering: 'Samlet vurdering og indstilling',
};

/** The newest progression note of an entry, if it was written after the earlier version's newest. */
function newProgression(before: Assessment, after: Assessment, change: SemanticChange): string | undefined {
    const find = (root: Assessment) => ast.namedEntries(root).find(e => e.name === change.name && (ast.isBarrier(e) || ast.isResource(e))) as ast.Barrier | ast.Resource | undefined;
    const notes = (entry: ast.Barrier | ast.Resource | undefined) => ((entry?.attributes ?? []) as ast.BarrierAttribute[]).filter(ast.isProgression).sort((a, b) => a.date.localeCompare(b.date));
    const newest = notes(find(after)).at(-1);
    const before_ = notes(find(before)).at(-1);
    return newest && (!before_ || newest.date > before_.date) ? `${danishLongDate(newest.date)}: ${proseText(newest.text).replace(/\s+/g, ' ').trim()}` : undefined;
}

/** A barrier's change in the words of progression: new, gone, or developed (with the newest note). */
function kindWord(change: SemanticChange, progression: string | undefined): string {
    if (change.entry === 'barriere' && change.kind === 'added') return 'Ny barriere';
    if (change.entry === 'barriere' && change.kind === 'removed') return 'Barrieren er væk';
    if (progression && change.kind === 'changed') return 'Udvikling';
    return KIND_WORDS[change.kind];
}

export interface ChangeReportOptions {
    /** The later version's findings: the report is a draft while it has errors. */
    diagnostics?: readonly Diagnostic[];
    /** The report's date (default: the later version's case date). */
    date?: string;
}

export function buildChangeReport(before: Assessment, after: Assessment, changes: readonly SemanticChange[], options: ChangeReportOptions = {}): ReportModel {
    const was = computeFacts(before).caseDate;
    const now = computeFacts(after).caseDate;
    const since = was ? `Ændringer siden ${danishLongDate(was)}` : 'Ændringer siden den tidligere version';
    const name = proseText(citizenFacts(after).name?.value).trim();
    const sections: ReportSection[] = [];
    for (const block of Object.keys(BLOCKS) as BlockKeyword[]) {
        const here = changes.filter(c => c.block === block);
        if (!here.length) continue;
        sections.push({
            id: `aendringer-${block}`, title: BLOCK_TITLES[block],
            blocks: [{
                kind: 'table', caption: `Ændringer – ${BLOCK_TITLES[block].toLowerCase()}`, columns: ['Ændring', 'Hvad', 'Før', 'Efter'], widths: [1.1, 1.3, 2.6, 2.6],
                rows: here.map(c => {
                    const progression = c.kind === 'changed' ? newProgression(before, after, c) : undefined;
                    // The words a reader knows (a rename: the old and new name); the source text is for `sammenlign`'s lines.
                    const wordsBefore = c.kind === 'renamed' ? c.before ?? '' : c.wordsBefore ?? '';
                    const wordsAfter = c.kind === 'renamed' ? c.after ?? '' : c.wordsAfter ?? '';
                    return [kindWord(c, progression), c.entry ? `${c.entry} ${c.name}` : c.name, wordsBefore, progression ? `${wordsAfter} (nyeste udvikling ${progression})` : wordsAfter];
                }),
            }],
        });
    }
    if (!sections.length) sections.push({ id: 'aendringer', title: 'Ændringer', blocks: [{ kind: 'paragraph', text: 'Ingen ændringer: de to versioner siger det samme.', origin: 'generated' }] });
    const count = changes.length;
    return protectModel({
        meta: {
            title: name ? `${name} – ${since.toLowerCase()}` : since, subject: 'Ændringer i beskrivelse af arbejdsevne', date: options.date ?? now ?? was ?? '2000-01-01',
            language: 'da', draft: (options.diagnostics ?? []).some(isError), confidential: CONFIDENTIAL, ruleSet: '', citizenVersion: false,
        },
        header: {
            title: since,
            rows: [
                ...(name ? [['Borger', name] as [string, string]] : []),
                ['Tidligere version', was ? danishLongDate(was) : 'uden dato'],
                ['Denne version', now ? danishLongDate(now) : 'uden dato'],
                ['Ændringer', count === 0 ? 'ingen' : String(count)],
            ],
        },
        sections,
    });
}
