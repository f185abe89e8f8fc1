import { conclusionFacts, danishLongDate, formatReference } from '@arbejdsevne/language';
import { wordLabel } from '../labels.js';
import { flowing, text, typed } from '../text.js';
import type { ReportBlock } from '../types.js';
import { section, type SectionBuilder } from './section.js';

/** 10. Samlet vurdering og indstilling: the caseworker's conclusion, its reasons and legal basis. */
export const conclusionSection: SectionBuilder = ({ root, facts }) => {
    const conclusion = conclusionFacts(root);
    if (!conclusion.block) return undefined;
    const rows: Array<[string, string]> = [];
    if (conclusion.workCapacity) rows.push(['Arbejdsevne', wordLabel(conclusion.workCapacity.value)]);
    if (conclusion.recommendation) rows.push(['Indstilling', wordLabel(conclusion.recommendation.value)]);
    if (conclusion.jobFunctions) rows.push(['Arbejdsfunktioner', text(conclusion.jobFunctions.text)]);
    if (conclusion.considerations) rows.push(['Skånehensyn', text(conclusion.considerations.text)]);
    if (conclusion.tested) rows.push(['Afprøvet', conclusion.tested.measures.map(r => (r.ref ? typed(wordLabel(r.ref.type), text(r.ref.text)) : r.$refText)).join('; ')]);
    if (conclusion.developmentPerspective) rows.push(['Udviklingsperspektiv', text(conclusion.developmentPerspective.text)]);
    if (conclusion.obviouslyFutile) rows.push(['Åbenbart formålsløst', text(conclusion.obviouslyFutile.text)]);
    if (conclusion.cannotImprove) rows.push(['Kan ikke forbedres', text(conclusion.cannotImprove.text)]);
    const content: ReportBlock[] = [{ kind: 'facts', rows }];
    if (conclusion.reasons) content.push({ kind: 'paragraph', label: 'Begrundelse', text: flowing(conclusion.reasons.text) });
    if (conclusion.legalBasis) content.push({ kind: 'paragraph', label: 'Lovgrundlag', text: conclusion.legalBasis.references.map(r => formatReference(r)).join('; ') });
    // Said once, in plain words, where the legal basis stands (docs/regler.md, "Foreløbigt retsgrundlag").
    if (facts.regime.usikker) {
        content.push({ kind: 'paragraph', label: 'Foreløbigt retsgrundlag', text: `Reglerne fra ${danishLongDate(facts.regime.from)} er ikke endeligt afklaret: ${facts.regime.summary} Tjek vurderingen mod den gældende lov, før der træffes afgørelse.` });
    }
    return section('vurdering', 'Samlet vurdering og indstilling', conclusion.block, content);
};
