import { block, sourcesOf, wordInText } from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import { documentTypeLabel } from '../labels.js';
import { flowing, text } from '../text.js';
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
