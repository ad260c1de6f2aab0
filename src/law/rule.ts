import type { EntityKind, IssueData, Severity } from '../result.js';
import type { Facts } from './facts.js';
import type { DecreeId, InstrumentId } from './instruments.js';

/** Where in an instrument: article, clause, point; or a section of a standard. */
export interface ArticleRef {
  article?: number;
  clause?: number;
  point?: string;
  section?: string;
}

export interface Basis {
  instrument: InstrumentId;
  ref: ArticleRef;
}

/** What a check returns: a message id and its data; rendering is the messages' job. */
export interface Finding {
  messageId: string;
  data?: IssueData;
  /** Overrides the message's default severity. */
  severity?: Severity;
  /** Overrides the rule's basis for this finding (a rule citing two instruments). */
  basis?: Basis | null;
}

export interface RuleMeta {
  id: string;
  /** One line: what the rule requires. */
  title: { vi: string; en: string };
  /** The holders it speaks about; `any` for rules on every name. */
  appliesTo: readonly EntityKind[] | 'any';
  /**
   * Its legal or technical basis: one for all dates, or one per decree in force.
   * `null` for input-format notes, which cite nothing.
   */
  basis: Basis | Partial<Record<DecreeId, Basis>> | null;
  /** Message ids with their default severity. */
  messages: Readonly<Record<string, Severity>>;
  /** First and last day the rule applies; absent: as long as any national rule. */
  from?: string;
  to?: string;
}

export interface Rule extends RuleMeta {
  check(facts: Facts): Finding[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export function ruleInForce(rule: RuleMeta, date: string): boolean {
  return (rule.from === undefined || date >= rule.from) && (rule.to === undefined || date <= rule.to);
}

/** The basis a rule cites on a date. */
export function basisOn(rule: RuleMeta, decree: DecreeId): Basis | null {
  const b = rule.basis;
  if (b === null) return null;
  if ('instrument' in b) return b as Basis;
  const perDecree = b as Partial<Record<DecreeId, Basis>>;
  return perDecree[decree] ?? null;
}

export function finding(messageId: string, data?: IssueData, extra?: Omit<Finding, 'messageId' | 'data'>): Finding {
  // Built field by field: every rule calls this, and spreads cost more than the check.
  const f: Finding = { messageId };
  if (data) f.data = data;
  if (extra) {
    if ('severity' in extra) f.severity = extra.severity!;
    if ('basis' in extra) f.basis = extra.basis!;
  }
  return f;
}
