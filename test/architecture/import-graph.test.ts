import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';

/**
 * The runtime import graph of packages/<name>/src: no module may reach itself again through
 * imports that run code (an `import type` does not). A cycle makes the order modules initialise
 * in depend on who is imported first: a constant can be undefined where it is read.
 */

const packagesDir = path.join(repoRoot, 'packages');

function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(file);
        return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [file] : [];
    });
}

/** `@arbejdsevne/<pkg>` and its subpaths, from each package.json's exports (out/x.js → src/x.ts). */
function packageEntries(): Map<string, string> {
    const entries = new Map<string, string>();
    for (const name of readdirSync(packagesDir)) {
        const manifest = JSON.parse(readFileSync(path.join(packagesDir, name, 'package.json'), 'utf8')) as { name: string; exports?: Record<string, { default?: string } | string> };
        for (const [sub, target] of Object.entries(manifest.exports ?? {})) {
            const file = typeof target === 'string' ? target : target.default;
            if (!file?.startsWith('./out/')) continue;
            entries.set(path.posix.join(manifest.name, sub), path.join(packagesDir, name, 'src', file.slice('./out/'.length).replace(/\.js$/, '.ts')));
        }
    }
    return entries;
}

/** What a file imports at run time, as written: every import and re-export but the type-only ones. */
function runtimeSpecifiers(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    const found: string[] = [];
    for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+['"]([^'"]+)['"]/gm)) {
        const [, , typeOnly, clause, specifier] = match;
        if (typeOnly) continue;
        // `import { type A, type B }`: nothing at run time.
        const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1].split(',').map(s => s.trim()).filter(Boolean);
        if (names && names.length > 0 && names.every(n => n.startsWith('type '))) continue;
        found.push(specifier);
    }
    for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(match[1]);
    return found;
}

/** The project's own module a specifier names, or undefined for a dependency. */
function resolveOwn(file: string, specifier: string, entries: Map<string, string>): string | undefined {
    return specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')) : entries.get(specifier);
}

/** The project's own modules a file imports at run time. */
function runtimeImports(file: string, entries: Map<string, string>): string[] {
    return runtimeSpecifiers(file).flatMap(specifier => resolveOwn(file, specifier, entries) ?? []);
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
    let index = 0;
    const indices = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const result: string[][] = [];
    const visit = (node: string) => {
        indices.set(node, index);
        low.set(node, index++);
        stack.push(node);
        onStack.add(node);
        for (const next of graph.get(node) ?? []) {
            if (!indices.has(next)) {
                visit(next);
                low.set(node, Math.min(low.get(node)!, low.get(next)!));
            } else if (onStack.has(next)) {
                low.set(node, Math.min(low.get(node)!, indices.get(next)!));
            }
        }
        if (low.get(node) === indices.get(node)) {
            const component: string[] = [];
            let member: string;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                component.push(member);
            } while (member !== node);
            if (component.length > 1 || (graph.get(node) ?? []).includes(node)) result.push(component.map(f => path.relative(repoRoot, f)).sort());
        }
    };
    for (const node of graph.keys()) if (!indices.has(node)) visit(node);
    return result;
}

describe('the import graph', () => {
    test('has no runtime cycle in packages/*/src', () => {
        const entries = packageEntries();
        const files = readdirSync(packagesDir).flatMap(name => sources(path.join(packagesDir, name, 'src')));
        expect(files.length).toBeGreaterThan(100);
        const graph = new Map(files.map(file => [file, runtimeImports(file, entries)]));
        expect([...graph.values()].flat().length).toBeGreaterThan(300);
        expect(cycles(graph)).toEqual([]);
    });

    test('reaches no editor code from the checker entry (what the CLI and a check load)', () => {
        const entries = packageEntries();
        const seen = new Set<string>();
        const dependencies = new Map<string, string>();
        const visit = (file: string) => {
            if (seen.has(file)) return;
            seen.add(file);
            for (const specifier of runtimeSpecifiers(file)) {
                const own = resolveOwn(file, specifier, entries);
                if (own) visit(own);
                else if (!specifier.startsWith('node:')) dependencies.set(specifier, path.relative(repoRoot, file));
            }
        };
        visit(path.join(packagesDir, 'language', 'src', 'checker.ts'));
        expect(seen.size).toBeGreaterThan(30);
        expect(dependencies.has('langium')).toBe(true);
        const editorCode = [...dependencies].filter(([specifier]) => /^langium\/lsp\b|^vscode-languageserver(\/|$)/.test(specifier));
        expect(editorCode.map(([specifier, from]) => `${from} imports ${specifier}`)).toEqual([]);
    });
});
