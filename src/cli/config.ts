/**
 * `govvn.config.json`: how a pipeline tunes the check without editing code.
 * Validated with zod (config-schema.ts); every mistake is reported with its path,
 * and a config with a mistake stops the run (exit 2) rather than being half applied.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './args.js';
import { ConfigError, type Config } from './config-shape.js';

export { ConfigError, type Config } from './config-shape.js';

export const DEFAULT_CONFIG = 'govvn.config.json';

/**
 * The config for a run: the file given with --config (which must exist), else
 * govvn.config.json in the working directory when there is one, else none.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<{ config: Config; file: string | null }> {
  const file = explicit ?? DEFAULT_CONFIG;
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return { config: {}, file: null };
    throw new UsageError(`cannot read config ${file}: ${code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const { parseConfig } = await import('./config-schema.js');
  return { config: parseConfig(data, file), file };
}
