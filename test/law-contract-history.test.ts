/** The contract items that need the communes before 2025-07-01 (govvn/history). */
import { describe, expect, it } from 'vitest';
import '../src/history.js';
import { validate } from '../src/index.js';

describe('a commune before 2025 never takes its district\u2019s name (item 14)', () => {
  const o = { agency: 'UBND thị trấn Tân Uyên', province: 'Lai Châu', asOf: '2020-06-25' };

  it('the district\u2019s level-4 name is an error for the town; under its district it is accepted', () => {
    const r = validate('tanuyen.laichau.gov.vn', o);
    expect(r.verdict).toBe('non-compliant');
    expect(r.issues.map((i) => i.messageId)).toContain('district-name');
    expect(r.suggestions).not.toContain('tanuyen.laichau.gov.vn');
    for (const s of r.suggestions) expect(validate(s, o).verdict).toBe('compliant');
    expect(validate('tanuyen.tanuyen.laichau.gov.vn', o).verdict).toBe('compliant');
  });

  it('the district itself keeps it', () => {
    expect(validate('tanuyen.laichau.gov.vn', { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', asOf: '2020-06-25' }).verdict).toBe('compliant');
  });
});

describe('no result says a name is accepted and wrong at once (item 16)', () => {
  it('a commune under another province in 2021: an error, and no "accepted" note', () => {
    const r = validate('taleng.dienbien.gov.vn', { agency: 'UBND xã Tà Lèng', province: 'Lai Châu', asOf: '2021-03-01' });
    expect(r.verdict).toBe('non-compliant');
    expect(r.issues.map((i) => i.messageId)).not.toContain('no-national-format');
  });
});
