/**
 * What installing govvn costs: the tarball `npm pack` would make (packed and
 * unpacked, its largest files), and the installed size of the runtime
 * dependencies it pulls in, read from this repository's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PackageSize {
  packed: number;
  unpacked: number;
  files: number;
  /** Source maps in the tarball, bytes. */
  maps: number;
  largest: Array<{ path: string; size: number }>;
  /** Each runtime dependency's installed folder, bytes (what `npm install govvn` adds besides govvn). */
  dependencies: Record<string, number>;
}

function folderSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += folderSize(p);
    else if (e.isFile()) total += statSync(p).size;
  }
  return total;
}

export function measurePackage(root: string): PackageSize {
  const out = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: root, encoding: 'utf8' });
  const [p] = JSON.parse(out) as Array<{ size: number; unpackedSize: number; entryCount: number; files: Array<{ path: string; size: number }> }>;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const dependencies: Record<string, number> = {};
  for (const name of Object.keys(pkg.dependencies ?? {})) dependencies[name] = folderSize(join(root, 'node_modules', name));
  return {
    packed: p!.size,
    unpacked: p!.unpackedSize,
    files: p!.entryCount,
    maps: p!.files.filter((f) => f.path.endsWith('.map')).reduce((n, f) => n + f.size, 0),
    largest: [...p!.files].sort((a, b) => b.size - a.size).slice(0, 5),
    dependencies,
  };
}
