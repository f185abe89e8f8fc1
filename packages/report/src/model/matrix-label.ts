import { sentence } from './sentence.js';
import type { Matrix } from './types.js';

/**
 * A barrier's row label in the matrix, the same in every renderer: "gæld – ingen indsats", or with
 * `uden_indsats` its reason ("… – uden indsats: <reason>"); a drawing too narrow for the reason
 * passes `withReason: false` and shows the reason in its caption (the figure's text).
 */
export function matrixRowLabel(matrix: Matrix, row: number, withReason = true): string {
    if (matrix.uncovered[row]) return `${matrix.rows[row]} – ingen indsats`;
    const reason = matrix.reasons[row];
    if (reason) return withReason ? `${matrix.rows[row]} – uden indsats: ${reason}` : `${matrix.rows[row]} – uden indsats`;
    return matrix.rows[row];
}

/** The figure's text: for each barrier the measures that address it, or why none does. */
export function matrixDescription(matrix: Matrix): string {
    return sentence(matrix.rows.map((barrier, i) => {
        const measures = matrix.columns.filter((_, j) => matrix.cells[i][j]);
        if (measures.length) return `${barrier}: ${measures.join(', ')}`;
        return matrix.reasons[i] ? `${barrier}: uden indsats: ${matrix.reasons[i]}` : `${barrier}: ingen indsats`;
    }).join('; '));
}
