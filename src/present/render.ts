import type { MessageSpec } from '../law/rule.js';
import type { IssueData, Lang } from '../law/vocabulary.js';

/** A template cut once into text and placeholder names, alternating: text, key, text, … */
type Compiled = readonly string[];

/** A sentence in both languages: a rule's message, or one of the schemas' own. */
export type Wording = Pick<MessageSpec, 'vi' | 'en'>;

/** Compiled templates by language and message (a message shared by rules is compiled once). */
const compiled: Record<Lang, WeakMap<Wording, Compiled>> = { vi: new WeakMap(), en: new WeakMap() };

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

/** A message in a language, its placeholders filled from `data` (a missing value stays `{name}`). */
export function renderMessage(lang: Lang, spec: Wording, data: Readonly<IssueData>): string {
  let parts = compiled[lang].get(spec);
  if (!parts) {
    parts = compile(spec[lang]);
    compiled[lang].set(spec, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const v = data[key];
    out += (v === undefined ? `{${key}}` : lang === 'vi' ? vietnameseDate(v) : String(v)) + parts[i + 1]!;
  }
  return out;
}

/** A YYYY-MM-DD value as a Vietnamese reader writes a date (dd/mm/yyyy); anything else as it is. */
function vietnameseDate(v: string | number): string {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return String(v);
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return v;
  }
  return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
}
