import { block, sourcesOf, wordInText } from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import { documentTypeLabel } from '../labels.js';
import { danishLongDate } from '@arbejdsevne/language';
import { entryLabel, flowing, text } from '../text.js';
import type { ReportBlock } from '../types.js';
import { section, type SectionBuilder } from './section.js';

/** An entry's text, then its theme of the ressourceprofil and its sources: "… (tema: uddannelse; kilde: LÆ 265)". */
function describe(entry: ast.Resource | ast.Barrier): string {
    const attributes: ReadonlyArray<ast.EntryAttribute | ast.BarrierAttribute> = entry.attributes;
    const theme = attributes.find(ast.isTheme);
    const sources = sourcesOf(entry).map(d => documentTypeLabel(d.type));
    const notes = [...(theme ? [`tema: ${wordInText(theme.value)}`] : []), ...(sources.length ? [`kilde: ${sources.join(', ')}`] : [])];
    return `${text(entry.text)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** 3.–5. One life area: resources beside barriers, then its texts (cv, behandling, the citizen's view). */
function areaSection(id: string, title: string, keyword: 'beskæftigelse' | 'socialt' | 'helbred'): SectionBuilder {
    return ({ root }) => {
        const area = block(root, keyword);
        if (!area) return undefined;
        const content: ReportBlock[] = [];
        const resources = area.items.filter(ast.isResource);
        const barriers = area.items.filter(ast.isBarrier);
        const rows = Math.max(resources.length, barriers.length);
        if (rows > 0) {
            content.push({
                kind: 'table', caption: `Ressourcer og barrierer – ${title.toLowerCase()}`, columns: ['Ressourcer', 'Barrierer'], widths: [1, 1],
                rows: Array.from({ length: rows }, (_, i) => [resources[i] ? describe(resources[i]) : '', barriers[i] ? describe(barriers[i]) : '']),
            });
        }
        // Progression notes under their entry, in date order (the formatter keeps them as written).
        const progression = [...resources, ...barriers].flatMap(entry => (entry.attributes as ast.BarrierAttribute[]).filter(ast.isProgression)
            .sort((a, b) => a.date.localeCompare(b.date)).map(p => [entryLabel(entry), danishLongDate(p.date), text(p.text)]));
        if (progression.length) {
            content.push({ kind: 'table', caption: `Udvikling siden tidligere vurderinger – ${title.toLowerCase()}`, columns: ['Ressource eller barriere', 'Dato', 'Udvikling'], widths: [1.6, 1.1, 3], rows: progression });
        }
        for (const none of area.items.filter(ast.isNoBarriers)) content.push({ kind: 'paragraph', label: 'Ingen barrierer', text: text(none.reason) });
        for (const item of area.items) {
            if (ast.isCv(item)) content.push({ kind: 'paragraph', label: 'Uddannelse og erfaring', text: text(item.text) });
            if (ast.isTreatment(item)) content.push({ kind: 'paragraph', label: 'Behandling', text: text(item.text) });
            if (ast.isHealthPerspective(item)) content.push({ kind: 'quote', caption: 'Borgerens eget syn på helbredet', text: flowing(item.text) });
        }
        return section(id, title, area, content);
    };
}

export const employmentSection = areaSection('beskaeftigelse', 'Beskæftigelse og uddannelse', 'beskæftigelse');
export const socialSection = areaSection('socialt', 'Sociale forhold', 'socialt');
export const healthSection = areaSection('helbred', 'Helbred', 'helbred');
