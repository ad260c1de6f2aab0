/**
 * The rule pages in docs/rules/ are part of the contract: one page per rule, a
 * Messages table that lists every message of the rule with its severity and its
 * Vietnamese template, and examples that are run against the library.
 *
 * Examples live in fenced blocks whose info string is exactly `json examples`,
 * one JSON object per line (see EXAMPLE_KEYS). An example marked `pending` shows
 * what the law requires (docs/legal-basis.md) where the engine does not do it yet: it is reported as
 * a todo, not run.
 */
import '../src/history.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate, ENTITY_KINDS, type EntityKind, type Verdict } from '../src/index.js';
import type { AnyRule } from '../src/law/rule.js';
import { RULES as ALL_RULES } from '../src/law/rules/index.js';
import { validateWithFacts } from '../src/live/index.js';
import { SKETCH_KEYS, sketchFacts, type LiveSketch } from './helpers/live-sketch.js';

const RULES: readonly AnyRule[] = ALL_RULES;

const DOCS = new URL('../docs/rules/', import.meta.url);
const LEGAL_BASIS = new URL('../docs/legal-basis.md', import.meta.url);

const VERDICTS: readonly Verdict[] = ['compliant', 'non-compliant', 'not-applicable', 'invalid'];
const SEVERITIES = ['error', 'warning', 'info'];
const SECTIONS = ['What it requires', 'Legal basis', 'When it applies', 'Messages', 'Examples', 'Limits'];

interface Example {
  name: string;
  asOf: string;
  agency?: string;
  kind?: EntityKind;
  province?: string;
  verdict: Verdict;
  finding?: string;
  noFinding?: string;
  suggestion?: string;
  noSuggestions?: boolean;
  pending?: string;
  /** What the name serves, for the live rules: how it differs from a site in good order (test/helpers/live-sketch.ts). */
  live?: LiveSketch;
}

const EXAMPLE_KEYS = new Set([
  'name', 'asOf', 'agency', 'kind', 'province', 'verdict', 'finding', 'noFinding', 'suggestion', 'noSuggestions', 'pending', 'live',
]);

interface Page {
  file: string;
  id: string;
  text: string;
  examples: Array<{ line: number; raw: string; example: Example | null; error: string | null }>;
}

function parseExample(raw: string): { example: Example | null; error: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { example: null, error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { example: null, error: 'not an object' };
  const o = value as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !EXAMPLE_KEYS.has(k));
  if (unknown.length > 0) return { example: null, error: `unknown keys: ${unknown.join(', ')}` };
  if (typeof o.name !== 'string') return { example: null, error: '"name" must be a string' };
  if (typeof o.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) return { example: null, error: '"asOf" must be YYYY-MM-DD' };
  if (!VERDICTS.includes(o.verdict as Verdict)) return { example: null, error: `"verdict" must be one of ${VERDICTS.join(', ')}` };
  for (const k of ['agency', 'province', 'finding', 'noFinding', 'suggestion', 'pending'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'string') return { example: null, error: `"${k}" must be a string` };
  }
  if (o.kind !== undefined && !ENTITY_KINDS.includes(o.kind as EntityKind)) return { example: null, error: `unknown kind "${String(o.kind)}"` };
  if (o.noSuggestions !== undefined && o.noSuggestions !== true) return { example: null, error: '"noSuggestions" must be true when present' };
  if (typeof o.finding === 'string' && !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(o.finding)) return { example: null, error: '"finding" must be "ruleId/messageId"' };
  if (o.live !== undefined) {
    if (typeof o.live !== 'object' || o.live === null || Array.isArray(o.live)) return { example: null, error: '"live" must be an object' };
    const stray = Object.keys(o.live).filter((k) => !SKETCH_KEYS.includes(k));
    if (stray.length > 0) return { example: null, error: `unknown "live" keys: ${stray.join(', ')}` };
  }
  return { example: o as unknown as Example, error: null };
}

function readPages(): Page[] {
  const dir = fileURLToPath(DOCS);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(fileURLToPath(new URL(file, DOCS)), 'utf8');
      const examples: Page['examples'] = [];
      const lines = text.split(/\r?\n/);
      // The fence that opened the current block, and whether it holds examples.
      let fence: string | null = null;
      let isExamples = false;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        if (fence === null) {
          const open = /^(`{3,}|~{3,})(.*)$/.exec(line);
          if (open) {
            fence = open[1]!;
            isExamples = open[2] === 'json examples';
          }
        } else if (line.trim() === fence) {
          fence = null;
        } else if (isExamples && line.trim() !== '') {
          examples.push({ line: i + 1, raw: line, ...parseExample(line) });
        }
      }
      return { file, id: file.replace(/\.md$/, ''), text, examples };
    });
}


/** The body of a `## <title>` section, up to the next `## ` heading. */
function section(text: string, title: string): string | null {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Rows of the Messages table: id (first cell, in backticks), severity, and the cells after. */
function messageRows(text: string): Array<{ id: string; cells: string[] }> {
  const body = section(text, 'Messages') ?? '';
  const rows: Array<{ id: string; cells: string[] }> = [];
  for (const line of body.split(/\r?\n/)) {
    if (!line.trim().startsWith('|')) continue;
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    const id = /^`([^`]+)`$/.exec(cells[0] ?? '');
    if (id) rows.push({ id: id[1]!, cells });
  }
  return rows;
}

const pages = readPages();
const ruleIds = RULES.map((r) => r.meta.id);

describe('docs/rules: one page per rule', () => {
  it('every rule has a page', () => {
    const missing = ruleIds.filter((id) => !pages.some((p) => p.id === id));
    expect(missing).toEqual([]);
  });

  it('every page names an existing rule', () => {
    const stray = pages.map((p) => p.id).filter((id) => !ruleIds.includes(id));
    expect(stray).toEqual([]);
  });

  for (const page of pages) {
    describe(page.file, () => {
      it('is titled with its rule id and has the standard sections', () => {
        expect(page.text.split(/\r?\n/)[0]).toBe(`# ${page.id}`);
        for (const s of SECTIONS) expect(section(page.text, s), `section "## ${s}"`).not.toBeNull();
      });

      it('has well-formed examples', () => {
        expect(page.examples.length).toBeGreaterThan(0);
        for (const ex of page.examples) expect(ex.error, `line ${ex.line}: ${ex.raw}`).toBeNull();
      });

      const rule = RULES.find((r) => r.meta.id === page.id);
      if (!rule) return;

      it('lists every message of the rule, with its severity and its Vietnamese template', () => {
        const rows = messageRows(page.text);
        const listed = rows.map((r) => r.id);
        expect([...listed].sort()).toEqual(Object.keys(rule.meta.messages).sort());
        for (const row of rows) {
          const message = rule.meta.messages[row.id];
          expect(row.cells[1], `severity of ${row.id}`).toBe(message?.severity);
          expect(SEVERITIES).toContain(row.cells[1]);
          expect(row.cells[3], `Vietnamese template of ${row.id}`).toBe(message?.vi);
        }
      });
    });
  }
});

describe('messages: every message has a template in both languages, with the same placeholders', () => {
  const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const rule of RULES) {
    for (const [messageId, message] of Object.entries(rule.meta.messages)) {
      it(`${rule.meta.id}/${messageId}`, () => {
        expect(message.en, 'en').toBeTypeOf('string');
        expect(message.vi, 'vi').toBeTypeOf('string');
        expect(placeholders(message.en)).toEqual(placeholders(message.vi));
      });
    }
  }
});

describe('rule meta', () => {
  for (const rule of RULES) {
    it(`${rule.meta.id}: its page is docs/rules/<id>.md`, () => {
      expect(rule.meta.docs).toBe(`docs/rules/${rule.meta.id}.md`);
    });
  }
});

describe('docs/legal-basis.md', () => {
  it('names every rule', () => {
    const text = readFileSync(fileURLToPath(LEGAL_BASIS), 'utf8');
    const missing = ruleIds.filter((id) => !text.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });
});

function has(issues: ReadonlyArray<{ ruleId: string; messageId: string }>, ref: string): boolean {
  return issues.some((i) => (ref.includes('/') ? `${i.ruleId}/${i.messageId}` === ref : i.ruleId === ref));
}

describe('docs/rules examples', () => {
  for (const page of pages) {
    describe(page.id, () => {
      for (const { line, raw, example: ex } of page.examples) {
        if (!ex) continue;
        const context = [ex.agency, ex.kind, ex.province].filter(Boolean).join(', ');
        const title = `${page.id}: ${ex.name === '' ? '(empty)' : ex.name} on ${ex.asOf}${context ? ` (${context})` : ''} is ${ex.verdict}${ex.finding ? ` with ${ex.finding}` : ''}`;
        if (ex.pending) {
          it.todo(`${title} [pending: ${ex.pending}]`);
          continue;
        }
        it(title, () => {
          const options = { asOf: ex.asOf, agency: ex.agency, kind: ex.kind, province: ex.province, lang: 'en' } as const;
          const r = ex.live ? validateWithFacts(ex.name, options, sketchFacts(ex.name, ex.live)) : validate(ex.name, options);
          const found = r.issues.map((i) => `${i.severity} ${i.ruleId}/${i.messageId}`);
          const where = `${page.file}:${line} ${raw}\n  issues: ${found.join('; ') || '(none)'}\n  suggestions: ${r.suggestions.join(', ') || '(none)'}`;
          expect(r.verdict, where).toBe(ex.verdict);
          if (ex.finding) expect(has(r.issues, ex.finding), `expected ${ex.finding}\n${where}`).toBe(true);
          if (ex.noFinding) expect(has(r.issues, ex.noFinding), `did not expect ${ex.noFinding}\n${where}`).toBe(false);
          if (ex.suggestion) expect(r.suggestions, where).toContain(ex.suggestion);
          if (ex.noSuggestions) expect(r.suggestions, where).toEqual([]);
        });
      }
    });
  }
});
