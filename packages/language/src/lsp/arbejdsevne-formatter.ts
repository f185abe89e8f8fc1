import { type AstNode } from 'langium';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import * as ast from '../generated/ast.js';

/** Statements inside a block, one per line: what each block holds. */
function statements(node: AstNode): AstNode[] {
    if (ast.isCitizen(node) || ast.isCase(node) || ast.isConclusion(node)) return node.props;
    if (ast.isEmploymentArea(node) || ast.isSocialArea(node) || ast.isHealthArea(node) || ast.isPreviousMeasures(node) || ast.isMeasurePlan(node)) return node.items;
    if (ast.isDocumentation(node)) return node.documents;
    if (ast.isProvision(node)) return node.periods;
    if (ast.isCaseHistory(node)) return node.events;
    if (ast.isSickLeave(node)) return node.props;
    return [];
}

/**
 * Indents and breaks lines only (it never reorders what the caseworker wrote): a blank line
 * between top-level blocks, one statement per line, measure and document attributes and progression
 * notes on lines of their own.
 */
export class ArbejdsevneFormatter extends AbstractFormatter {
    protected format(node: AstNode): void {
        const f = this.getNodeFormatter(node);
        if (ast.isAssessment(node)) {
            f.nodes(...node.blocks.slice(1)).prepend(Formatting.newLines(2));
            return;
        }
        const open = f.keyword('{');
        const close = f.keyword('}');
        if (open.nodes.length && close.nodes.length) {
            open.prepend(Formatting.oneSpace());
            f.nodes(...statements(node)).prepend(Formatting.indent());
            close.prepend(Formatting.newLine());
        }
        f.keywords(':').prepend(Formatting.noSpace()).append(Formatting.oneSpace());
        f.keywords(',').prepend(Formatting.noSpace()).append(Formatting.oneSpace());
        if (ast.isPreviousMeasure(node) || ast.isPlannedMeasure(node) || ast.isDocument(node)) {
            f.nodes(...node.attributes).prepend(Formatting.indent());
        }
        // Progression notes on lines of their own, under their entry; `tema` and `kilde` stay on the entry's line.
        if (ast.isResource(node) || ast.isBarrier(node)) {
            f.nodes(...(node.attributes as ast.BarrierAttribute[]).filter(ast.isProgression)).prepend(Formatting.indent());
        }
    }
}
