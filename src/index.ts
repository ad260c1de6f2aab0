/**
 * govvn: judge the domain name of a Vietnamese state agency's website against
 * the law in force on a date.
 */
import { judge, suggestFor } from './engine/evaluate.js';
import { resolveOptions } from './engine/options.js';
import { ruleInfo as ruleInfoOn, rulesInForce as rulesOn, type RuleInfo } from './present/catalog.js';
import type { Lang, Result, ValidateOptions } from './result.js';

export type {
  Citation,
  Entity,
  EntityKind,
  EntityProvince,
  InputRowTrouble,
  Issue,
  IssueData,
  IssueRecord,
  Lang,
  Result,
  Severity,
  ValidateOptions,
  Verdict,
  WaiverExpired,
} from './result.js';
export { ENTITY_KINDS } from './result.js';
export { GovvnOptionError, todayInVietnam } from './engine/date.js';
export type { RuleInfo } from './present/catalog.js';
export { RULE_IDS, isRuleId, type RuleId } from './law/rules/index.js';
export { INSTRUMENTS, LAW_TABLE_DATE, type Instrument, type InstrumentId } from './law/instruments.js';
export { DATA_SOURCE } from './data/lookup.js';
export { listAgencies, listProvinces, type AgencyEntry, type CatalogOptions, type ProvinceEntry } from './catalog.js';
export { VERSION } from './version.js';

/**
 * Judges one name or URL. Never throws on the input, whatever it is; throws
 * `GovvnOptionError` for a wrong option (a bad date, a date before 2011-10-01,
 * an unknown kind or language).
 */
export function validate(input: string, options?: ValidateOptions): Result {
  const judgement = resolveOptions(options);
  const text = typeof input === 'string' ? input : input === null || input === undefined ? '' : safeString(input);
  return judge(text, judgement);
}

/**
 * Checks options as `validate` does, without judging a name: throws
 * `GovvnOptionError` for a wrong one (a date that is no calendar day or is
 * before 2011-10-01, an unknown kind, language, rule id or waiver).
 */
export function checkOptions(options?: ValidateOptions): void {
  resolveOptions(options);
}

/** The rules in force on a date, with what each cites on that date; the date and language are checked as `validate` checks them. */
export function rulesInForce(date: string, lang: Lang = 'vi'): RuleInfo[] {
  checkOptions({ asOf: date, lang });
  return rulesOn(date, lang);
}

/** One rule by id as it applies on a date (undefined for an unknown id); the date and language are checked as `validate` checks them. */
export function ruleInfo(id: string, date: string, lang: Lang = 'vi'): RuleInfo | undefined {
  checkOptions({ asOf: date, lang });
  return ruleInfoOn(id, date, lang);
}

/** Options of `suggest`: the date, the province when the agency's name leaves it out, a kind to override the name's reading. */
export type SuggestOptions = Pick<ValidateOptions, 'asOf' | 'province' | 'kind'>;

/**
 * The compliant names for an agency on a date, best first (for autocompletion):
 * `validate` judges each one `compliant` for that agency on that date. For a unit
 * that no longer exists on the date, its successor's names.
 */
export function suggest(agency: string, options?: SuggestOptions): string[] {
  const judgement = resolveOptions({ ...options, agency: typeof agency === 'string' ? agency : '' });
  return suggestFor(judgement);
}

function safeString(x: unknown): string {
  try {
    return String(x);
  } catch {
    return '';
  }
}
