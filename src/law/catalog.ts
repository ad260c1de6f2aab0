import type { EntityKind, Lang, Severity } from '../result.js';
import { renderCitation } from '../messages/render.js';
import { INSTRUMENTS, type DecreeId, type Provenance, decreeOn } from './instruments.js';
import { basisOn, ruleInForce, type Rule } from './rule.js';
import { RULES } from './rules/index.js';

/** What `govvn rules` and `govvn explain` show of a rule. */
export interface RuleInfo {
  id: string;
  title: string;
  appliesTo: readonly EntityKind[] | 'any';
  citation: { instrument: string; article: string; url?: string } | null;
  provenance: Provenance | null;
  from: string | null;
  to: string | null;
  messages: Readonly<Record<string, Severity>>;
  docs: string;
}

const DOCS = 'docs/rules/';

function info(rule: Rule, date: string, lang: Lang): RuleInfo {
  const decree: DecreeId = decreeOn(date);
  const basis = basisOn(rule, decree);
  const inst = basis ? INSTRUMENTS[basis.instrument] : null;
  return {
    id: rule.id,
    title: rule.title[lang],
    appliesTo: rule.appliesTo,
    citation: basis ? renderCitation(lang, basis) : null,
    provenance: inst?.provenance ?? null,
    from: rule.from ?? null,
    to: rule.to ?? null,
    messages: rule.messages,
    docs: `${DOCS}${rule.id}.md`,
  };
}

/** The rules in force on a date, with what each cites on that date. */
export function rulesInForce(date: string, lang: Lang = 'vi'): RuleInfo[] {
  return RULES.filter((r) => ruleInForce(r, date)).map((r) => info(r, date, lang));
}

/** One rule by id, as it applies on a date; undefined for an unknown id. */
export function ruleInfo(id: string, date: string, lang: Lang = 'vi'): RuleInfo | undefined {
  const r = RULES.find((x) => x.id === id);
  return r ? info(r, date, lang) : undefined;
}
