// The `hyphen` library's Danish patterns (CommonJS, without type declarations of its own).
declare module 'hyphen/da' {
    export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
