import { block, conclusionFacts, danishLongDate } from '@arbejdsevne/language';
import { flowing } from '../text.js';
import type { ReportBlock } from '../types.js';
import { section, type SectionBuilder } from './section.js';

/** The citizen's stance in words, as the report says it (the citizen version says it to "du"). */
export const STANCE_IN_WORDS: Record<string, string> = {
    enig: 'Borgeren er enig i vurderingen.',
    delvis_enig: 'Borgeren er delvis enig i vurderingen.',
    uenig: 'Borgeren er uenig i vurderingen.',
};

/**
 * 8. Borgerens egen vurdering: the citizen's own words, verbatim, their stance beside them, and
 * right after them the caseworker's answer to a citizen who disagrees (borgerens_synspunkt).
 */
export const citizenStatementSection: SectionBuilder = ({ root }) => {
    const statement = block(root, 'borgerens_vurdering');
    if (!statement) return undefined;
    const answer = conclusionFacts(root).citizenViewAnswer;
    const content: ReportBlock[] = [];
    if (statement.stance) content.push({ kind: 'paragraph', label: 'Borgerens holdning', text: STANCE_IN_WORDS[statement.stance] ?? statement.stance });
    if (statement.text) {
        content.push({ kind: 'quote', text: flowing(statement.text), caption: statement.date ? `Borgerens egne ord, ${danishLongDate(statement.date)}` : 'Borgerens egne ord', origin: 'citizen' });
    }
    if (answer) content.push({ kind: 'paragraph', label: 'Svar på borgerens synspunkt', text: flowing(answer.text), origin: 'caseworker' });
    return content.length ? section('borgerens-vurdering', 'Borgerens egen vurdering', statement, content) : undefined;
};
