/**
 * What a form page loads, gzipped. Run after `npm run build`:
 *
 *   npm run size            (add --json for the figures as JSON)
 *
 * Three measurements: govvn's own built files (the ESM entry `dist/index.js` and
 * every chunk it imports, read by esbuild from the built files, so the walk sees
 * exactly the imports a browser would follow; quick, and what the tests budget);
 * the real payload of a one-line page built by Vite and by esbuild in a fresh
 * project that installs the packed package (scripts/form-payload.ts); and the
 * package's own size (scripts/package-size.ts).
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measureFormPayload, type FormPayload } from './form-payload.js';
import { measurePackage, type PackageSize } from './package-size.js';

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

/** The issue's targets for the form payload, in gzipped bytes. */
export const FORM_TARGETS = { validate: 80 * 1024, zodOverhead: 80 * 1024 } as const;

export interface AllSizes {
  own: SizeReport;
  form: FormPayload;
  pkg: PackageSize;
}

export async function measureAll(): Promise<AllSizes> {
  return { own: await measure(), form: await measureFormPayload(ROOT), pkg: measurePackage(ROOT) };
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

export function printSizes({ own, form, pkg }: AllSizes): void {
  console.log('govvn\'s own files a form page loads (dist/index.js and its chunks):');
  for (const f of own.core.files) console.log(`  ${f}`);
  console.log(`  raw ${kb(own.core.raw)}, gzipped ${kb(own.core.gzip)} (each file on its own, level 9); bundled by esbuild, minified, gzipped ${kb(own.core.minifiedGzip)}`);
  console.log(`  beside it (gzipped): ${Object.entries(own.dependencies).map(([n, s]) => `${n} ${kb(s)}`).join('; ')}`);
  console.log(`A one-line page in a fresh project that installs the packed package (Vite ${form.versions.vite}, esbuild ${form.versions.esbuild}, zod ${form.versions.zod}), gzipped:`);
  console.log('  page                    Vite        esbuild     strings twice (Vite/esbuild)');
  for (const page of Object.keys(form.vite) as Array<keyof FormPayload['vite']>) {
    console.log(`  ${page.padEnd(22)}  ${kb(form.vite[page].gzip).padStart(9)}   ${kb(form.esbuild[page].gzip).padStart(9)}   ${form.vite[page].repeatedStrings}/${form.esbuild[page].repeatedStrings}`);
  }
  const overVite = form.vite['zod + govvn/zod'].gzip - form.vite.zod.gzip;
  const overEs = form.esbuild['zod + govvn/zod'].gzip - form.esbuild.zod.gzip;
  console.log(`  govvn/zod over zod itself: Vite ${kb(overVite)}, esbuild ${kb(overEs)}`);
  console.log(`  target validate < 80 KB in the Vite build: ${kb(form.vite.validate.gzip)}, ${met(form.vite.validate.gzip < FORM_TARGETS.validate)}`);
  console.log(`  target govvn/zod adds < 80 KB over zod: ${kb(overVite)}, ${met(overVite < FORM_TARGETS.zodOverhead)}`);
  console.log('The package (npm pack):');
  console.log(`  packed ${kb(pkg.packed)}, unpacked ${kb(pkg.unpacked)}, ${pkg.files} files, of which source maps ${kb(pkg.maps)}`);
  console.log(`  largest: ${pkg.largest.map((f) => `${f.path} ${kb(f.size)}`).join(', ')}`);
  console.log(`  runtime dependencies installed: ${Object.entries(pkg.dependencies).map(([n, s]) => `${n} ${kb(s)}`).join(', ')}`);
}

async function main(): Promise<void> {
  const all = await measureAll();
  if (process.argv.includes('--json')) console.log(JSON.stringify(all, null, 2));
  else printSizes(all);
}
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
