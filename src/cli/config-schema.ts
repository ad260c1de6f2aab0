/**
 * The zod schema of `govvn.config.json`, loaded only when a config file is there:
 * a run without one does not pay for zod at start-up.
 */
import { z } from 'zod';
import { checkDay } from '../engine/date.js';
import { RULE_IDS, isRuleId } from '../law/rules/index.js';
import { ConfigError, type Config } from './config-shape.js';
import { didYouMean } from './did-you-mean.js';

/** Any rule id the library knows, whatever the date (a config may name a rule of another period). */
function knownRule(id: string): boolean {
  return isRuleId(id);
}

function unknownRule(id: string): string {
  return `unknown rule id "${id}"${didYouMean(id, RULE_IDS) || ' (see govvn rules)'}`;
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
const ruleId = z.string().refine(knownRule, { error: (iss) => unknownRule(String(iss.input)) });

const waiver = z.strictObject({
  domain: z.string({ error: 'must be a string (the hostname the waiver covers)' }).min(1, { error: 'must not be empty' }),
  rule: z.string({ error: 'must be a rule id' }).refine(knownRule, { error: (iss) => unknownRule(String(iss.input)) }),
  reason: z.string({ error: 'must be a string saying why' }).min(1, { error: 'must say why' }),
  until: day,
}, { error: 'must be an object { domain, rule, reason, until }' });

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
    .array(waiver, { error: 'must be an array of { domain, rule, reason, until }' })
    .optional(),
}, { error: 'must be a JSON object (see docs/ci.md for an example)' });

/** The keys allowed where an unknown one was found: a waiver's inside `waivers`, else the top level's. */
function keysAt(path: readonly PropertyKey[]): readonly string[] {
  return Object.keys(path[0] === 'waivers' ? waiver.shape : schema.shape);
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
      const known = keysAt(i.path);
      return i.keys.map((k) => `${file}: ${at ? `${at}.` : ''}${k}: unknown key${didYouMean(k, known)}`).join('\n');
    }
    if (i.code === 'invalid_key') return `${file}: ${where(i.path)}: ${i.issues[0]?.message ?? i.message}`;
    return `${file}: ${where(i.path) || '(top level)'}: ${i.message}`;
  });
  throw new ConfigError(lines.join('\n'));
}

