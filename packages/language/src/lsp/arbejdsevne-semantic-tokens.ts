import { type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { wordPlaceOf } from '../semantics/word-places.js';

/** Semantic colours the TextMate grammar cannot give: names, references, fixed words, dates, § references. */
export class ArbejdsevneSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (ast.isNamedEntry(node) && node.name) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: SemanticTokenModifiers.declaration });
        }
        if (ast.isMention(node)) acceptor({ node, property: 'target', type: SemanticTokenTypes.variable });
        if (ast.isAddresses(node)) acceptor({ node, property: 'barriers', type: SemanticTokenTypes.variable });
        if (ast.isSources(node)) acceptor({ node, property: 'documents', type: SemanticTokenTypes.variable });
        if (ast.isTested(node)) acceptor({ node, property: 'measures', type: SemanticTokenTypes.variable });
        const place = wordPlaceOf(node.$type);
        if (place) acceptor({ node, property: place.property, type: SemanticTokenTypes.enumMember });
        if (ast.isLegalReference(node)) acceptor({ node, property: 'law', type: SemanticTokenTypes.namespace });
        // The dates rules count from: the case date, the birth date and the sygedagpenge route's.
        if (ast.isCaseDate(node) || ast.isBirthDate(node) || ast.isFirstAbsence(node) || ast.isFirstFollowUp(node) || ast.isReassessment(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
        }
        if (ast.isConsultation(node)) acceptor({ node, property: 'date', type: SemanticTokenTypes.number });
    }
}
