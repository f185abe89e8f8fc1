import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Position } from 'vscode-languageserver-types';
import { PositionMap } from '@arbejdsevne/language';

/**
 * The server reads NFC text (packages/language/src/parser/nfc-text.ts); an editor may hold the
 * same letters decomposed (å as a + ring). Every position that crosses the connection is mapped
 * here, once, for every feature: requests in (editor → NFC), results and diagnostics out
 * (NFC → editor). Text synchronisation (didOpen/didChange) is the editor's own text and passes
 * unchanged.
 */

/** Handlers that carry the editor's own text or no document position: never mapped. */
const UNMAPPED = new Set([
    'onInitialize', 'onInitialized', 'onShutdown', 'onExit', 'onRequest', 'onNotification', 'onProgress', 'onDidChangeConfiguration',
    'onDidChangeWatchedFiles', 'onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument', 'onWillSaveTextDocument',
    'onWillSaveTextDocumentWaitUntil', 'onDidSaveTextDocument', 'onWorkspaceSymbol', 'onExecuteCommand', 'onDidChangeWorkspaceFolders',
]);

type Convert = (position: Position) => Position;

function isPosition(value: unknown): value is Position {
    return typeof value === 'object' && value !== null && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number'
        && Object.keys(value).length === 2;
}

/** A deep copy with every position converted. */
function convert<T>(value: T, fn: Convert): T {
    if (isPosition(value)) return fn(value) as T;
    if (Array.isArray(value)) return value.map(v => convert(v, fn)) as T;
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, fn)])) as T;
    return value;
}

/** Semantic tokens are relative (line delta, column delta, length): decoded, mapped, encoded again. */
function convertTokens(data: readonly number[], fn: Convert): number[] {
    const out: number[] = [];
    let line = 0, start = 0, prevLine = 0, prevStart = 0;
    for (let i = 0; i < data.length; i += 5) {
        line += data[i];
        start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
        const from = fn({ line, character: start });
        const to = fn({ line, character: start + data[i + 2] });
        out.push(line - prevLine, line === prevLine ? from.character - prevStart : from.character, to.character - from.character, data[i + 3], data[i + 4]);
        prevLine = line;
        prevStart = from.character;
    }
    return out;
}

export function withEditorPositions(connection: Connection, editorText: (uri: string) => string | undefined): Connection {
    const maps = new Map<string, { text: string; map: PositionMap }>();
    const mapFor = (uri: string | undefined): PositionMap | undefined => {
        const text = uri ? editorText(uri) : undefined;
        if (uri === undefined || text === undefined) return undefined;
        let entry = maps.get(uri);
        if (!entry || entry.text !== text) maps.set(uri, entry = { text, map: new PositionMap(text) });
        return entry.map.identity ? undefined : entry.map;
    };
    /** The handler with positions mapped in and out (semantic tokens: the encoded data). */
    const mapped = (handler: (...args: unknown[]) => unknown, tokens = false) => async (params: { textDocument?: { uri: string } }, ...rest: unknown[]) => {
        const map = mapFor(params?.textDocument?.uri);
        if (!map) return handler(params, ...rest);
        const result = await handler(convert(params, p => map.toServer(p)), ...rest);
        if (tokens && result && typeof result === 'object' && 'data' in result) {
            return { ...result, data: convertTokens((result as { data: number[] }).data, p => map.toClient(p)) };
        }
        return convert(result, p => map.toClient(p));
    };
    const wrapHandler = (register: (...args: unknown[]) => unknown, tokens = false) => (handler: (...args: unknown[]) => unknown) => register(mapped(handler, tokens));
    let fullTokens: ((...args: unknown[]) => unknown) | undefined;
    const semanticTokens = new Proxy(connection.languages.semanticTokens, {
        get: (target, prop) => {
            const value = Reflect.get(target, prop, target);
            if (typeof value !== 'function') return value;
            if (prop === 'on') return (handler: (...args: unknown[]) => unknown) => { fullTokens = handler; return wrapHandler(value.bind(target), true)(handler); };
            if (prop === 'onRange') return wrapHandler(value.bind(target), true);
            // A delta would need the previous result mapped too: for such a document the whole result answers (LSP allows it).
            if (prop === 'onDelta') {
                return (handler: (...args: unknown[]) => unknown) => value.call(target, (params: { textDocument: { uri: string } }, ...rest: unknown[]) =>
                    (mapFor(params.textDocument.uri) && fullTokens ? mapped(fullTokens, true)(params, ...rest) : handler(params, ...rest)));
            }
            return value.bind(target);
        },
    });
    const languages = new Proxy(connection.languages, {
        get: (target, prop) => (prop === 'semanticTokens' ? semanticTokens : wrapMember(target, prop)),
    });
    function wrapMember(target: object, prop: string | symbol): unknown {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (typeof prop === 'string' && prop.startsWith('on') && !UNMAPPED.has(prop)) return wrapHandler(value.bind(target));
        return value.bind(target);
    }
    return new Proxy(connection, {
        get: (target, prop) => {
            if (prop === 'languages') return languages;
            if (prop === 'sendDiagnostics') {
                return (params: PublishDiagnosticsParams) => {
                    const map = mapFor(params.uri);
                    return target.sendDiagnostics(map ? convert(params, p => map.toClient(p)) : params);
                };
            }
            return wrapMember(target, prop);
        },
    });
}
