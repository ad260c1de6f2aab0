/**
 * The shape of `govvn.config.json` as a zod schema, for the build and the tests
 * only: it writes config.schema.json (the JSON Schema editors read), and the tests
 * hold the command line's own checker (src/cli/config-check.ts) to the same
 * answers. The command line never loads it, so zod is not shipped inside it.
 */
import { z } from 'zod';
import { isDay } from '../src/engine/date.js';
import { RULE_IDS, isRuleId } from '../src/law/rules/index.js';
import { didYouMean } from '../src/cli/did-you-mean.js';

/** Any rule id the library knows, whatever the date (a config may name a rule of another period). */
function knownRule(id: string): boolean {
  return isRuleId(id);
}

function unknownRule(id: string): string {
  return `unknown rule id "${id}"${didYouMean(id, RULE_IDS) || ' (see govvn rules)'}`;
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

/** The JSON Schema editors read (shipped as config.schema.json; scripts/config-json-schema.ts writes it). */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-07' }) as Record<string, unknown>;
}
