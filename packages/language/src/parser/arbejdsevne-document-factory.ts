import { DefaultLangiumDocumentFactory, type AstNode, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';

/** Unicode NFC before lexing: an `å` pasted as `a` + ring is the same letter as a typed `å`. */
export class ArbejdsevneDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return super.parse<T>(uri, text.normalize('NFC'), options);
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        return super.parseAsync<T>(uri, text.normalize('NFC'), cancellationToken);
    }
}
