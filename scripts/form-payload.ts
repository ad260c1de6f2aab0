/**
 * What a form really loads: the package as `npm pack` makes it, installed into a
 * fresh project beside zod, and a one-line page built for production by Vite
 * (what form projects use) and by esbuild. Each page's JavaScript is gzipped file
 * by file, as a server sends it.
 *
 * Pages: `validate` alone; zod alone (a small object schema); and the same zod
 * page with govvn/zod's `registrationSchema` added, so that the difference is
 * what govvn/zod adds over zod itself.
 *
 * Installing uses npm's cache first (`--prefer-offline`): the registry is asked
 * only for what the cache lacks. The bundlers are this repository's own
 * (devDependencies), run with the temporary project as their root.
 */
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';

export const PAGES = {
  validate: `import { validate } from 'govvn';
document.body.textContent = validate(location.hash.slice(1)).verdict;`,
  zod: `import * as z from 'zod';
const form = z.object({ agency: z.string().min(1), domain: z.string() });
document.body.textContent = String(form.safeParse(JSON.parse(location.hash.slice(1) || '{}')).success);`,
  'zod + govvn/zod': `import * as z from 'zod';
import { registrationSchema } from 'govvn/zod';
const form = z.object({ agency: z.string().min(1), domain: z.string() });
const record = JSON.parse(location.hash.slice(1) || '{}');
document.body.textContent = String(form.safeParse(record).success && registrationSchema().safeParse(record).success);`,
} as const;

export type Page = keyof typeof PAGES;

export interface PageSize {
  /** Bytes of JavaScript, minified. */
  raw: number;
  /** The same, each file gzipped at level 9. */
  gzip: number;
  /** String literals of 1 KB or more that appear more than once (a table shipped twice). */
  repeatedStrings: number;
}

export interface FormPayload {
  vite: Record<Page, PageSize>;
  esbuild: Record<Page, PageSize>;
  versions: { vite: string; esbuild: string; zod: string };
}

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

/** Long string literals seen twice: the symptom of a bundler inlining a table into each use. */
function repeatedStrings(code: string): number {
  const seen = new Map<string, number>();
  for (const m of code.matchAll(/"([^"\\\n]{1024,})"|'([^'\\\n]{1024,})'|`([^`\\$]{1024,})`/g)) {
    const s = m[1] ?? m[2] ?? m[3]!;
    seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  let twice = 0;
  for (const n of seen.values()) if (n > 1) twice++;
  return twice;
}

function sizeOf(codes: readonly string[]): PageSize {
  let raw = 0;
  let gzip = 0;
  for (const c of codes) {
    raw += Buffer.byteLength(c);
    gzip += gz(c);
  }
  return { raw, gzip, repeatedStrings: repeatedStrings(codes.join('\n')) };
}

/** A fresh project with the packed package and zod installed; returns its folder. */
export function installPacked(root: string, zodRange = '^4'): { dir: string; tarball: string } {
  const dir = mkdtempSync(join(tmpdir(), 'govvn-form-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  const tarball = join(dir, (JSON.parse(out) as Array<{ filename: string }>)[0]!.filename);
  const project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'form', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, `zod@${zodRange}`], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  return { dir: project, tarball };
}

async function viteSize(project: string, page: Page): Promise<PageSize> {
  const root = join(project, `vite-${page.replace(/\W+/g, '-')}`);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>\n');
  writeFileSync(join(root, 'main.js'), `${PAGES[page]}\n`);
  await viteBuild({ root, configFile: false, logLevel: 'silent', build: { outDir: 'dist', emptyOutDir: true } });
  const assets = join(root, 'dist/assets');
  return sizeOf(readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')));
}

async function esbuildSize(project: string, page: Page): Promise<PageSize> {
  const r = await esbuild({
    stdin: { contents: PAGES[page], resolveDir: project, loader: 'js' },
    absWorkingDir: project,
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return sizeOf(r.outputFiles.map((f) => f.text));
}

/** Builds the three pages with both bundlers in a fresh project; removes the project after. */
export async function measureFormPayload(root: string): Promise<FormPayload> {
  const { dir } = installPacked(root);
  try {
    const pages = Object.keys(PAGES) as Page[];
    const vite = {} as Record<Page, PageSize>;
    const es = {} as Record<Page, PageSize>;
    for (const p of pages) vite[p] = await viteSize(dir, p);
    for (const p of pages) es[p] = await esbuildSize(dir, p);
    const version = (pkg: string) => (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
    return {
      vite,
      esbuild: es,
      versions: { vite: version(join(root, 'node_modules/vite')), esbuild: version(join(root, 'node_modules/esbuild')), zod: version(join(dir, 'node_modules/zod')) },
    };
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
}
