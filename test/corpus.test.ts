import { describe, expect, it } from 'vitest';
import '../src/history.js';
import { validate, type Verdict } from '../src/index.js';
import { judged, readCorpus } from './corpus-expected.js';

// Real names of Vietnamese state bodies (test/fixtures/domains.csv), each judged
// against the law on a date that fits it (test/fixtures/domains-expected.csv).
const { rows, expectations } = readCorpus();
const VERDICTS: readonly Verdict[] = ['compliant', 'non-compliant', 'not-applicable', 'invalid'];
const twice = new Set(expectations.filter((e, i) => expectations.findIndex((f) => f.domain === e.domain) !== i).map((e) => e.domain));

describe('the corpus of real agency domains', () => {
  it('has its rows, each with at least one reviewed expectation citing the law', () => {
    expect(rows.length).toBeGreaterThan(190);
    for (const row of rows) {
      const mine = expectations.filter((e) => e.domain === row.domain && e.agency === row.entity_name_vi);
      expect(mine.length, row.domain).toBeGreaterThan(0);
      expect(new Set(mine.map((e) => e.asOf)).size, row.domain).toBe(mine.length);
    }
    for (const e of expectations) {
      expect(e.why, e.domain).toMatch(/Decree|Circular|Decision|RULES/);
      expect(VERDICTS).toContain(e.expected.verdict);
    }
  });

  // A known failure is an expectation the engine does not meet yet: `it.fails`
  // turns red the day it is met, so that its row is promoted to `ok`.
  for (const e of expectations) {
    const name = `${e.domain}${twice.has(e.domain) ? ` as of ${e.asOf}` : ''}: ${e.expected.verdict}, ${e.expected.kind || 'no kind'}`;
    const check = (): void => {
      const r = validate(e.domain, { asOf: e.asOf, agency: e.agency, province: e.province });
      expect(judged(r), e.why).toEqual(e.expected);
    };
    if (e.status === 'ok') it(name, check);
    else it.fails(`${name} (known failure)`, check);
  }

  for (const date of ['2020-06-25', '2025-09-01', '2026-11-28']) {
    it(`gives every row one well-formed result as of ${date}, with and without its agency`, () => {
      for (const row of rows) {
        for (const options of [{ asOf: date }, { asOf: date, agency: row.entity_name_vi, province: row.province || undefined }]) {
          const r = validate(row.domain!, options);
          expect(VERDICTS).toContain(r.verdict);
          expect(r.hostname).toBe(row.domain);
          for (const i of r.issues) expect(i.message.length).toBeGreaterThan(0);
          // Nothing in the corpus is malformed.
          expect(r.verdict).not.toBe('invalid');
        }
      }
    });
  }

  const asOf = '2020-06-25';
  const broken: Array<[string, string]> = [
    ['huyentanuyen.gov.vn', 'laichau.gov.vn'],
    ['dost-dongnai.gov.vn', 'dongnai.gov.vn'],
    ['prtc.ninhthuan.gov.vn', 'ninhthuan.gov.vn'],
  ];
  for (const [domain, province] of broken) {
    it(`finds ${domain} non-compliant, with suggestions under ${province} that are compliant`, () => {
      const row = rows.find((r) => r.domain === domain)!;
      const r = validate(domain, { asOf, agency: row.entity_name_vi });
      expect(r.verdict).toBe('non-compliant');
      expect(r.suggestions.length).toBeGreaterThan(0);
      expect(r.suggestions[0]!.endsWith(`.${province}`)).toBe(true);
      for (const s of r.suggestions) expect(validate(s, { asOf, agency: row.entity_name_vi }).verdict).toBe('compliant');
    });
  }

  it('judges every province portal compliant on a date its province existed', () => {
    const provinces = rows.filter((r) => r.entity_type === 'province' && !r.entity_name_vi!.includes('alias'));
    for (const row of provinces) {
      const date = row.domain === 'hue.gov.vn' ? '2025-03-01' : '2020-06-25';
      const r = validate(row.domain!, { asOf: date, agency: row.entity_name_vi });
      expect(r.verdict, row.domain).toBe('compliant');
      expect(r.entity?.kind, row.domain).toBe('province');
    }
  });

  it('judges the provinces merged away on 2025-07-01 with their successor', () => {
    const r = validate('hagiang.gov.vn', { asOf: '2025-09-01', lang: 'en' });
    expect(r.verdict).toBe('non-compliant');
    expect(r.issues.map((i) => i.messageId)).toContain('province-merged');
    expect(r.suggestions).toEqual(['tuyenquang.gov.vn']);
  });
});
