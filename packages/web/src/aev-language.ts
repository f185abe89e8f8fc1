import { StreamLanguage, type StringStream } from '@codemirror/language';

/** The language's keywords, read from the generated TextMate grammar when the page is built. */
declare const __AEV_KEYWORDS__: string[];
const KEYWORDS = new Set(__AEV_KEYWORDS__);

interface State { inBlockComment: boolean; inTripleString: boolean }

const WORD = /^[A-Za-zÆØÅæøåÉÈÄÖÜéèäöü_][A-Za-zÆØÅæøåÉÈÄÖÜéèäöü0-9_]*/;

/** Colouring of .aev text (the checking is the language server's): comments, texts, dates, keywords. */
export const aevLanguage = StreamLanguage.define<State>({
    name: 'arbejdsevne',
    startState: () => ({ inBlockComment: false, inTripleString: false }),
    token(stream: StringStream, state: State) {
        if (state.inBlockComment) {
            if (stream.skipTo('*/')) { stream.match('*/'); state.inBlockComment = false; } else stream.skipToEnd();
            return 'blockComment';
        }
        if (state.inTripleString) {
            if (stream.skipTo('"""')) { stream.match('"""'); state.inTripleString = false; } else stream.skipToEnd();
            return 'string';
        }
        if (stream.eatSpace()) return null;
        if (stream.match('//')) { stream.skipToEnd(); return 'lineComment'; }
        if (stream.match('/*')) { state.inBlockComment = true; return 'blockComment'; }
        if (stream.match('"""')) { state.inTripleString = true; return 'string'; }
        if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
        if (stream.match(/^\d{4}-\d{2}-\d{2}\b/) || stream.match(/^\d{1,2}\.\d{1,2}\.\d{4}\b/)) return 'number';
        if (stream.match(/^\d+/)) return 'number';
        const word = stream.match(WORD) as RegExpMatchArray | null;
        if (word) return KEYWORDS.has(word[0]) ? 'keyword' : 'variableName';
        if (stream.match(/^[{}]/)) return 'brace';
        stream.next();
        return 'punctuation';
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
});
