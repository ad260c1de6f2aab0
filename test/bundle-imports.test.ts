/**
 * The core runs in a browser as it is: the built entries import no Node
 * built-in, and no package but their declared ones.
 */
import { builtinModules } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importGraph, measure, ROOT } from '../scripts/bundle-size.js';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * A Node built-in: `node:` anything, or a core module's name ("fs", "fs/promises"
 * are both listed). Not "punycode/punycode.js": that is the npm package's file,
 * where bare "punycode" would be Node's deprecated built-in.
 */
function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier);
}

const ENTRIES: Array<[string, readonly string[]]> = [
  // No public-suffix table: names under .vn are split by a compact one (src/host/vn-suffix.ts).
  ['dist/index.js', ['punycode/punycode.js']],
  ['dist/history.js', []],
  // zod through its v4 entry, which both zod 3.25 and zod 4 have.
  ['dist/zod.js', ['punycode/punycode.js', 'zod/v4']],
  ['dist/index.cjs', ['punycode/punycode.js']],
  ['dist/zod.cjs', ['punycode/punycode.js', 'zod/v4']],
  ['dist/report.js', ['punycode/punycode.js']],
  ['dist/report.cjs', ['punycode/punycode.js']],
];

describe('the import graph of the built library', () => {
  for (const [entry, allowed] of ENTRIES) {
    it(`${entry}: no Node built-in, and bare imports only of ${allowed.join(', ') || 'nothing'}`, async () => {
      const g = await importGraph(join(ROOT, entry));
      expect(g.files.length).toBeGreaterThan(0);
      expect(g.bare.filter(isBuiltin)).toEqual([]);
      expect(g.bare).toEqual(allowed);
    });
  }

  it('the command line is built on the library\u2019s own chunks, without zod', async () => {
    const cli = await importGraph(join(ROOT, 'dist/cli.js'));
    const core = await importGraph(join(ROOT, 'dist/index.js'));
    // Every file the library's entry loads is one the command line loads too: no second engine.
    const engine = core.files.filter((f) => f !== core.files[0]);
    expect(engine.length).toBeGreaterThan(0);
    for (const f of engine) expect(cli.files, f).toContain(f);
    expect(cli.bare.some((b) => b === 'zod' || b.startsWith('zod/'))).toBe(false);
    const { readFileSync, statSync } = await import('node:fs');
    expect(readFileSync(join(ROOT, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(join(ROOT, 'dist/cli.js')).mode & 0o111).not.toBe(0);
  });

  it('ships source maps of govvn\u2019s own sources only', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const maps = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const m of maps) {
      const { sources } = JSON.parse(readFileSync(join(ROOT, 'dist', m), 'utf8')) as { sources: string[] };
      expect(sources.filter((s) => s.includes('node_modules')), m).toEqual([]);
    }
  });

  it('the command line loads the workbook libraries only when a workbook is read or written', async () => {
    const { readFileSync } = await import('node:fs');
    const cli = (await importGraph(join(ROOT, 'dist/cli.js'))).files.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const lib of ['read-excel-file', 'write-excel-file']) {
      // Loaded on demand, never by a static import or require that runs at start.
      expect(cli).toContain(`await import("${lib}/node")`);
      expect(cli).not.toMatch(new RegExp(`(?:from\\s*|require\\()["']${lib}`));
      for (const [entry] of ENTRIES) {
        const g = await importGraph(join(ROOT, entry));
        expect(g.bare.some((b) => b.startsWith(lib)), `${entry} reaches ${lib}`).toBe(false);
      }
    }
  });

  it('follows chunks: the ESM entry reaches the engine through its chunks', async () => {
    const g = await importGraph(join(ROOT, 'dist/index.js'));
    expect(g.files.some((f) => /[\\/]chunk-[^\\/]+\.js$/.test(f))).toBe(true);
  });

  describe('the walk itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govvn-graph-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('finds built-ins however they are imported, through relative files', async () => {
      writeFileSync(join(dir, 'entry.js'), 'import "./a.js";\nexport const x = () => import("./b.js");\n');
      writeFileSync(join(dir, 'a.js'), 'import { readFileSync } from "fs";\nimport "tldts";\nexport { readFileSync };\n');
      writeFileSync(join(dir, 'b.js'), 'export * from "node:path";\nexport const p = globalThis.process;\n');
      const g = await importGraph(join(dir, 'entry.js'));
      expect(g.files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['a.js', 'b.js', 'entry.js']);
      expect(g.bare).toEqual(['fs', 'node:path', 'tldts']);
      expect(g.bare.filter(isBuiltin)).toEqual(['fs', 'node:path']);
    });

    it('tells the punycode package\u2019s file from the built-in of that name', () => {
      for (const b of ['fs/promises', 'buffer', 'url', 'process', 'punycode']) expect(isBuiltin(b), b).toBe(true);
      expect(isBuiltin('punycode/punycode.js')).toBe(false);
    });
  });
});

describe('bundle size', () => {
  it('measures what a form page loads, and keeps it under a budget', async () => {
    const r = await measure();
    expect(r.core.files[0]).toBe('dist/index.js');
    expect(r.core.files.every((f) => f.startsWith('dist/'))).toBe(true);
    // About 62 KB today (docs/performance.md); the budget leaves room, and catches a table shipped twice.
    expect(r.core.gzip).toBeLessThan(90 * 1024);
    expect(r.core.minifiedGzip).toBeLessThan(r.core.gzip);
  });
});
