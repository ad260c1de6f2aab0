/**
 * Checks a parsed `govvn.config.json` by hand, with the checks the options
 * already use (`isDay`, `isRuleId`): a handful of keys does not need a schema
 * library shipped inside the command line. Every mistake is one line naming its
 * path; the editors' JSON Schema (config.schema.json) describes the same shape,
 * and a test holds the two to the same answers.
 */
import { isDay } from '../engine/date.js';
import { RULE_IDS, isRuleId } from '../law/rules/index.js';
import type { ErrorLine } from './args.js';
import { ConfigError, type Config } from './config-shape.js';
import { nearest, type ConfigWant } from './errors.js';

/** The keys of the file and of one waiver, in the order mistakes are reported. */
export const CONFIG_KEYS = ['$schema', 'rules', 'asOf', 'province', 'lang', 'failOn', 'waivers'] as const;
export const WAIVER_KEYS = ['domain', 'rule', 'reason', 'until'] as const;

const SEVERITIES: readonly string[] = ['off', 'warning', 'error'];
const LANGS: readonly string[] = ['vi', 'en'];
const FAIL_ON: readonly string[] = ['error', 'warning', 'never'];

type Want = ConfigWant;

/** Collects the mistakes of one file, each as the line the user reads. */
class Mistakes {
  readonly lines: ErrorLine[] = [];
  constructor(private readonly file: string) {}

  bad(at: string, want: Want): void {
    this.lines.push({ id: 'config-bad-value', data: { file: this.file, at: at || '(top level)', want } });
  }

  unknownRule(at: string, id: string): void {
    this.lines.push({ id: 'config-unknown-rule', data: { file: this.file, at, rule: id, near: nearest(id, RULE_IDS) } });
  }

  unknownKeys(at: string, value: Record<string, unknown>, known: readonly string[]): void {
    for (const k of Object.keys(value)) {
      if (!known.includes(k)) this.lines.push({ id: 'config-unknown-key', data: { file: this.file, at: at ? `${at}.${k}` : k, near: nearest(k, known) } });
    }
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A YYYY-MM-DD day; true when it is one. */
function day(m: Mistakes, at: string, v: unknown): boolean {
  if (typeof v !== 'string') m.bad(at, 'date');
  else if (!isDay(v)) m.bad(at, 'real-date');
  else return true;
  return false;
}

function oneOf(m: Mistakes, at: string, v: unknown, allowed: readonly string[], want: Want): boolean {
  if (typeof v === 'string' && allowed.includes(v)) return true;
  m.bad(at, want);
  return false;
}

function rules(m: Mistakes, v: unknown): boolean {
  if (!isObject(v)) {
    m.bad('rules', 'rules');
    return false;
  }
  let ok = true;
  for (const [id, setting] of Object.entries(v)) {
    const at = `rules.${id}`;
    // A config may name a rule of another period: any rule the library knows.
    if (!isRuleId(id)) {
      m.unknownRule(at, id);
      ok = false;
    } else if (!oneOf(m, at, setting, SEVERITIES, 'severity')) ok = false;
  }
  return ok;
}

function waiver(m: Mistakes, at: string, v: unknown): boolean {
  if (!isObject(v)) {
    m.bad(at, 'waiver');
    return false;
  }
  const before = m.lines.length;
  const { domain, rule, reason, until } = v;
  if (typeof domain !== 'string') m.bad(`${at}.domain`, 'waiver-domain');
  else if (domain.length === 0) m.bad(`${at}.domain`, 'not-empty');
  if (typeof rule !== 'string') m.bad(`${at}.rule`, 'rule-id');
  else if (!isRuleId(rule)) m.unknownRule(`${at}.rule`, rule);
  if (typeof reason !== 'string') m.bad(`${at}.reason`, 'reason');
  else if (reason.length === 0) m.bad(`${at}.reason`, 'say-why');
  day(m, `${at}.until`, until);
  m.unknownKeys(at, v, WAIVER_KEYS);
  return m.lines.length === before;
}

function waivers(m: Mistakes, v: unknown): boolean {
  if (!Array.isArray(v)) {
    m.bad('waivers', 'waivers');
    return false;
  }
  let ok = true;
  v.forEach((w, i) => {
    if (!waiver(m, `waivers[${i}]`, w)) ok = false;
  });
  return ok;
}

/** Checks a parsed config; throws ConfigError listing every mistake, each `file: path: what is wrong`. */
export function parseConfig(data: unknown, file: string): Config {
  const m = new Mistakes(file);
  if (!isObject(data)) {
    m.bad('', 'object');
    throw new ConfigError(m.lines);
  }
  const config: Config = {};
  const { $schema, rules: r, asOf, province, lang, failOn, waivers: w } = data;
  if ($schema !== undefined && typeof $schema !== 'string') m.bad('$schema', 'string');
  if (r !== undefined && rules(m, r)) config.rules = r as Config['rules'];
  if (asOf !== undefined && day(m, 'asOf', asOf)) config.asOf = asOf as string;
  if (province !== undefined) {
    if (typeof province !== 'string') m.bad('province', 'string');
    else if (province.length === 0) m.bad('province', 'not-empty');
    else config.province = province;
  }
  if (lang !== undefined && oneOf(m, 'lang', lang, LANGS, 'lang')) config.lang = lang as Config['lang'];
  if (failOn !== undefined && oneOf(m, 'failOn', failOn, FAIL_ON, 'fail-on')) config.failOn = failOn as Config['failOn'];
  if (w !== undefined && waivers(m, w)) config.waivers = w as Config['waivers'];
  m.unknownKeys('', data, CONFIG_KEYS);
  if (m.lines.length > 0) throw new ConfigError(m.lines);
  return config;
}
