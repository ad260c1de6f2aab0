import { ENTITY_KINDS, type EntityKind, type Lang, type ValidateOptions } from '../result.js';
import { checkDate, GovvnOptionError, todayInVietnam } from './date.js';
import type { Judgement } from './evaluate.js';

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
  for (const key of ['agency', 'province'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') throw new GovvnOptionError(`${key} must be a string`);
  }
  const entityInput: Judgement['entityInput'] = {};
  if (o.agency !== undefined) entityInput.agency = o.agency;
  if (o.kind !== undefined) entityInput.kind = o.kind;
  if (o.province !== undefined) entityInput.province = o.province;
  return { asOf, lang, entityInput };
}
