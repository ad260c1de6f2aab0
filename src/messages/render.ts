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

export function renderMessage(lang: Lang, ruleId: string, messageId: string, data: IssueData): string {
  const t = template(lang, ruleId, messageId);
  if (t === undefined) return `${ruleId}/${messageId}`;
  return t.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = data[key];
    return v === undefined ? `{${key}}` : String(v);
  });
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

export function renderCitation(lang: Lang, basis: Basis): Citation {
  const inst = INSTRUMENTS[basis.instrument];
  const c: Citation = { instrument: inst.title[lang], article: renderArticle(lang, basis.ref) };
  if (inst.url) c.url = inst.url;
  return c;
}
