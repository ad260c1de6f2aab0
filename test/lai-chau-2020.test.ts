import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { readFixtureCsv } from './csv.js';

// The acceptance example: the table of section 1.3 of Lai Châu's inspection
// conclusion of 2020-06-25, judged as of that day in the province's context.
const rows = readFixtureCsv('lai-chau-inspection-2020.csv');
const asOf = '2020-06-25';

describe('the 2020 Lai Châu inspection', () => {
  it('has its nine rows', () => {
    expect(rows).toHaveLength(9);
  });

  for (const row of rows) {
    it(`row ${row.stt}: ${row.agency} — ${row.domain} is ${row.expected_verdict}`, () => {
      const r = validate(row.domain!, { agency: row.agency, province: 'Lai Châu', asOf, lang: 'en' });
      expect(r.verdict).toBe(row.expected_verdict);
    });
  }

  it('finds 8 of 9 compliant, as the inspection did', () => {
    const compliant = rows.filter(
      (row) => validate(row.domain!, { agency: row.agency, province: 'Lai Châu', asOf }).verdict === 'compliant',
    );
    expect(compliant).toHaveLength(8);
  });

  it('says why huyentanuyen.gov.vn is wrong, citing Decree 43/2011 Art. 6(1)(c), and what is right', () => {
    const r = validate('http://huyentanuyen.gov.vn', { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', asOf, lang: 'en' });
    expect(r.hostname).toBe('huyentanuyen.gov.vn');
    expect(r.entity).toMatchObject({ kind: 'district', source: 'agency', province: { code: '12', label: 'laichau' } });
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    const national = errors.filter((i) => i.ruleId === 'district-domain');
    expect(national.map((i) => i.messageId)).toContain('wrong-level');
    for (const i of national) {
      expect(i.citation).toEqual({ instrument: 'Decree 43/2011/ND-CP', article: 'Art. 6(1)(c)' });
    }
    // The province's own decision adds its finding beside the national rule's.
    expect(errors.map((i) => i.ruleId)).toContain('laichau-decision-20-2016');
    expect(r.suggestions[0]).toBe('tanuyen.laichau.gov.vn');
  });

  it('reads the district from the name alone too', () => {
    const r = validate('huyentanuyen.gov.vn', { asOf, province: 'Lai Châu' });
    expect(r.verdict).toBe('non-compliant');
    expect(r.entity).toMatchObject({ kind: 'district', source: 'domain' });
    expect(r.suggestions).toContain('tanuyen.laichau.gov.vn');
  });

  it('judges the school on edu.vn not-applicable without its agency, compliant with it', () => {
    const url = 'http://chuyenlequydonlaichau.edu.vn';
    expect(validate(url, { asOf }).verdict).toBe('not-applicable');
    expect(validate(url, { asOf, agency: 'Trường chuyên Lê quý đôn', province: 'Lai Châu' }).verdict).toBe('compliant');
  });

  it('gives every compliant district the province\u2019s licensing note', () => {
    const r = validate('http://muongte.laichau.gov.vn', { agency: 'UBND huyện Mường Tè', province: 'Lai Châu', asOf });
    expect(r.issues.some((i) => i.ruleId === 'laichau-decision-20-2016' && i.messageId === 'licensing' && i.severity === 'info')).toBe(true);
  });
});
