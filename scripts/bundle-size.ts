/**
 * What a form page loads, gzipped: the built ESM entry `dist/index.js` and every
 * chunk it imports, without its dependencies (tldts, punycode) or zod, which are
 * measured apart. Run after `npm run build`:
 *
 *   npm run size
 *
 * The import graph is read by esbuild (tsup's own bundler) from the built files,
 * so the walk sees exactly the imports a browser would follow.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ImportGraph {
  /** The built files reached through relative imports, the entry first (absolute paths). */
  files: string[];
  /** Every bare specifier imported anywhere in those files ("tldts", "punycode/punycode.js", "node:fs"). */
  bare: string[];
}

/** Follows the relative imports (static, dynamic, require) of a built file; lists the bare ones. */
export async function importGraph(entry: string): Promise<ImportGraph> {
  const abs = resolve(entry);
  if (!existsSync(abs)) throw new Error(`${relative(ROOT, abs)} is missing: run \`npm run build\` first`);
  const result = await build({
    entryPoints: [abs],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    // Bare specifiers stay imports, so that each is listed rather than followed.
    packages: 'external',
    platform: 'neutral',
    format: abs.endsWith('.cjs') ? 'cjs' : 'esm',
    logLevel: 'silent',
  });
  const files: string[] = [];
  const bare = new Set<string>();
  for (const [path, input] of Object.entries(result.metafile.inputs)) {
    files.push(resolve(ROOT, path));
    for (const i of input.imports) if (i.external) bare.add(i.original ?? i.path);
  }
  files.sort((a, b) => (a === abs ? -1 : b === abs ? 1 : a.localeCompare(b)));
  return { files, bare: [...bare].sort() };
}

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** Size of what a browser transfers: each file compressed on its own, as a server sends it. */
function gzipOf(files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const b = readFileSync(f);
    raw += b.length;
    gzip += gz(b);
  }
  return { raw, gzip };
}

/** The same files minified by esbuild into one, as an application's bundler would ship them. */
async function minifiedGzip(entry: string): Promise<number> {
  const r = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    minify: true,
    packages: 'external',
    platform: 'neutral',
    format: 'esm',
    logLevel: 'silent',
  });
  return gz(r.outputFiles[0]!.contents);
}

export interface SizeReport {
  core: { files: string[]; raw: number; gzip: number; minifiedGzip: number };
  /** Loaded beside the core by a page; not counted in it. */
  dependencies: Record<string, number>;
}

export async function measure(): Promise<SizeReport> {
  const entry = join(ROOT, 'dist/index.js');
  const graph = await importGraph(entry);
  const core = gzipOf(graph.files);
  const zodGraph = await importGraph(join(ROOT, 'dist/zod.js'));
  const zodOwn = zodGraph.files.filter((f) => !graph.files.includes(f));
  const dependencies: Record<string, number> = {
    'tldts (dist/index.esm.min.js)': gzipOf([join(ROOT, 'node_modules/tldts/dist/index.esm.min.js')]).gzip,
    'punycode (punycode.es6.js)': gzipOf([join(ROOT, 'node_modules/punycode/punycode.es6.js')]).gzip,
    'govvn/zod (its own file)': gzipOf(zodOwn).gzip,
    'zod (minified, bundled)': await zodMinified(),
  };
  return { core: { files: graph.files.map((f) => relative(ROOT, f)), ...core, minifiedGzip: await minifiedGzip(entry) }, dependencies };
}

/** zod as an application ships it when it imports the whole `z` namespace. */
async function zodMinified(): Promise<number> {
  const r = await build({
    stdin: { contents: 'export * from "zod";', resolveDir: ROOT, loader: 'js' },
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    minify: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'esm',
    logLevel: 'silent',
  });
  return gz(r.outputFiles[0]!.contents);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const r = await measure();
  console.log('What a form page loads from govvn (dist/index.js and its chunks):');
  for (const f of r.core.files) console.log(`  ${f}`);
  console.log(`  raw ${kb(r.core.raw)}, gzipped ${kb(r.core.gzip)} (each file on its own, level 9)`);
  console.log(`  minified by a bundler and gzipped: ${kb(r.core.minifiedGzip)}`);
  console.log('Loaded beside it, not counted (gzipped):');
  for (const [name, size] of Object.entries(r.dependencies)) console.log(`  ${name}: ${kb(size)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
