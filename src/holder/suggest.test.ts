import { describe, expect, it } from 'vitest';
import '../history.js';
import { suggest, validate } from '../index.js';
import { PROVINCIAL_BODIES } from '../agency-name/vocabulary.js';

describe('suggestions are unique among a province\u2019s bodies', () => {
  it.each([
    ['tỉnh Lai Châu', '2020-06-25'],
    ['thành phố Đà Nẵng', '2024-01-01'],
    ['tỉnh Bắc Giang', '2025-04-23'],
    ['tỉnh Lai Châu', '2026-08-01'],
  ])('no two bodies of %s get the same first suggestion on %s', (province, asOf) => {
    const firsts = PROVINCIAL_BODIES.map((b) => suggest(`${b} ${province}`, { asOf })[0]).filter((s) => s !== undefined);
    expect(firsts.length).toBeGreaterThan(PROVINCIAL_BODIES.length - 3);
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it('never offers another body\u2019s known name: Sở Ngoại vụ is not given Sở Nội vụ\u2019s snv', () => {
    expect(suggest('Sở Nội vụ tỉnh Lai Châu', { asOf: '2020-06-25' })[0]).toBe('snv.laichau.gov.vn');
    const ngoaiVu = suggest('Sở Ngoại vụ tỉnh Lai Châu', { asOf: '2020-06-25' });
    expect(ngoaiVu[0]).toBe('sngv.laichau.gov.vn');
    expect(ngoaiVu).not.toContain('snv.laichau.gov.vn');
  });

  it('each suggestion is judged compliant for its body', () => {
    for (const body of PROVINCIAL_BODIES) {
      const agency = `${body} tỉnh Lai Châu`;
      const first = suggest(agency, { asOf: '2020-06-25' })[0];
      if (first) expect(validate(first, { agency, asOf: '2020-06-25' }).verdict).toBe('compliant');
    }
  });

  it('the English abbreviation in use for foreign affairs is recognised (fad, dofa)', () => {
    for (const name of ['fad.danang.gov.vn', 'dofa.danang.gov.vn']) {
      const r = validate(name, { agency: 'Sở Ngoại vụ', province: 'Đà Nẵng', asOf: '2024-01-01' });
      expect(r.verdict).toBe('compliant');
      expect(r.issues.some((i) => i.severity === 'warning')).toBe(false);
    }
  });
});
