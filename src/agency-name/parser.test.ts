import { describe, expect, it } from 'vitest';
import { parseAgencyName } from './index.js';
import { expectParsed, isPlace } from './test-support/fixtures.js';

describe('parseAgencyName: without a gazetteer', () => {
  it('finds typed localities only', () => {
    expectParsed('Sở Nội vụ Bắc Giang', 'province-agency', { body: 'Sở Nội vụ Bắc Giang' }, null);
    expectParsed('Cục Thuế tỉnh Lai Châu', 'ministry-unit', { body: 'Cục Thuế', locality: 'tinh:Lai Châu' }, null);
  });

  it('takes a title-case name in parentheses as a place, and notes as notes', () => {
    expectParsed(
      'UBND huyện Tam Đường (Lai Châu)',
      'district',
      { unit: 'huyen:Tam Đường', locality: 'Lai Châu', hints: ['Lai Châu'] },
      null,
    );
    for (const note of ['(IOC)', '(Trang TTĐT)', '(Sở Du lịch)', '(Bộ Y tế, cũ)', '(nay Cục Thuế)', '(alias)', '(Cổng TTĐT)']) {
      const p = parseAgencyName(`Sở Y tế ${note}`);
      expect(p.hints, note).toEqual([]);
      expect(p.locality, note).toBeUndefined();
    }
  });

  it('asks the callback only about capitalised tails after the head', () => {
    const asked: string[] = [];
    parseAgencyName('Sở Nội vụ Bắc Giang', (n) => {
      asked.push(n);
      return false;
    });
    expect(asked).toEqual(['Nội vụ Bắc Giang', 'Bắc Giang', 'Giang']);
  });
});

describe('parseAgencyName: cost', () => {
  // Time is measured by the benchmark, not here; these show long input is parsed whole.
  it('parses long, repetitive input to a result', () => {
    // Each type word starts a locality that fails only at the final word.
    const a = parseAgencyName('Sở ' + 'tỉnh Lai Châu '.repeat(1000) + 'x', isPlace);
    expect(a.kind).toBe('province-agency');
    expect(a.text.startsWith('Sở tỉnh Lai Châu')).toBe(true);
    const b = parseAgencyName('Sở ' + 'Lai Châu tỉnh Xã Hội TP. - '.repeat(400) + 'x', isPlace);
    expect(b.kind).toBe('province-agency');
    const c = parseAgencyName('('.repeat(5000) + 'Lai Châu');
    expect(c.input.length).toBe(5008);
  });
});
