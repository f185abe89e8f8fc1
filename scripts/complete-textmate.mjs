// Completes the TextMate grammar that langium-cli generates (syntaxes/arbejdsevne.tmLanguage.json):
// `"""` text blocks, one-line texts with @mentions, dates, § references and ids that equal
// keywords. Runs in the build after `langium generate`; the output is never edited by hand.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../syntaxes/arbejdsevne.tmLanguage.json', import.meta.url);
const grammar = JSON.parse(readFileSync(file, 'utf8'));
const L = 'A-Za-zÆØÅæøåÉÈÄÖÜéèäöü';
const mention = { name: 'variable.other.mention.arbejdsevne', match: `(?<![${L}0-9])@[${L}_][${L}0-9_]*` };
const keywordRule = grammar.patterns.find(p => p.name?.startsWith('keyword.control'));

grammar.patterns = [
    { include: '#comments' },
    { name: 'string.quoted.triple.arbejdsevne', begin: '"""', end: '"""', patterns: [mention] },
    { name: 'string.quoted.double.arbejdsevne', begin: '"', end: '"|$', patterns: [mention] },
    { name: 'constant.numeric.date.arbejdsevne', match: '\\b(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b' },
    { name: 'support.type.legal-reference.arbejdsevne', match: `\\b[${L}]+\\s*§\\s*\\d+(\\s*[a-z]\\b)?(\\s*,\\s*stk\\.\\s*\\d+)?(\\s*,\\s*nr\\.\\s*\\d+)?` },
    // An id right after an entry keyword is a name, even when it equals a keyword.
    { match: `\\b(ressource|barriere|dokument|indsats|samtale|samtykke|partshøring|vejledning|rehabiliteringsteam|afklaring)\\s+([${L}_][${L}0-9_]*)\\s*(:)`,
        captures: { 1: { name: 'keyword.control.arbejdsevne' }, 2: { name: 'entity.name.tag.arbejdsevne' }, 3: { name: 'punctuation.separator.arbejdsevne' } } },
    ...(keywordRule ? [keywordRule] : []),
    { name: 'constant.numeric.arbejdsevne', match: '\\b\\d+\\b' },
];
grammar.repository = {
    comments: {
        patterns: [
            { name: 'comment.block.arbejdsevne', begin: '/\\*', end: '\\*/' },
            { name: 'comment.line.double-slash.arbejdsevne', match: '//.*$' },
        ],
    },
};
writeFileSync(file, JSON.stringify(grammar, null, 2) + '\n');
