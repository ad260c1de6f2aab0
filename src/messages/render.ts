import type { Citation, IssueData, Lang } from '../result.js';
import { INSTRUMENTS } from '../law/instruments.js';
import type { ArticleRef, Basis } from '../law/rule.js';
import { en } from './en.js';
import { vi } from './vi.js';

const TABLES: Record<Lang, Readonly<Record<string, string>>> = { vi, en };

/** The template for a rule's message: its own wording first, the shared one otherwise. */
export function template(lang: Lang, ruleId: string, messageId: string): string | undefined {
  const t = TABLES[lang];
  return t[`${ruleId}/${messageId}`] ?? t[messageId];
}

/** A template cut once into text and placeholder names, alternating: text, key, text, … */
type Compiled = readonly string[];

/** Compiled templates by language, rule id and message id (no key string built per call). */
const compiled: Record<Lang, Map<string, Map<string, Compiled | null>>> = { vi: new Map(), en: new Map() };

function compile(t: string): Compiled {
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    const open = t.indexOf('{', at);
    const close = open < 0 ? -1 : t.indexOf('}', open);
    if (close < 0) break;
    parts.push(t.slice(at, open), t.slice(open + 1, close));
    at = close + 1;
  }
  parts.push(t.slice(at));
  return parts;
}

export function renderMessage(lang: Lang, ruleId: string, messageId: string, data: IssueData): string {
  let byMessage = compiled[lang].get(ruleId);
  if (!byMessage) {
    byMessage = new Map();
    compiled[lang].set(ruleId, byMessage);
  }
  let parts = byMessage.get(messageId);
  if (parts === undefined) {
    const t = template(lang, ruleId, messageId);
    parts = t === undefined ? null : compile(t);
    byMessage.set(messageId, parts);
  }
  if (parts === null) return `${ruleId}/${messageId}`;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const v = data[key];
    out += (v === undefined ? `{${key}}` : String(v)) + parts[i + 1]!;
  }
  return out;
}

export function renderArticle(lang: Lang, ref: ArticleRef): string {
  if (ref.section) return `§${ref.section}`;
  if (ref.article === undefined) {
    return lang === 'vi' ? 'theo Kết luận thanh tra ngày 25/6/2020' : 'as applied by the inspection of 2020-06-25';
  }
  if (lang === 'vi') {
    let s = `Điều ${ref.article}`;
    if (ref.clause !== undefined) s += ` khoản ${ref.clause}`;
    if (ref.point !== undefined) s += ` điểm ${ref.point}`;
    return s;
  }
  let s = `Art. ${ref.article}`;
  if (ref.clause !== undefined) s += `(${ref.clause})`;
  if (ref.point !== undefined) s += `(${ref.point})`;
  return s;
}

const citations: Record<Lang, WeakMap<Basis, Citation>> = { vi: new WeakMap(), en: new WeakMap() };

/** A rule's basis is a constant: its citation is rendered once per language, and copied out. */
export function renderCitation(lang: Lang, basis: Basis): Citation {
  let c = citations[lang].get(basis);
  if (!c) {
    const inst = INSTRUMENTS[basis.instrument];
    c = { instrument: inst.title[lang], article: renderArticle(lang, basis.ref) };
    if (inst.url) c.url = inst.url;
    citations[lang].set(basis, c);
  }
  const copy: Citation = { instrument: c.instrument, article: c.article };
  if (c.url) copy.url = c.url;
  return copy;
}
