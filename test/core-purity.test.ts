/**
 * The core stays pure: what `validate` loads, in the source and in the built
 * package, imports no Node built-in and nothing of govvn/live. The live checker
 * is an entry of its own, loaded only by those who ask for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** The package's own dependencies: `punycode` is one, not Node's deprecated module of that name. */
const DEPENDENCIES = new Set(Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies));
const isBuiltin = (spec: string) => spec.startsWith('node:') || (BUILTINS.has(spec.split('/')[0]!) && !DEPENDENCIES.has(spec.split('/')[0]!));

/** Every file reached from an entry and every bare specifier met, following relative imports. */
function reach(entry: string, importsOf: (file: string) => string[], resolveRelative: (from: string, spec: string) => string | null) {
  const files = new Set<string>();
  const bare = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) {
        bare.add(spec);
        continue;
      }
      const target = resolveRelative(file, spec);
      if (target) todo.push(target);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f).split('\\').join('/')), bare: [...bare] };
}

const sourceImports = (file: string) => ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);
function sourceTarget(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  return [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((c) => c.endsWith('.ts') && existsSync(c)) ?? null;
}

/** The specifiers of a built module: static imports, re-exports and dynamic imports, minified or not. */
const builtImports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
const builtTarget = (from: string, spec: string) => {
  const target = resolve(dirname(from), spec);
  return existsSync(target) ? target : null;
};

describe('the source of the core', () => {
  const core = reach(join(ROOT, 'src/index.ts'), sourceImports, sourceTarget);

  it('is what validate loads: the engine and the law, live rules included', () => {
    expect(core.files).toContain('src/engine/evaluate.ts');
    expect(core.files).toContain('src/law/rules/live-ipv6.ts');
  });

  it('reaches no module of src/live/ and no Node built-in', () => {
    expect(core.files.filter((f) => f.startsWith('src/live/'))).toEqual([]);
    expect(core.bare.filter(isBuiltin)).toEqual([]);
  });

  it('the live entry, by contrast, reaches the network modules (the check can see them)', () => {
    const live = reach(join(ROOT, 'src/live/index.ts'), sourceImports, sourceTarget);
    expect(live.bare).toEqual(expect.arrayContaining(['node:dns/promises', 'node:net', 'node:tls']));
  });
});

const DIST = join(ROOT, 'dist/index.js');

// `npm test` builds first; a bare `vitest run` before any build has nothing to read.
describe.skipIf(!existsSync(DIST))('the built core (dist/index.js and its chunks)', () => {
  it('imports no Node built-in, and the built live entry does', () => {
    const core = reach(DIST, builtImports, builtTarget);
    expect(core.files.length).toBeGreaterThan(1);
    expect(core.bare.filter(isBuiltin)).toEqual([]);
    const live = reach(join(ROOT, 'dist/live.js'), builtImports, builtTarget);
    expect(live.bare.filter(isBuiltin)).toEqual(expect.arrayContaining(['node:net', 'node:tls']));
    // What only the live entry holds never reaches the core's files.
    const liveOnly = live.files.filter((f) => !core.files.includes(f));
    expect(liveOnly).toContain('dist/live.js');
    expect(core.files.some((f) => liveOnly.includes(f))).toBe(false);
  });
});
