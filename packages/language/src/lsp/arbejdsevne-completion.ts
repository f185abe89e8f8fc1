import { AstUtils, GrammarAST, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { WORD_LISTS } from '../legal/enumerations.js';
import { wordListAt } from '../semantics/word-places.js';
import { namedEntries } from '../semantics/model-access.js';
import { proseText } from '../semantics/prose.js';
import * as ast from '../generated/ast.js';
import { KEYWORD_GUIDANCE, WORD_GUIDANCE } from './keyword-guidance.js';


/** A reference keyword right before the cursor (and the space typed after it). */
const REFERENCE_BEFORE_SPACE = /(?:^|\s)(?:adresserer|kilde|afprøvet:)\s$/u;

/** Entry kinds as a caseworker names them (completion's detail). */
const KIND_NAMES: Record<string, string> = {
    Resource: 'Ressource', Barrier: 'Barriere', Document: 'Dokument', PreviousMeasure: 'Hidtidig indsats', PlannedMeasure: 'Planlagt indsats', Event: 'Hændelse',
};

const MENTION_BEFORE_CURSOR = /(?<![\p{L}\p{N}])@([\p{L}_][\p{L}\p{N}_]*)?$/u;

/**
 * Completion: keywords where a statement starts, the allowed words where a fixed word belongs,
 * entries of the right kind after `adresserer`, `kilde` and `afprøvet`, any entry after `@`.
 * Where a new name is being written nothing is offered (names may equal keywords).
 */
export class ArbejdsevneCompletionProvider extends DefaultCompletionProvider {
    /** `@` opens the entries; a space opens them after `adresserer`, `kilde` and `afprøvet:` (and nowhere else). */
    override readonly completionOptions = { triggerCharacters: ['@', ' '] };

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        if (params.context?.triggerCharacter === ' ') {
            const line = document.textDocument.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
            if (!REFERENCE_BEFORE_SPACE.test(line)) return undefined;
        }
        const mention = this.mentionCompletion(document, params);
        if (mention) return mention;
        return super.getCompletion(document, params, cancelToken);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        const inName = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name === 'Name';
        // Keywords are names too (Name rule): never offered where a name or a word is written.
        if (GrammarAST.isKeyword(feature) && inName) return;
        if (GrammarAST.isRuleCall(feature) && inName) {
            const list = wordListAt(next.type ?? context.node?.$type, next.property);
            if (!list) return;
            for (const word of WORD_LISTS[list].words) {
                acceptor(context, { label: word, kind: CompletionItemKind.EnumMember, detail: WORD_LISTS[list].label, documentation: WORD_GUIDANCE[word], sortText: `0${word}` });
            }
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    /** A keyword with what it is for, in Danish (Langium's own detail is the English "Keyword"). */
    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const guidance = KEYWORD_GUIDANCE[keyword.value];
        acceptor(context, { label: keyword.value, kind: this.getKeywordCompletionItemKind(keyword), detail: 'nøgleord', documentation: guidance ? { kind: 'markdown', value: guidance } : undefined, sortText: '1' });
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        return { ...item, detail: KIND_NAMES[description.type] ?? item.detail };
    }

    /** After `@` inside prose: every named entry, with its text as detail. */
    private mentionCompletion(document: LangiumDocument, params: CompletionParams): CompletionList | undefined {
        const text = document.textDocument.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
        const match = MENTION_BEFORE_CURSOR.exec(text);
        if (!match || !this.insideProse(text.slice(0, match.index), document, params)) return undefined;
        const typed = match[1] ?? '';
        const start = { line: params.position.line, character: params.position.character - typed.length };
        const items = namedEntries(document.parseResult.value)
            .filter(e => e.name.startsWith(typed) || typed === '')
            .map(entry => ({
                label: entry.name,
                kind: CompletionItemKind.Reference,
                detail: ast.isDocument(entry) ? `${entry.type} ${entry.date}` : ast.isEvent(entry) ? `${entry.kind} ${entry.date}` : proseText(entry.text),
                textEdit: { range: { start, end: params.position }, newText: entry.name },
            }));
        return { isIncomplete: false, items };
    }

    /** True when the cursor is inside "…" or """…""" (quotes counted from the start of the document). */
    private insideProse(lineBefore: string, document: LangiumDocument, params: CompletionParams): boolean {
        const before = document.textDocument.getText({ start: { line: 0, character: 0 }, end: { line: params.position.line, character: lineBefore.length } });
        const withoutComments = before.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^([^"\n]*?)\/\/.*$/gm, '$1');
        const triples = (withoutComments.match(/"""/g) ?? []).length;
        if (triples % 2 === 1) return true;
        const lastLine = withoutComments.split('\n').at(-1)!.replace(/"""[^]*?"""/g, '');
        return (lastLine.match(/"/g) ?? []).length % 2 === 1;
    }
}
