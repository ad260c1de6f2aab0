import { describe, expect, it } from 'vitest';
import '../src/history.js';
import { validate, type Verdict } from '../src/index.js';
import { readFixtureCsv } from './csv.js';

// Real names of Vietnamese state bodies (test/fixtures/domains.csv), judged as of
// 2020-06-25 with their Vietnamese name as the agency, and without one.
const rows = readFixtureCsv('domains.csv');
const VERDICTS: readonly Verdict[] = ['compliant', 'non-compliant', 'not-applicable', 'invalid'];

describe('the corpus of real agency domains', () => {
  it('has its rows', () => {
    expect(rows.length).toBeGreaterThan(190);
  });

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
    it(`finds ${domain} non-compliant, with a suggestion under ${province}`, () => {
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
