/**
 * The source's imports run one way: no module reaches itself through others
 * (a circle makes load order matter and hides which room depends on which),
 * and no lower layer imports a higher one. Every relative import counts:
 * static, `import type`, `export … from` and dynamic `import()`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Layers from the bottom: a module may import its own layer or those listed before it, never after. */
// Each room may import the rooms below it, never one above: data flows from the
// input up to the formatters. `present/` renders the law's messages and citations;
// the engine uses it to fill a result, so it sits between the law and the engine.
const LAYERS: ReadonlyArray<{ name: string; rooms: readonly string[]; mustNotImport: readonly string[] }> = [
  { name: 'bottom', rooms: ['host', 'vi', 'data', 'agency-name'], mustNotImport: ['law', 'holder', 'present', 'engine', 'live', 'cli'] },
  { name: 'contract', rooms: ['result.ts'], mustNotImport: ['holder', 'present', 'engine', 'live', 'cli'] },
  { name: 'law', rooms: ['law'], mustNotImport: ['holder', 'present', 'engine', 'live', 'cli'] },
  { name: 'holder', rooms: ['holder'], mustNotImport: ['present', 'engine', 'live', 'cli'] },
  { name: 'present', rooms: ['present'], mustNotImport: ['holder', 'engine', 'live', 'cli'] },
  { name: 'engine', rooms: ['engine'], mustNotImport: ['live', 'cli'] },
  // govvn/live sits beside the command line, above the engine: it gathers facts over the network.
  { name: 'live', rooms: ['live'], mustNotImport: ['cli'] },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The file a relative specifier names: `./x.js` is x.ts, a folder is its index.ts. */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => c.endsWith('.ts') && existsSync(c)) ?? null;
}

function importsOf(file: string): string[] {
  // preProcessFile lists every module specifier, type-only and dynamic ones included.
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const out: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const target = resolveImport(file, fileName);
    if (target !== null) out.push(target);
  }
  return out;
}

/** A file as the graph names it: its path under src/. */
const name = (file: string) => relative(SRC, file).split('\\').join('/');
/** The first folder of a name under src/ (`law` for `law/rules/index.ts`). */
const room = (named: string) => named.split('/')[0]!;

const graph = new Map<string, string[]>(sourceFiles(SRC).map((f) => [name(f), importsOf(f).map(name)]));

/** Every circle, each once, as the path that closes it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const s = state.get(next);
      if (s === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

function upwardImports(): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const layer = LAYERS.find((l) => l.rooms.includes(room(from)));
    if (!layer) continue;
    for (const to of targets) if (layer.mustNotImport.includes(room(to))) out.push(`${from} → ${to}`);
  }
  return out.sort();
}

describe('the import graph of src/', () => {
  it('reads the imports it should: type-only, re-exports and dynamic ones', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('cli/config.ts')).toContain('cli/config-check.ts');
    expect(graph.get('host/syntax.ts')).toContain('host/types.ts');
    expect(graph.get('host/index.ts')).toContain('host/lookalike.ts');
  });

  it('has no circle', () => {
    expect(cycles().map((c) => c.join(' → '))).toEqual([]);
  });

  it('has no import running up a layer', () => {
    expect(upwardImports()).toEqual([]);
  });
});
