/**
 * The zod schema of `govvn.config.json`, loaded only when a config file is there:
 * a run without one does not pay for zod at start-up.
 */
import { z } from 'zod';
import { checkDay } from '../engine/date.js';
import { RULE_IDS, isRuleId } from '../law/rules/index.js';
import { ConfigError, type Config } from './config-shape.js';
import type { ErrorLine } from './args.js';
import { didYouMean } from './did-you-mean.js';
import { nearest } from './errors.js';

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

const day = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine(isDay, { error: 'must be a real date written YYYY-MM-DD' })
  .meta({ format: 'date' });
// The ids listed for editors (config.schema.json); the refinement is what checks them here.
const ruleId = z.string().refine(knownRule, { error: (iss) => unknownRule(String(iss.input)) }).meta({ enum: [...RULE_IDS] });

const waiver = z.strictObject({
  domain: z.string({ error: 'must be a string (the hostname the waiver covers)' }).min(1, { error: 'must not be empty' }).meta({ description: 'The hostname the waiver covers.' }),
  rule: z.string({ error: 'must be a rule id' }).refine(knownRule, { error: (iss) => unknownRule(String(iss.input)) }).meta({ enum: [...RULE_IDS], description: 'The rule waived.' }),
  reason: z.string({ error: 'must be a string saying why' }).min(1, { error: 'must say why' }).meta({ description: 'Why the finding is accepted for now (shown in every report).' }),
  until: day.meta({ description: 'The last day the waiver holds (YYYY-MM-DD).' }),
}, { error: 'must be an object { domain, rule, reason, until }' });

export const configSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'The JSON Schema of this file, for editors: ./node_modules/govvn/config.schema.json' }),
  rules: z
    .record(ruleId, z.enum(['off', 'warning', 'error'], { error: 'must be "off", "warning" or "error"' }), {
      error: 'must be an object of rule id → "off" | "warning" | "error"',
    })
    .optional()
    .meta({ description: 'Rule id → "off", "warning" or "error": turns a rule off or changes the severity of its findings.' }),
  asOf: day.optional().meta({ description: 'Judge by the law in force on this day (YYYY-MM-DD); --as-of wins over it. Default: today in Vietnam.' }),
  province: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).optional().meta({ description: 'The province of holders whose name does not say it (e.g. "Lai Châu"); --province wins over it.' }),
  lang: z.enum(['vi', 'en'], { error: 'must be "vi" or "en"' }).optional().meta({ description: 'The language of the output; --lang wins over it. Default: vi.' }),
  failOn: z.enum(['error', 'warning', 'never'], { error: 'must be "error", "warning" or "never"' }).optional().meta({ description: 'The findings that make govvn check exit 1; --fail-on wins over it. Default: error.' }),
  waivers: z
    .array(waiver, { error: 'must be an array of { domain, rule, reason, until }' })
    .optional()
    .meta({ description: 'Findings accepted until a date: each covers one rule on one hostname.' }),
}, { error: 'must be a JSON object (see docs/ci.md for an example)' }).meta({ title: 'govvn.config.json', description: 'How govvn checks domain names in this project (docs/cli.md).' });

/** The keys allowed where an unknown one was found: a waiver's inside `waivers`, else the top level's. */
function keysAt(path: readonly PropertyKey[]): readonly string[] {
  return Object.keys(path[0] === 'waivers' ? waiver.shape : configSchema.shape);
}

function where(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

/** Checks a parsed config; throws ConfigError listing every mistake, each `file: path: what is wrong`. */
export function parseConfig(data: unknown, file: string): Config {
  const r = configSchema.safeParse(data);
  if (r.success) {
    const { $schema: _, ...config } = r.data;
    return config as Config;
  }
  const lines = r.error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') {
      const at = where(i.path);
      const known = keysAt(i.path);
      return i.keys.map((k): ErrorLine => ({
        id: 'config-unknown-key',
        data: { file, at: `${at ? `${at}.` : ''}${k}`, near: nearest(k, known) },
      }));
    }
    if (i.code === 'invalid_key') return `${file}: ${where(i.path)}: ${i.issues[0]?.message ?? i.message}`;
    return `${file}: ${where(i.path) || '(top level)'}: ${i.message}`;
  });
  throw new ConfigError(lines.flat());
}


/** The JSON Schema editors read (shipped as config.schema.json; scripts/config-json-schema.ts writes it). */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-07' }) as Record<string, unknown>;
}
