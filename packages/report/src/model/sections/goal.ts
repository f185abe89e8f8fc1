import { block, blocks } from '@arbejdsevne/language';
import * as ast from '@arbejdsevne/language';
import { flowing, text } from '../text.js';
import { section, type SectionBuilder } from './section.js';

/** 2. Mål og ønsker: the goal, the citizen's own wishes (`ønsker`, as written), and the resources marked as work-related wishes. */
export const goalSection: SectionBuilder = ({ root }) => {
    const goal = block(root, 'mål');
    const ownWishes = blocks(root, 'beskæftigelse').flatMap(a => a.items.filter(ast.isWishes));
    const wishes = [...blocks(root, 'beskæftigelse'), ...blocks(root, 'socialt'), ...blocks(root, 'helbred')]
        .flatMap(a => a.items.filter(ast.isResource)).filter(r => r.attributes.some(a => ast.isTheme(a) && a.value === 'arbejdsrelevante_ønsker'));
    return section('maal', 'Mål og ønsker', goal ?? ownWishes[0], [
        ...(goal ? [{ kind: 'paragraph', label: 'Mål', text: flowing(goal.text) } as const] : []),
        ...ownWishes.map(w => ({ kind: 'quote', caption: 'Borgerens egne ønsker til job og uddannelse', text: flowing(w.text) } as const)),
        ...(wishes.length ? [{ kind: 'list', items: wishes.map(w => text(w.text)) } as const] : []),
    ]);
};
