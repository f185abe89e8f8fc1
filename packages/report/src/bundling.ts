/**
 * What every bundle of the report is told (the CLI, the extension, the playground): two libraries
 * that pdfkit and fontkit import serve features the report never uses, and cost at every start.
 * - fontkit's Brotli decoder (1.4 MB, 60 % of the PDF code) reads WOFF2 fonts; the report embeds TrueType.
 * - pdfkit's AES (@noble/ciphers) encrypts PDFs with a password; a report is never encrypted, and
 *   building its tables was a tenth of loading the PDF code.
 * Each becomes a stub that says what is not supported, should it ever be called.
 */
interface PluginBuild {
    onResolve(options: { filter: RegExp }, callback: () => { path: string; namespace: string }): void;
    onLoad(options: { filter: RegExp; namespace: string }, callback: (args: { path: string }) => { contents: string; loader: 'js' }): void;
}

const STUBS = [
    { imported: /^brotli\/decompress(\.js)?$/, contents: "export default function decompress() { throw new Error('WOFF2-skrifttyper understøttes ikke: rapporten bruger TrueType (.ttf).'); }" },
    { imported: /^@noble\/ciphers\/aes(\.js)?$/, contents: "const unsupported = () => { throw new Error('Kryptering af PDF understøttes ikke.'); }; export const cbc = unsupported; export const ecb = unsupported;" },
];

/**
 * Node only: the Unicode tables of fontkit and pdfkit's line breaking are inflated by tiny-inflate,
 * a DEFLATE decoder in JavaScript, at every start (half of the time it takes to load the PDF code);
 * Node's own zlib does the same in a fraction of it.
 */
const NATIVE_INFLATE = {
    imported: /^tiny-inflate$/,
    // CommonJS, as tiny-inflate is: its users require() it.
    contents: `const { inflateRawSync } = require('node:zlib');
module.exports = function inflate(source, dest) {
    const out = inflateRawSync(source);
    if (out.length > dest.length) throw new Error('Data error');
    dest.set(out);
    return out.length < dest.length ? dest.slice(0, out.length) : dest;
};`,
};

/** An esbuild plugin: the imports in STUBS (and for Node, tiny-inflate) become their replacements. */
export function withoutUnusedLibraries(platform: 'node' | 'browser') {
    const replaced = platform === 'node' ? [...STUBS, NATIVE_INFLATE] : STUBS;
    return {
        name: 'arbejdsevne-without-unused-libraries',
        setup(build: PluginBuild): void {
            const namespace = 'arbejdsevne-replaced';
            replaced.forEach((stub, i) => build.onResolve({ filter: stub.imported }, () => ({ path: String(i), namespace })));
            build.onLoad({ filter: /.*/, namespace }, args => ({ contents: replaced[Number(args.path)].contents, loader: 'js' }));
        },
    };
}
