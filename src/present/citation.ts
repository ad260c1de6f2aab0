import { INSTRUMENTS } from '../law/instruments.js';
import type { ArticleRef, Basis } from '../law/rule.js';
import type { Lang } from '../law/vocabulary.js';
import type { Citation } from '../result.js';

export function renderArticle(lang: Lang, ref: ArticleRef): string {
  if (ref.section) return `§${ref.section}`;
  if (ref.article === undefined) return ref.readThrough?.[lang] ?? '';
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
