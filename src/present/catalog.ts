import { kindsOn } from '../law/applies.js';
import { INSTRUMENTS, type Provenance } from '../law/instruments.js';
import { basisOn, ruleInForce, type AnyRule } from '../law/rule.js';
import { RULES, type RuleId } from '../law/rules/index.js';
import type { EntityKind, Lang, Severity } from '../law/vocabulary.js';
import { renderCitation } from './citation.js';

/** What `govvn rules` and `govvn explain` show of a rule. */
export interface RuleInfo {
  id: RuleId;
  title: string;
  appliesTo: readonly EntityKind[] | 'any';
  citation: { instrument: string; article: string; url?: string } | null;
  provenance: Provenance | null;
  from: string | null;
  to: string | null;
  messages: Readonly<Record<string, Severity>>;
  docs: string;
}

function severities(rule: AnyRule): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const [id, spec] of Object.entries(rule.meta.messages)) out[id] = spec.severity;
  return out;
}

function info(rule: AnyRule, date: string, lang: Lang): RuleInfo {
  const meta = rule.meta;
  const basis = basisOn(meta, date);
  const inst = basis ? INSTRUMENTS[basis.instrument] : null;
  return {
    id: meta.id as RuleId,
    title: meta.title[lang],
    appliesTo: kindsOn(meta.appliesTo, date),
    citation: basis ? renderCitation(lang, basis) : null,
    provenance: inst?.provenance ?? null,
    from: meta.from ?? null,
    to: meta.to ?? null,
    messages: severities(rule),
    docs: meta.docs,
  };
}

const ALL: readonly AnyRule[] = RULES;

/** The rules in force on a date, with what each cites on that date. */
export function rulesInForce(date: string, lang: Lang = 'vi'): RuleInfo[] {
  return ALL.filter((r) => ruleInForce(r.meta, date)).map((r) => info(r, date, lang));
}

/** One rule by id, as it applies on a date; undefined for an unknown id. */
export function ruleInfo(id: string, date: string, lang: Lang = 'vi'): RuleInfo | undefined {
  const r = ALL.find((x) => x.meta.id === id);
  return r ? info(r, date, lang) : undefined;
}
