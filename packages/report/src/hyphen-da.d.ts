// The `hyphen` library's Danish patterns (CommonJS, without type declarations of its own).
declare module 'hyphen/da/index.js' {
    const danish: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
    export default danish;
}
