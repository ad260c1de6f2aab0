import { ENTITY_KINDS, type EntityKind, type Lang, type RuleSetting, type ValidateOptions } from '../result.js';
import { isRuleId } from '../law/rules/index.js';
import { checkDate, checkDay, GovvnOptionError, todayInVietnam } from './date.js';
import type { Judgement, Policy } from './evaluate.js';

const TEXT_OPTIONS = ['agency', 'province'] as const;

/** Every option's default, in one place; a wrong option is a thrown GovvnOptionError. */
export function resolveOptions(options: ValidateOptions | undefined): Judgement {
  const o = options ?? {};
  if (typeof o !== 'object') throw new GovvnOptionError('options must be an object');
  const lang: Lang = o.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new GovvnOptionError(`lang must be "vi" or "en", got "${String(lang)}"`);
  const asOf = checkDate(o.asOf ?? todayInVietnam());
  if (o.kind !== undefined && !ENTITY_KINDS.includes(o.kind as EntityKind)) {
    throw new GovvnOptionError(`kind must be one of ${ENTITY_KINDS.join(', ')}; got "${String(o.kind)}"`);
  }
  for (const key of TEXT_OPTIONS) {
    if (o[key] !== undefined && typeof o[key] !== 'string') throw new GovvnOptionError(`${key} must be a string`);
  }
  const policy = resolvePolicy(o);
  const entityInput: Judgement['entityInput'] = {};
  if (o.agency !== undefined) entityInput.agency = o.agency;
  if (o.kind !== undefined) entityInput.kind = o.kind;
  if (o.province !== undefined) entityInput.province = o.province;
  return { asOf, lang, entityInput, ...(policy ? { policy } : {}) };
}

const SETTINGS: readonly RuleSetting[] = ['off', 'warning', 'error'];

function resolvePolicy(o: ValidateOptions): Policy | undefined {
  if (o.rules === undefined && o.waivers === undefined) return undefined;
  const rules = new Map<string, RuleSetting>();
  for (const [id, setting] of Object.entries(o.rules ?? {})) {
    if (!isRuleId(id)) throw new GovvnOptionError(`rules: unknown rule id "${id}"`);
    if (!SETTINGS.includes(setting)) throw new GovvnOptionError(`rules.${id} must be one of off, warning, error; got "${String(setting)}"`);
    rules.set(id, setting);
  }
  const today = o.today === undefined ? todayInVietnam() : checkDay(o.today, 'today');
  const waivers = (o.waivers ?? []).map((w, i) => {
    if (!w || typeof w.domain !== 'string' || typeof w.rule !== 'string' || typeof w.reason !== 'string') {
      throw new GovvnOptionError(`waivers[${i}] needs a domain, a rule and a reason`);
    }
    return { ...w, domain: w.domain.toLowerCase().replace(/^www\./, ''), until: checkDay(w.until, `waivers[${i}].until`) };
  });
  return { rules, waivers, today };
}
