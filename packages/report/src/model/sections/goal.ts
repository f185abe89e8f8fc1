import { block, blocks } from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import { flowing, text } from '../text.js';
import { section, type SectionBuilder } from './section.js';

/** 2. Mål og ønsker: the goal, and the resources marked as the citizen's work-related wishes. */
export const goalSection: SectionBuilder = ({ root }) => {
    const goal = block(root, 'mål');
    const wishes = [...blocks(root, 'beskæftigelse'), ...blocks(root, 'socialt'), ...blocks(root, 'helbred')]
        .flatMap(a => a.items.filter(ast.isResource)).filter(r => r.attributes.some(a => ast.isTheme(a) && a.value === 'arbejdsrelevante_ønsker'));
    return section('maal', 'Mål og ønsker', goal, [
        ...(goal ? [{ kind: 'paragraph', label: 'Mål', text: flowing(goal.text) } as const] : []),
        ...(wishes.length ? [{ kind: 'list', items: wishes.map(w => text(w.text)) } as const] : []),
    ]);
};
