import { EditorState } from '@codemirror/state';

/** The editor's own words in Danish: search, lint, folding, completion, rename and references. */
export const danishPhrases = EditorState.phrases.of({
    // @codemirror/search
    'Find': 'Søg',
    'Replace': 'Erstat',
    'next': 'næste',
    'previous': 'forrige',
    'all': 'alle',
    'match case': 'store/små bogstaver',
    'regexp': 'regulært udtryk',
    'by word': 'hele ord',
    'replace': 'erstat',
    'replace all': 'erstat alle',
    'close': 'luk',
    'current match': 'aktuelt fund',
    'replaced $ matches': '$ fund erstattet',
    'replaced match on line $': 'fund erstattet på linje $',
    'on line': 'på linje',
    'Go to line': 'Gå til linje',
    'go': 'gå',
    'Selection deleted': 'Markeringen er slettet',
    // @codemirror/lint
    'Diagnostics': 'Problemer',
    'No diagnostics': 'Ingen problemer',
    // @codemirror/language (folding)
    'Folded lines': 'Foldede linjer',
    'Unfolded lines': 'Udfoldede linjer',
    'to': 'til',
    'folded code': 'foldet tekst',
    'unfold': 'fold ud',
    'Fold line': 'Fold linjen',
    'Unfold line': 'Fold linjen ud',
    // @codemirror/autocomplete, @codemirror/view
    'Completions': 'Forslag',
    'Control character': 'Kontroltegn',
    // @codemirror/lsp-client
    'New name': 'Nyt navn',
    'rename': 'omdøb',
    'Reference list': 'Henvisninger',
    'Formatting request failed': 'Formateringen mislykkedes',
    'Rename request failed': 'Omdøbningen mislykkedes',
    'Signature request failed': 'Hjælpen kunne ikke hentes',
    'Find definition failed': 'Definitionen blev ikke fundet',
    'Finding references failed': 'Henvisningerne blev ikke fundet',
});
