import type { Facts, Zone } from './facts.js';
import { decreeOn, type DecreeId, type InstrumentId } from './instruments.js';
import type { EntityKind, Severity } from './vocabulary.js';

/** Where in an instrument: article, clause, point; or a section of a standard. */
export interface ArticleRef {
  article?: number;
  clause?: number;
  point?: string;
  section?: string;
  /** How the instrument is known when no article can be cited (its text not found). */
  readThrough?: { vi: string; en: string };
}

export interface Basis {
  instrument: InstrumentId;
  ref: ArticleRef;
}

/** A basis from a day on, until the next one's day: a duty that moved between instruments. */
export interface DatedBasis {
  from: string;
  basis: Basis;
}

/** One message of a rule: its default severity and its wording in both languages (placeholders `{name}`). */
export interface MessageSpec {
  severity: Severity;
  vi: string;
  en: string;
  /** Data keys the sentences do not show, kept for programs; those the sentences show are read from them. */
  extra?: readonly string[];
}

export type Messages = Readonly<Record<string, MessageSpec>>;

/** The placeholder names of a template: `'{a} and {b}'` gives `'a' | 'b'`. */
export type Placeholders<T extends string> = T extends `${string}{${infer K}}${infer Rest}` ? K | Placeholders<Rest> : never;

type ExtraKeys<S> = S extends { extra: readonly (infer E extends string)[] } ? E : never;

/** The data a message is rendered from: every placeholder of either language, and its extra keys. */
export type DataOf<S extends MessageSpec> = { [K in Placeholders<S['vi']> | Placeholders<S['en']> | ExtraKeys<S>]: string | number };

/** What a check returns: one of its rule's message ids and that message's data; rendering is presentation's job. */
export type FindingOf<M extends Messages> = {
  [K in keyof M & string]: {
    messageId: K;
    data: DataOf<M[K]>;
    /** Overrides the message's default severity. */
    severity?: Severity;
    /** Overrides the rule's basis for this finding (a rule citing two instruments). */
    basis?: Basis | null;
  };
}[keyof M & string];

/** A finding of some rule, as the engine handles it. */
export interface Finding {
  messageId: string;
  data: Readonly<Record<string, string | number>>;
  severity?: Severity;
  basis?: Basis | null;
}

/**
 * A holder a rule speaks about: a kind, or a kind narrowed by what else is known
 * of it (a period, whether a central agency governs it, whether it belongs to a
 * district, the zone its name is judged in).
 */
export interface HolderScope {
  kind: EntityKind;
  from?: string;
  to?: string;
  central?: boolean;
  district?: boolean;
  zone?: Zone;
}

/** `any`: every name, its holder known or not; a list: only a known holder that fits one entry. */
export type AppliesTo = 'any' | readonly (EntityKind | HolderScope)[];

export interface RuleMeta<Id extends string = string, M extends Messages = Messages> {
  id: Id;
  /** One line: what the rule requires. */
  title: { vi: string; en: string };
  appliesTo: AppliesTo;
  /** False for the rules about the input itself, which speak when no valid host could be read. */
  needsHost: boolean;
  /**
   * Its legal or technical basis: one for all dates, one per decree in force, or
   * a list by date (ascending) for a duty that moved between instruments.
   * `null` for input-format notes, which cite nothing.
   */
  basis: Basis | Partial<Record<DecreeId, Basis>> | readonly DatedBasis[] | null;
  /** Its page in the documentation. */
  docs: `docs/rules/${Id}.md`;
  messages: M;
  /** First and last day the rule applies; absent: as long as any national rule. */
  from?: string;
  to?: string;
  /** The rule judges what the name serves (`govvn/live`): run only when live facts are given. */
  live?: true;
}

export interface Rule<Id extends string = string, M extends Messages = Messages> {
  meta: RuleMeta<Id, M>;
  check(facts: Facts): FindingOf<M>[];
}

/** Any rule, as the engine and the catalogue run through them. */
export interface AnyRule {
  meta: RuleMeta;
  check(facts: Facts): readonly Finding[];
}

/** A rule with its ids kept literal: `RuleId` and each rule's message ids are unions. */
export function defineRule<const Id extends string, const M extends Messages>(rule: {
  meta: RuleMeta<Id, M>;
  check(facts: Facts): NoInfer<FindingOf<M>>[];
}): Rule<Id, M> {
  return rule;
}

export function ruleInForce(rule: RuleMeta, date: string): boolean {
  return (rule.from === undefined || date >= rule.from) && (rule.to === undefined || date <= rule.to);
}

/** The basis in force on a date from a list by date: the last one whose day has come. */
export function datedBasisOn(list: readonly DatedBasis[], date: string): Basis | null {
  let out: Basis | null = null;
  for (const d of list) if (date >= d.from) out = d.basis;
  return out;
}

/** The basis a rule cites on a date: the instrument in force that day. */
export function basisOn(rule: RuleMeta, date: string): Basis | null {
  const b = rule.basis;
  if (b === null) return null;
  if (Array.isArray(b)) return datedBasisOn(b as readonly DatedBasis[], date);
  if ('instrument' in b) return b as Basis;
  const perDecree = b as Partial<Record<DecreeId, Basis>>;
  return perDecree[decreeOn(date)] ?? null;
}

/** A finding built field by field: every rule calls this, and spreads cost more than the check. */
export function finding<const Id extends string, const D extends Readonly<Record<string, string | number>>>(
  messageId: Id,
  data: D,
  extra?: { severity?: Severity; basis?: Basis | null },
): { messageId: Id; data: D; severity?: Severity; basis?: Basis | null } {
  const f: { messageId: Id; data: D; severity?: Severity; basis?: Basis | null } = { messageId, data };
  if (extra) {
    if ('severity' in extra) f.severity = extra.severity!;
    if ('basis' in extra) f.basis = extra.basis!;
  }
  return f;
}
