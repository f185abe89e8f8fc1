/**
 * Which report section the preview shows for the editor's top line. The report's sections are not
 * in the file's order (the documentation and the case history come last in the report), so
 * following every section would throw the preview to the end of the report and back while the
 * caseworker scrolls. Only the sections that stand in the file's order take part: the longest run
 * of sections, in report order, whose source lines rise. Scrolling through another block keeps the
 * preview where it is.
 *
 * Self-contained (no imports, no closures): the preview's script embeds it as source text.
 */
export function scrollTarget(sectionLines: readonly number[], editorLine: number): number | undefined {
    // Longest increasing subsequence of the lines (a report has a dozen sections: quadratic is fine).
    // Of equally long runs the one ending first in the report wins: it keeps the report's main sections.
    const length: number[] = [];
    const previous: number[] = [];
    let end = -1;
    for (let i = 0; i < sectionLines.length; i++) {
        length[i] = 1;
        previous[i] = -1;
        for (let j = 0; j < i; j++) {
            if (sectionLines[j] < sectionLines[i] && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                previous[i] = j;
            }
        }
        if (end < 0 || length[i] > length[end]) end = i;
    }
    const inOrder: number[] = [];
    for (let i = end; i >= 0; i = previous[i]) inOrder.unshift(i);
    // The last in-order section that starts at or above the editor's top line.
    let target: number | undefined;
    for (const index of inOrder) if (sectionLines[index] <= editorLine) target = index;
    return target;
}
