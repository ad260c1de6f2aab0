import { describe, expect, it } from 'vitest';
import '../src/history.js';
import { validate, type Verdict } from '../src/index.js';
import { judged } from './corpus-expected.js';
import { optionsOf, readRealSites } from './real-sites.js';

// Sites of state bodies as public lists name them (test/fixtures/real-sites.csv),
// each judged against the law on a date (test/fixtures/README.md). The holdout
// file is measured by scripts/corpus-rates.ts, never run here.
const rows = readRealSites('real-sites.csv');
const VERDICTS: readonly Verdict[] = ['compliant', 'non-compliant', 'not-applicable', 'invalid'];
const count = new Map<string, number>();
for (const r of rows) count.set(`${r.domain} ${r.asOf}`, (count.get(`${r.domain} ${r.asOf}`) ?? 0) + 1);

describe('real sites from public lists', () => {
  it('has at least 600 reviewed rows, each with its source and a citation', () => {
    expect(rows.length).toBeGreaterThanOrEqual(600);
    for (const r of rows) {
      expect(r.source, r.domain).toMatch(/^github:/);
      expect(r.why, r.domain).toMatch(/Decree|Circular|RULES/);
      expect(VERDICTS).toContain(r.expected.verdict);
      expect(['ok', 'known-failure']).toContain(r.status);
    }
  });

  // A known failure is a row where today's engine is wrong: `it.fails` turns red
  // the day it is met, so that the row is promoted to `ok`.
  for (const r of rows) {
    const twice = (count.get(`${r.domain} ${r.asOf}`) ?? 0) > 1;
    const name = `${r.domain} as of ${r.asOf}${twice ? ` (${r.agency})` : ''}: ${r.expected.verdict}, ${r.expected.kind || 'no kind'}`;
    const check = (): void => {
      expect(judged(validate(r.domain, optionsOf(r))), r.why).toEqual(r.expected);
    };
    if (r.status === 'ok') it(name, check);
    else it.fails(`${name} (known failure)`, check);
  }
});
