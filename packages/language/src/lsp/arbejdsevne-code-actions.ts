import { AstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { blockKeyword, blocks, caseFacts, type BlockKeyword } from '../model-access.js';
import { blockSkeleton, citizenStatementSkeleton } from '../skeletons.js';
import { ruleById } from '../legal/rules.js';
import { todayIso } from '../dates.js';

type Fix = (diagnostic: Diagnostic, document: LangiumDocument<ast.Assessment>) => TextEdit[] | undefined;

/** Quick fixes, one per rule that has a mechanical fix; each reads what it needs from the diagnostic's data. */
export class ArbejdsevneCodeActionProvider implements CodeActionProvider {
    private readonly fixes: Record<string, Fix> = {
        'GEN-01': (d, doc) => this.insertBlock(doc, d.data.block as BlockKeyword),
        'GEN-02': (d, doc) => this.mergeBlock(doc, d),
        'GEN-09': d => (d.data.suggestion ? [{ range: d.range, newText: d.data.suggestion as string }] : undefined),
        'CPR-03': d => [{ range: d.range, newText: d.data.masked as string }],
        'IND-03': (d, doc) => this.addAddresses(doc, d),
        'BV-01': (d, doc) => (d.data.variant === 'main' ? this.append(doc, citizenStatementSkeleton(this.dateOf(doc))) : undefined),
        'FD-06': (d, doc) => this.insertInBlock(doc, 'helbred', '    borgerens_perspektiv: "udfyldes"'),
    };

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const id = diagnostic.data?.ruleId as string | undefined;
            const fix = id ? this.fixes[id] : undefined;
            const rule = id ? ruleById(id) : undefined;
            if (!fix || !rule?.quickFix) continue;
            try {
                const edits = fix(diagnostic, document as LangiumDocument<ast.Assessment>);
                if (!edits?.length) continue;
                actions.push({
                    title: this.title(id!, rule.quickFix, diagnostic),
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: true,
                    edit: { changes: { [document.textDocument.uri]: edits } },
                });
            } catch {
                // A fix that cannot be computed on half-typed text is simply not offered.
            }
        }
        return actions;
    }

    private title(id: string, base: string, diagnostic: Diagnostic): string {
        if (id === 'GEN-01') return `${base}: ${diagnostic.data.block}`;
        if (id === 'GEN-09') return `Ret til "${diagnostic.data.suggestion}"`;
        return base;
    }

    private dateOf(document: LangiumDocument<ast.Assessment>): string {
        return caseFacts(document.parseResult.value).date?.value ?? todayIso();
    }

    private append(document: LangiumDocument, text: string): TextEdit[] {
        const end = document.textDocument.positionAt(document.textDocument.getText().length);
        const separator = document.textDocument.getText().endsWith('\n') ? '\n' : '\n\n';
        return [{ range: { start: end, end }, newText: `${separator}${text}\n` }];
    }

    private insertBlock(document: LangiumDocument<ast.Assessment>, block: BlockKeyword): TextEdit[] {
        const skeleton = blockSkeleton(block, this.dateOf(document));
        if (block === 'arbejdsevne') {
            const start = { line: 0, character: 0 };
            return [{ range: { start, end: start }, newText: `${skeleton}\n\n` }];
        }
        return this.append(document, skeleton);
    }

    /** Moves the inside of a repeated block into the first one and removes the repetition. */
    private mergeBlock(document: LangiumDocument<ast.Assessment>, diagnostic: Diagnostic): TextEdit[] | undefined {
        const root = document.parseResult.value;
        const keyword = diagnostic.data.block as BlockKeyword;
        const all = blocks(root, keyword);
        const line = diagnostic.range.start.line;
        const duplicate = all.find(b => b.$cstNode?.range.start.line === line);
        const first = all[0];
        if (!duplicate || !first || duplicate === first || !duplicate.$cstNode || !first.$cstNode) return undefined;
        const text = document.textDocument.getText();
        const dupText = text.slice(duplicate.$cstNode.offset, duplicate.$cstNode.end);
        const open = dupText.indexOf('{');
        const close = dupText.lastIndexOf('}');
        if (open < 0 || close < open) return undefined;
        const inner = dupText.slice(open + 1, close).replace(/^\s*\n/, '').replace(/\s+$/, '');
        const firstClose = first.$cstNode.end - 1;
        if (text[firstClose] !== '}') return undefined;
        const removeStart = this.lineStart(text, duplicate.$cstNode.offset);
        const removeEnd = this.nextLine(text, duplicate.$cstNode.end);
        const at = document.textDocument.positionAt(firstClose);
        const prefix = text.slice(this.lineStart(text, firstClose), firstClose).trim() === '' ? '' : '\n';
        return [
            { range: { start: at, end: at }, newText: `${prefix}${inner}\n` },
            { range: { start: document.textDocument.positionAt(removeStart), end: document.textDocument.positionAt(removeEnd) }, newText: '' },
        ];
    }

    private addAddresses(document: LangiumDocument<ast.Assessment>, diagnostic: Diagnostic): TextEdit[] | undefined {
        const barriers = (diagnostic.data.barriers as string[] | undefined) ?? [];
        if (barriers.length === 0) return undefined;
        const root = document.parseResult.value;
        const measure = AstUtils.streamAst(root).filter(ast.isPlannedMeasure)
            .find(m => m.$cstNode && m.$cstNode.range.start.line <= diagnostic.range.start.line && m.$cstNode.range.end.line >= diagnostic.range.start.line);
        const textNode = measure?.text.$cstNode;
        if (!textNode) return undefined;
        const at = document.textDocument.positionAt(textNode.end);
        return [{ range: { start: at, end: at }, newText: `\n        adresserer ${barriers.join(', ')}` }];
    }

    private insertInBlock(document: LangiumDocument<ast.Assessment>, keyword: BlockKeyword, line: string): TextEdit[] | undefined {
        const block = document.parseResult.value.blocks.find(b => blockKeyword(b) === keyword);
        const cst = block?.$cstNode;
        if (!cst) return undefined;
        const text = document.textDocument.getText();
        const close = cst.end - 1;
        if (text[close] !== '}') return undefined;
        const at = document.textDocument.positionAt(close);
        const prefix = text.slice(this.lineStart(text, close), close).trim() === '' ? '' : '\n';
        return [{ range: { start: at, end: at }, newText: `${prefix}${line}\n` }];
    }

    private lineStart(text: string, offset: number): number {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private nextLine(text: string, offset: number): number {
        const newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length : newline + 1;
    }
}
