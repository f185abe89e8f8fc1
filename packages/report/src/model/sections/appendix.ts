import { checklist } from '../checklist.js';
import type { SectionBuilder } from './section.js';

/** 12. Bilag: lovmæssig fuldstændighed: every rule and its status (only when asked for). */
export const appendixSection: SectionBuilder = ({ root, diagnostics, facts, options, ruleSet }) => {
    if (!options.appendix) return undefined;
    const rows = checklist(root, diagnostics, facts, options.config);
    return {
        id: 'bilag', title: 'Bilag: lovmæssig fuldstændighed', blocks: [
            { kind: 'paragraph', text: `Tjekket efter ${ruleSet.charAt(0).toLowerCase()}${ruleSet.slice(1)}.` },
            {
                kind: 'table', caption: 'Regler', columns: ['Regel', 'Status', 'Grundlag'], widths: [3, 1, 1.6], rows,
                emphasis: rows.map(([, state]) => (state === 'Mangler (fejl)' ? 'fejl' : state === 'Mangler (advarsel)' ? 'advarsel' : undefined)),
            },
        ],
    };
};
