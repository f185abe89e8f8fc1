import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type Mutable, type ParseResult, type ParserOptions, type URI } from 'langium';
import type * as ast from '../generated/ast.js';
import { reparseBlock } from './block-reparse.js';
import type { BackgroundChecks } from '../background-checks.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { overInputLimit } from '../limits.js';
import { toNfc } from './nfc-text.js';

/**
 * Unicode NFC before lexing: an `å` pasted as `a` + ring is the same letter as a typed `å`. The
 * document's text is then the NFC text too, so every offset and position inside the server agrees
 * with the parser; the server's transport maps positions to the editor's (parser/nfc-text.ts).
 * A text over the size limit is not parsed at all (the validator says why), nor is one checked in
 * the background (background-checks.ts): this thread keeps an empty tree for it.
 */
export class ArbejdsevneDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly background: BackgroundChecks;

    constructor(services: LangiumSharedCoreServices & { workspace: { BackgroundChecks: BackgroundChecks } }) {
        super(services);
        this.background = services.workspace.BackgroundChecks;
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return super.parse<T>(uri, this.prepare(text), options);
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        return super.parseAsync<T>(uri, this.prepare(text), cancellationToken);
    }

    private prepare(text: string): string {
        return overInputLimit(text) || this.background.offloads(text) ? '' : toNfc(text);
    }

    protected override createLangiumDocument<T extends AstNode = AstNode>(parseResult: ParseResult<T>, uri: URI, textDocument?: TextDocument, text?: string): LangiumDocument<T> {
        return normalisedView(super.createLangiumDocument(parseResult, uri, textDocument, text));
    }

    /** Langium's update, but an edit inside one top-level block parses only that block (block-reparse.ts). */
    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = await this.getUpdatedText(document, textDocument, cancellationToken);
        if (textDocument) Object.defineProperty(document, 'textDocument', { value: textDocument, configurable: true });
        else Object.defineProperty(document, 'textDocument', { get: this.createTextDocumentGetter(document.uri, text), configurable: true });
        const prepared = this.prepare(text);
        if (oldText !== prepared) {
            const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
            const incremental = oldText && prepared ? reparseBlock(parser, document.parseResult as unknown as ParseResult<ast.Assessment>, oldText, prepared) : undefined;
            document.parseResult = (incremental as unknown as ParseResult<T> | undefined) ?? await this.parseAsync<T>(document.uri, text, cancellationToken);
            (document.parseResult.value as Mutable<AstNode>).$document = document;
        }
        document.state = DocumentState.Parsed;
        return normalisedView(document);
    }
}

/** The document's text as the parser read it: NFC, rebuilt when the editor's version changes. */
function normalisedView<T extends AstNode>(document: LangiumDocument<T>): LangiumDocument<T> {
    const original = Object.getOwnPropertyDescriptor(document, 'textDocument');
    const read = (): TextDocument => (original?.get ? original.get.call(document) : original?.value);
    let cache: { source: TextDocument; version: number; text: string; view: TextDocument } | undefined;
    Object.defineProperty(document, 'textDocument', {
        configurable: true,
        enumerable: true,
        get() {
            const source = read();
            const text = source.getText();
            // Asked for many times per request: decide once per version of the text.
            if (!cache || cache.source !== source || cache.version !== source.version || cache.text !== text) {
                const nfc = toNfc(text);
                cache = { source, version: source.version, text, view: nfc === text ? source : TextDocument.create(source.uri, source.languageId, source.version, nfc) };
            }
            return cache.view;
        },
    });
    return document;
}
