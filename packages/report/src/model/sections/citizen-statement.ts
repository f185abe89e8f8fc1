import { block, danishLongDate } from '@arbejdsevne/language';
import { text } from '../text.js';
import { section, type SectionBuilder } from './section.js';

/** 8. Borgerens egen vurdering: the citizen's own words, verbatim. */
export const citizenStatementSection: SectionBuilder = ({ root }) => {
    const statement = block(root, 'borgerens_vurdering');
    if (!statement?.text) return undefined;
    return section('borgerens-vurdering', 'Borgerens egen vurdering', statement, [
        { kind: 'quote', text: text(statement.text), caption: statement.date ? `Borgerens egne ord, ${danishLongDate(statement.date)}` : 'Borgerens egne ord' },
    ]);
};
