/**
 * `govvn.config.json`: how a pipeline tunes the check without editing code.
 * Validated with zod; every mistake is reported with its path, and a config
 * with a mistake stops the run (exit 2) rather than being half applied.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { checkDay } from '../engine/date.js';
import { ruleInfo } from '../index.js';
import type { Lang, RuleSetting, Waiver } from '../result.js';
import { UsageError } from './args.js';
import type { FailOn } from './formats/format.js';

export const DEFAULT_CONFIG = 'govvn.config.json';

export interface Config {
  rules?: Record<string, RuleSetting>;
  asOf?: string;
  province?: string;
  lang?: Lang;
  failOn?: FailOn;
  waivers?: Waiver[];
}

/** A rule id the library knows, whatever the date (a config may name a rule of another period). */
function knownRule(id: string): boolean {
  return ruleInfo(id, '2026-07-01') !== undefined;
}

function isDay(text: string): boolean {
  try {
    checkDay(text, 'date');
    return true;
  } catch {
    return false;
  }
}

const day = z.string({ error: 'must be a date written YYYY-MM-DD' }).refine(isDay, { error: 'must be a real date written YYYY-MM-DD' });
const ruleId = z.string().refine(knownRule, { error: (iss) => `unknown rule id "${String(iss.input)}" (see govvn rules)` });

const schema = z.strictObject({
  $schema: z.string().optional(),
  rules: z
    .record(ruleId, z.enum(['off', 'warning', 'error'], { error: 'must be "off", "warning" or "error"' }), {
      error: 'must be an object of rule id → "off" | "warning" | "error"',
    })
    .optional(),
  asOf: day.optional(),
  province: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).optional(),
  lang: z.enum(['vi', 'en'], { error: 'must be "vi" or "en"' }).optional(),
  failOn: z.enum(['error', 'warning', 'never'], { error: 'must be "error", "warning" or "never"' }).optional(),
  waivers: z
    .array(
      z.strictObject({
        domain: z.string({ error: 'must be a string (the hostname the waiver covers)' }).min(1, { error: 'must not be empty' }),
        rule: z.string({ error: 'must be a rule id' }).refine(knownRule, { error: (iss) => `unknown rule id "${String(iss.input)}" (see govvn rules)` }),
        reason: z.string({ error: 'must be a string saying why' }).min(1, { error: 'must say why' }),
        until: day,
      }, { error: 'must be an object { domain, rule, reason, until }' }),
      { error: 'must be an array of { domain, rule, reason, until }' },
    )
    .optional(),
}, { error: 'must be a JSON object (see docs/ci.md for an example)' });

/** A config that cannot be used: one line per mistake, exit 2. */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
}

function where(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

/** Checks a parsed config; throws ConfigError listing every mistake, each `file: path: what is wrong`. */
export function parseConfig(data: unknown, file: string): Config {
  const r = schema.safeParse(data);
  if (r.success) {
    const { $schema: _, ...config } = r.data;
    return config as Config;
  }
  const lines = r.error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') {
      const at = where(i.path);
      return i.keys.map((k) => `${file}: ${at ? `${at}.` : ''}${k}: unknown key`).join('\n');
    }
    if (i.code === 'invalid_key') return `${file}: ${where(i.path)}: ${i.issues[0]?.message ?? i.message}`;
    return `${file}: ${where(i.path) || '(top level)'}: ${i.message}`;
  });
  throw new ConfigError(lines.join('\n'));
}

/**
 * The config for a run: the file given with --config (which must exist), else
 * govvn.config.json in the working directory when there is one, else none.
 */
export function loadConfig(explicit: string | undefined, cwd: string): { config: Config; file: string | null } {
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
  return { config: parseConfig(data, file), file };
}
