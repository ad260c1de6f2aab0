/**
 * `govvn explain RULE` and `govvn rules`: a rule told at terminal width (what it
 * requires, its basis, a compliant and a non-compliant example from its docs
 * page, run through the library so the message is in the reader's language, and
 * where the page is), and the list of rules within 100 columns.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate, type RuleInfo } from '../index.js';
import type { Lang } from '../result.js';
import { citationText } from './formats/format.js';
import { docsUrl } from './formats/links.js';
import { dayText, WORDS } from './messages.js';
import { columns, wrap } from './wrap.js';

/** The rule's docs page beside the built file (dist/cli.js → docs/) or the source (src/cli/ → docs/): its text and path. */
export function docsPage(id: string): { text: string; path: string } | null {
  for (const rel of [`../docs/rules/${id}.md`, `../../docs/rules/${id}.md`]) {
    const url = new URL(rel, import.meta.url);
    try {
      return { text: readFileSync(url, 'utf8'), path: fileURLToPath(url) };
    } catch {
      // Not there: try the next place, then fall back to the rule's data.
    }
  }
  return null;
}

interface Example {
  name: string;
  asOf?: string;
  agency?: string;
  province?: string;
  kind?: string;
  verdict?: string;
  finding?: string;
  noFinding?: string;
}

/** The page's examples block (one JSON object a line), as the docs test reads it. */
export function pageExamples(page: string): Example[] {
  const start = page.indexOf('```json examples\n');
  if (start < 0) return [];
  const end = page.indexOf('\n```', start + 17);
  const out: Example[] = [];
  for (const line of page.slice(start + 17, end < 0 ? undefined : end).split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    try {
      out.push(JSON.parse(line) as Example);
    } catch {
      // A line the docs test would refuse: not an example to show.
    }
  }
  return out;
}

/** The page's one-line summary: the paragraph under its title. */
function pageSummary(page: string): string {
  const lines = page.split('\n');
  const at = lines.findIndex((l, i) => i > 0 && l.trim() !== '' && !l.startsWith('#'));
  // Backticks are markdown's; on a terminal the words are enough.
  return at < 0 ? '' : lines[at]!.trim().split('`').join('');
}

const PLAIN = { vi: 'Ví dụ đúng', en: 'Compliant example' } as const;
const WRONG = { vi: 'Ví dụ sai', en: 'Non-compliant example' } as const;
const REQUIRES = { vi: 'Yêu cầu', en: 'What it requires' } as const;
const AS_OF = { vi: 'xét vào ngày', en: 'as of' } as const;

function context(e: Example, lang: Lang): string {
  const parts = [e.agency, e.province, e.asOf ? `${AS_OF[lang]} ${dayText(e.asOf, lang)}` : undefined].filter((p) => p !== undefined);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** The rule told in a screenful: `text` of the page when there is one, else from the rule's data. */
export function explainText(info: RuleInfo, lang: Lang, width: number, page: { text: string; path: string } | null): string {
  const w = WORDS[lang].explain;
  const out: string[] = [...wrap(`${info.id}: ${info.title}`, width), ''];
  const summary = page && lang === 'en' ? pageSummary(page.text) : '';
  if (summary) out.push(...wrap(summary, width, `${REQUIRES[lang]}: `, '  '));
  const basis = info.citation ? citationText(info.citation) + (info.citation.url ? ` <${info.citation.url}>` : '') : WORDS[lang].noCitation;
  out.push(...wrap(basis, width, `${w.basis}: `, '  '));
  const from = dayText(info.from ?? '2011-10-01', lang);
  out.push(`${w.inForce}: ${info.from === null && info.to === null ? w.always : `${from} → ${info.to ? dayText(info.to, lang) : '…'}`}`);
  const kinds = info.appliesTo === 'any' ? w.anyHolder : info.appliesTo.map((k) => WORDS[lang].kind[k]).join(', ');
  out.push(...wrap(kinds, width, `${w.appliesTo}: `, '  '));
  const examples = page ? pageExamples(page.text) : [];
  const good = examples.find((e) => e.verdict === 'compliant' && e.noFinding === info.id);
  const bad = examples.find((e) => e.finding?.startsWith(`${info.id}/`));
  if (good) out.push('', ...wrap(`${good.name}${context(good, lang)}`, width, `${PLAIN[lang]}: `, '  '));
  if (bad) {
    out.push('', ...wrap(`${bad.name}${context(bad, lang)}`, width, `${WRONG[lang]}: `, '  '));
    const r = validate(bad.name, {
      lang,
      ...(bad.asOf ? { asOf: bad.asOf } : {}),
      ...(bad.agency ? { agency: bad.agency } : {}),
      ...(bad.province ? { province: bad.province } : {}),
    });
    const finding = r.issues.find((i) => `${i.ruleId}/${i.messageId}` === bad.finding);
    if (finding) out.push(...wrap(finding.message, width, '  → ', '    '));
    if (r.suggestions[0]) out.push(...wrap(r.suggestions[0], width, `  ${WORDS[lang].report.suggestions}: `, '    '));
  }
  out.push('', ...wrap(page ? page.path : info.docs, width, `${page ? PAGE[lang] : w.page}: `, '  '));
  out.push(...wrap(docsUrl(info.docs), width, `${ONLINE[lang]}: `, '  '));
  return `${out.join('\n')}\n`;
}

const PAGE = { vi: 'Trang tài liệu', en: 'Docs page' } as const;
const ONLINE = { vi: 'Trực tuyến', en: 'Online' } as const;

/** `govvn rules`: each rule's id and what it requires, its basis on the line below, within `width` columns. */
export function rulesText(list: readonly RuleInfo[], lang: Lang, width: number): string {
  const words = WORDS[lang];
  const idWidth = Math.max(...list.map((r) => columns(r.id)), columns(words.rulesColumns.id)) + 2;
  const indent = ' '.repeat(idWidth);
  const basis = words.explain.basis;
  const out = [`${words.rulesColumns.id.padEnd(idWidth)}${words.rulesColumns.title} / ${words.rulesColumns.citation}`];
  for (const r of list) {
    out.push(...wrap(r.title, width, r.id.padEnd(idWidth), indent));
    out.push(...wrap(r.citation ? citationText(r.citation) : words.noCitation, width, `${indent}${basis}: `, indent + '  '));
  }
  return `${out.join('\n')}\n`;
}
