import type { RuleFinding, RuleId } from './law/rules/index.js';
import type { LiveFacts } from './law/live-facts.js';
import type { EntityKind, IssueData, Lang, Severity } from './law/vocabulary.js';

/**
 * The public contract: what `validate` returns and what `govvn check --format json`
 * prints, one object per input. Extend it; never reshape it.
 */

export type Verdict = 'compliant' | 'non-compliant' | 'not-applicable' | 'invalid';

export { ENTITY_KINDS } from './law/vocabulary.js';
export type { EntityKind, IssueData, Lang, Severity } from './law/vocabulary.js';

/** Where a finding comes from: a legal instrument, or a technical standard. */
export interface Citation {
  /** e.g. "Nghị định 43/2011/NĐ-CP" / "Decree 43/2011/ND-CP", "RFC 1035". */
  instrument: string;
  /** e.g. "Điều 6 khoản 1 điểm c" / "Art. 6(1)(c)", "§2.3.1". */
  article: string;
  url?: string;
}

/** An issue as JSON carries it, its ids and data as plain strings (what a stored result reads back as). */
export interface IssueRecord {
  /** The rule that found it (see `docs/rules/<ruleId>.md`). */
  ruleId: string;
  /** Which message of that rule; stable, for programs. */
  messageId: string;
  /** The values the message is rendered from. */
  data: IssueData;
  severity: Severity;
  /** `messageId` + `data` rendered in the chosen language. */
  message: string;
  /** On every finding of law and of syntax; absent on input-format notes. */
  citation?: Citation;
  /** Set when a waiver covers the finding: it is reported, and does not count for the verdict. */
  waived?: { reason: string; until: string };
}

/** A configured waiver that ran out: reported beside the findings, as a warning. */
export interface WaiverExpired {
  ruleId: 'waiver';
  messageId: 'expired';
  data: { rule: RuleId; until: string; reason: string };
}

/** A row the command line could not read (its own messages, not a rule's). */
export interface InputRowTrouble {
  ruleId: 'input-row';
  messageId: string;
  data: IssueData;
}

/**
 * One finding, discriminated on `ruleId` and `messageId`: each message's `data`
 * has the keys its sentences are rendered from.
 */
export type Issue = (RuleFinding | WaiverExpired | InputRowTrouble) & Omit<IssueRecord, 'ruleId' | 'messageId' | 'data'>;

export type { RuleId } from './law/rules/index.js';

export interface EntityProvince {
  /** Official (GSO) code of the province, e.g. "12" for Lai Châu. */
  code: string;
  /** Vietnamese name, e.g. "Tỉnh Lai Châu". */
  name: string;
  /** Its domain label, e.g. "laichau". */
  label: string;
}

export interface Entity {
  kind: EntityKind;
  /** The holder's Vietnamese name as far as it is known. */
  name: string;
  province: EntityProvince | null;
  /** `agency` when given (agency name or kind), `domain` when inferred from the name alone. */
  source: 'agency' | 'domain';
}

export interface Result {
  /** The input exactly as given. */
  input: string;
  /** Lower-case ASCII host (IDN as `xn--`), `www.` kept; `null` when no host could be extracted. */
  hostname: string | null;
  verdict: Verdict;
  /** The date judged by, YYYY-MM-DD. */
  asOf: string;
  entity: Entity | null;
  issues: Issue[];
  /**
   * Compliant hostnames for this entity, best first; each validates as
   * `compliant` for the same agency and date. For a unit that no longer exists on
   * the date (a merged province, commune or ministry), they are its successor's
   * names, each compliant for the successor (`validate(name, { agency: <the
   * successor>, asOf })`), not for the unit named. Never the name judged.
   */
  suggestions: string[];
  /**
   * What the name serves, when it was checked live (`govvn/live`, `govvn check
   * --live`): its addresses, IPv6, HTTPS and redirects; `null` in a live run for
   * an input with no host to check. Absent otherwise.
   */
  live?: LiveFacts | null;
}

export type { LiveDns, LiveFacts, LiveFailure, LiveHop, LiveHttp, LiveReach, LiveTls } from './law/live-facts.js';

export interface ValidateOptions {
  /** The agency's Vietnamese name as an inspector writes it, e.g. "UBND huyện Tân Uyên". */
  agency?: string;
  /** The kind of holder, when the agency name is not given or to override its reading. */
  kind?: EntityKind;
  /** The province, e.g. "Lai Châu", when the agency name leaves it out. */
  province?: string;
  /** YYYY-MM-DD; defaults to today in Asia/Ho_Chi_Minh. */
  asOf?: string;
  /** Language of messages; default `vi`. */
  lang?: Lang;
  /** Severity per rule id, as a CI pipeline tunes the check: `off` drops the rule's findings. */
  rules?: Readonly<Partial<Record<RuleId, RuleSetting>>>;
  /** Findings accepted for a while, with a reason; an expired waiver stops applying and is reported. */
  waivers?: readonly Waiver[];
  /** The day of the run, for waivers (YYYY-MM-DD); defaults to today in Asia/Ho_Chi_Minh. */
  today?: string;
}

export type RuleSetting = 'off' | 'warning' | 'error';

export interface Waiver {
  /** The hostname it covers (`www.` ignored). */
  domain: string;
  /** The rule id it covers. */
  rule: RuleId;
  reason: string;
  /** Last day it applies, YYYY-MM-DD. */
  until: string;
}
