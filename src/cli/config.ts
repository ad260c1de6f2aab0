/**
 * `govvn.config.json`: how a pipeline tunes the check without editing code.
 * Checked by config-check.ts; every mistake is reported with its path,
 * and a config with a mistake stops the run (exit 2) rather than being half applied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from './args.js';
import { parseConfig } from './config-check.js';
import { ConfigError, type Config } from './config-shape.js';

export { ConfigError, type Config } from './config-shape.js';

export const DEFAULT_CONFIG = 'govvn.config.json';

/**
 * The govvn.config.json that governs `cwd`: the nearest one in it or a folder
 * above, up to the repository's root (the folder holding .git) or the
 * filesystem's root, so that a run from a subfolder keeps the project's asOf
 * and waivers. Null when there is none.
 */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const file = join(dir, DEFAULT_CONFIG);
    if (existsSync(file)) return file;
    if (existsSync(join(dir, '.git'))) return null;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/**
 * The config for a run: the file given with --config (which must exist), else
 * the one findConfig finds, else none. `file` is the absolute path read.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<{ config: Config; file: string | null }> {
  const path = explicit !== undefined ? resolve(cwd, explicit) : findConfig(cwd);
  if (path === null) return { config: {}, file: null };
  // Mistakes are named by the path as the user would type it from here.
  const shown = explicit ?? (relative(cwd, path) || DEFAULT_CONFIG);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError({ id: 'cannot-read-config', data: { file: shown, why: code ?? (e as Error).message } });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new ConfigError({ id: 'config-not-json', data: { file: shown, why: (e as Error).message } });
  }
  return { config: parseConfig(data, shown), file: path };
}
