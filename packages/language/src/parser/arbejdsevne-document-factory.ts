import { DefaultLangiumDocumentFactory, type AstNode, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { INPUT_LIMIT_BYTES, utf8Length } from '../limits.js';

/**
 * Unicode NFC before lexing: an `å` pasted as `a` + ring is the same letter as a typed `å`.
 * A text over the size limit is not parsed at all (the validator says why).
 */
export class ArbejdsevneDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return super.parse<T>(uri, prepare(text), options);
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        return super.parseAsync<T>(uri, prepare(text), cancellationToken);
    }
}

function prepare(text: string): string {
    return text.length > INPUT_LIMIT_BYTES / 4 && utf8Length(text) > INPUT_LIMIT_BYTES ? '' : text.normalize('NFC');
}
