import { compareAssessments, type SemanticChange } from '@arbejdsevne/language';
import { buildChangeReport, renderModel } from '@arbejdsevne/report';
import { nodeAssets } from '@arbejdsevne/report/node';
import { CliError, EXIT } from '../exit-codes.js';
import { checkTargets, writeOutputs, type Targets } from '../outputs.js';
import { createServices } from '../services.js';
import { readVersions } from '../versions.js';

export interface CompareOptions {
    format?: string;
    pdf?: string;
    html?: string;
    docx?: string;
}

const KIND_WORDS: Record<SemanticChange['kind'], string> = { added: 'tilføjet', removed: 'fjernet', changed: 'ændret', renamed: 'omdøbt' };

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One change as a line, like `tjek`'s: the file and line it stands on, what happened, and to what. */
export function changeLine(change: SemanticChange, beforeFile: string, afterFile: string): string {
    const where = change.kind === 'removed' ? `${beforeFile}:${change.lineBefore ?? 1}` : `${afterFile}:${change.lineAfter ?? 1}`;
    const what = `${change.block} › ${change.entry ? `${change.entry} ` : ''}${change.name}`;
    // The line names the entry or field already: its text follows without the keyword and name again.
    const lead = new RegExp(`^(?:${escape(change.entry ?? '')}\\s+)?${escape(change.name)}\\s*:?\\s*`, 'u');
    const bare = (shown: string | undefined) => (shown ?? '').replace(lead, '');
    const detail = change.kind === 'added' ? bare(change.after)
        : change.kind === 'removed' ? bare(change.before)
            : change.kind === 'renamed' ? `${change.before} → ${change.after}`
                : `${bare(change.before)} → ${bare(change.after)}`;
    return `${where}: ${KIND_WORDS[change.kind]} ${what}: ${detail}`;
}

/**
 * `arbejdsevne sammenlign <før.aev> <efter.aev>`: the changes between two versions by meaning, as
 * lines (like `tjek`), as JSON, or as a change report (PDF, HTML, Word) drawn like the report.
 */
export async function runCompare(beforeFile: string, afterFile: string, options: CompareOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const format = options.format ?? 'tekst';
    if (format !== 'tekst' && format !== 'json') throw new CliError(`--format skal være tekst eller json, ikke "${format}".`);
    const targets: Targets = { pdf: options.pdf, html: options.html, docx: options.docx };
    checkTargets(targets, [beforeFile, afterFile]);

    const [before, after] = await readVersions(createServices(), [beforeFile, afterFile], err, 'der er ikke sammenlignet noget');
    const changes = compareAssessments(before.root, after.root);

    if (targets.pdf || targets.html || targets.docx) {
        const model = buildChangeReport(before.root, after.root, changes, { diagnostics: after.diagnostics });
        await writeOutputs(targets, format => renderModel(model, format, { assets: nodeAssets() }), out, 'Ændringsrapporten');
        // Marked UDKAST while the later version has errors: written, but exit code 1, as for the report.
        return model.meta.draft ? EXIT.ERRORS : EXIT.OK;
    }
    if (format === 'json') {
        out(JSON.stringify(changes.map(c => ({ ...c, fileBefore: beforeFile, fileAfter: afterFile })), null, 2));
        return EXIT.OK;
    }
    for (const change of changes) out(changeLine(change, beforeFile, afterFile));
    out(changes.length === 0 ? 'Ingen ændringer.' : changes.length === 1 ? '1 ændring.' : `${changes.length} ændringer.`);
    return EXIT.OK;
}
