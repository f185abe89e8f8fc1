import { CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { danishLongDate } from '../semantics/dates.js';
import { INDSATSTYPER } from '../legal/enumerations.js';
import { lawByAbbreviation, lookupProvision, referenceText } from '../legal/provisions.js';
import { nextRegime } from '../legal/regimes.js';
import { computeFacts } from '../semantics/facts.js';
import { readability, readabilityNote } from '../semantics/lix.js';
import { fixedWordOf } from '../semantics/word-places.js';
import { proseText } from '../semantics/prose.js';
import { blockKeyword, sourcesOf } from '../semantics/model-access.js';
import type { ConfigProvider } from '../config-provider.js';
import { guideAnchor } from './language-guide.js';
import { EXTENSION_GUIDANCE, KEYWORD_GUIDANCE, WORD_GUIDANCE } from './keyword-guidance.js';

const KIND: Record<ast.NamedEntry['$type'], string> = {
    Resource: 'Ressource', Barrier: 'Barriere', Document: 'Dokument', PreviousMeasure: 'Hidtidig indsats', PlannedMeasure: 'Planlagt indsats', Event: 'Hændelse',
};

/** Hover: guidance on keywords, meaning of fixed words, § references with their summary, entries behind ids and mentions. */
export class ArbejdsevneHoverProvider implements HoverProvider {
    constructor(private readonly config?: ConfigProvider) {}

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const root = document.parseResult.value as ast.Assessment;
        const cst = root.$cstNode;
        if (!cst) return undefined;
        const leaf = CstUtils.findLeafNodeAtOffset(cst, document.textDocument.offsetAt(params.position));
        if (!leaf) return undefined;
        const markdown = this.content(root, leaf);
        return markdown ? { contents: { kind: 'markdown', value: markdown }, range: leaf.range } : undefined;
    }

    private content(root: ast.Assessment, leaf: CstNode): string | undefined {
        const node = leaf.astNode;
        // A mention or a reference: show the entry it points at.
        if (ast.isMention(node)) return node.target.ref ? this.entry(node.target.ref) : undefined;
        const referenced = this.referenceTarget(node, leaf);
        if (referenced) return this.entry(referenced);
        const legal = ast.isLegalReference(node) ? node : undefined;
        if (legal) return this.legal(legal);
        const keyword = GrammarAST.isKeyword(leaf.grammarSource) ? leaf.grammarSource.value : undefined;
        const isNameOfEntry = ast.isNamedEntry(node) && node.$cstNode && leaf.text === node.name
            && leaf.offset > node.$cstNode.offset;
        if (isNameOfEntry && ast.isNamedEntry(node)) return this.entry(node);
        const word = this.wordAt(node, leaf);
        if (word) return word;
        // The case's date itself: which rule set it picks, and when the next one starts.
        if (!keyword && ast.isCaseDate(node)) return this.ruleSet(root);
        if (keyword && KEYWORD_GUIDANCE[keyword]) {
            let text = `**${keyword}**\n\n${KEYWORD_GUIDANCE[keyword]}`;
            if (keyword === 'dato' && ast.isCaseDate(node)) text += `\n\n${this.ruleSet(root)}`;
            const guide = this.guideLink(node, root);
            if (guide) text += `\n\n${guide}`;
            if (keyword === 'til_borgeren' && ast.isToCitizen(node)) {
                // Advice while writing, not a rule: how easy the text is to read.
                text += `\n\nLæsbarhed: ${readabilityNote(readability(proseText(node.text)), lix => `**${lix}**`)}`;
            }
            return text;
        }
        return undefined;
    }

    /** The rule set the case's date picks, what it holds, and the next one (a team preparing for a change of law). */
    private ruleSet(root: ast.Assessment): string {
        const regime = computeFacts(root).regime;
        const lines = [`Regelsæt: **${regime.id}** (fra ${danishLongDate(regime.from)}${regime.to ? ` til ${danishLongDate(regime.to)}` : ''})${regime.usikker ? ', foreløbigt' : ''}. ${regime.summary}`];
        const next = nextRegime(regime);
        lines.push(next
            ? `Næste regelsæt: **${next.id}** fra ${danishLongDate(next.from)}${next.usikker ? ' (foreløbigt)' : ''}. Se forskellen med \`arbejdsevne regler --forskel ${regime.id} ${next.id}\`.`
            : 'Der er intet nyere regelsæt i kataloget.');
        return lines.join('\n\n');
    }

    /** "Mere om `borger` i sprogbeskrivelsen": the section of docs/sprog.md on the block the keyword stands in. */
    private guideLink(node: AstNode, root: ast.Assessment): string | undefined {
        const base = this.config?.guideBaseUri;
        let block: AstNode | undefined = node;
        while (block && block.$container !== root) block = block.$container;
        const keyword = block && block !== root ? blockKeyword(block as ast.TopLevelBlock) : undefined;
        return base && keyword ? `[Mere om \`${keyword}\` i sprogbeskrivelsen](${base}#${guideAnchor(keyword)})` : undefined;
    }

    private referenceTarget(node: AstNode, leaf: CstNode): AstNode | undefined {
        const refs = [
            ...(ast.isAddresses(node) ? node.barriers : []), ...(ast.isSources(node) ? node.documents : []), ...(ast.isTested(node) ? node.measures : []),
        ];
        return refs.find(r => r.$refNode && r.$refNode.offset <= leaf.offset && leaf.end <= r.$refNode.end)?.ref;
    }

    private wordAt(node: AstNode, leaf: CstNode): string | undefined {
        const fixed = fixedWordOf(node);
        const value = fixed?.word;
        if (!value || leaf.text !== value) return undefined;
        if (fixed.place.list === 'forlængelsesgrund') return EXTENSION_GUIDANCE[value] ? `**${value}**\n\n${EXTENSION_GUIDANCE[value]}` : undefined;
        const measure = INDSATSTYPER[value as keyof typeof INDSATSTYPER];
        if (measure) return `**${measure.label}** – sektor: ${measure.sector}${measure.basis ? `, grundlag: ${measure.basis}` : ''}`;
        return WORD_GUIDANCE[value] ? `**${value}**\n\n${WORD_GUIDANCE[value]}` : undefined;
    }

    private legal(ref: ast.LegalReference): string | undefined {
        const law = lawByAbbreviation(ref.law);
        if (!law) return `**${ref.law}** er ikke en kendt lovforkortelse.`;
        const provision = lookupProvision(ref.law, ref.section, ref.letter);
        return `**${referenceText(ref)}** – ${law.name}${provision ? `\n\n${provision.summary}` : ''}`;
    }

    private entry(entry: AstNode): string | undefined {
        if (!ast.isNamedEntry(entry)) return undefined;
        const lines = [`**${KIND[entry.$type]} \`${entry.name}\`**`];
        if (ast.isDocument(entry)) lines.push(`${entry.type}, ${danishLongDate(entry.date)}${entry.description ? `: ${proseText(entry.description)}` : ''}`);
        else if (ast.isEvent(entry)) lines.push(`${entry.kind}, ${danishLongDate(entry.date)}${entry.text ? `: ${proseText(entry.text)}` : ''}`);
        else lines.push(proseText(entry.text));
        if (ast.isResource(entry) || ast.isBarrier(entry)) {
            const sources = sourcesOf(entry).map(d => d.name);
            if (sources.length) lines.push(`Kilde: ${sources.join(', ')}`);
        }
        return lines.join('\n\n');
    }
}
