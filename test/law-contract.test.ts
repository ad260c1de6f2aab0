/**
 * The result contract of issue 11, each item asserting the verdict. This file
 * does not load govvn/history: a missing history must never yield an existence
 * error (item 11). test/law-contract-history.test.ts holds the items that need it.
 */
import { describe, expect, it } from 'vitest';
import { checkOptions, GovvnOptionError, ruleInfo, rulesInForce, suggest, validate } from '../src/index.js';

describe('the bare zone (item 10)', () => {
  for (const name of ['gov.vn', 'www.gov.vn', 'edu.vn', 'https://www.gov.vn/']) {
    it(`${name} is not compliant`, () => {
      const r = validate(name, { asOf: '2026-08-01' });
      expect(r.verdict).toBe('non-compliant');
      expect(r.issues.map((i) => `${i.ruleId}/${i.messageId}`)).toContain('unknown-holder/zone-itself');
    });
  }
});

describe('without govvn/history (item 11)', () => {
  it('a pre-2025 commune is never non-compliant for not existing; the note says its existence was not checked', () => {
    const r = validate('taleng.laichau.gov.vn', { agency: 'UBND xã Tả Lèng', province: 'Lai Châu', asOf: '2020-06-25' });
    expect(r.verdict).toBe('compliant');
    expect(r.issues.some((i) => i.ruleId === 'unit-validity')).toBe(false);
    expect(r.issues.map((i) => i.messageId)).toContain('history-not-loaded');
  });
});

describe('Party bodies, the Front and mass organisations, service units (items 5, 7)', () => {
  it('a Party body on another .vn name is compliant; outside .vn an error; on gov.vn an error with no gov.vn suggestion', () => {
    const o = { agency: 'Tỉnh ủy Lai Châu', asOf: '2020-06-25', lang: 'en' as const };
    expect(validate('laichau.dcs.vn', o).verdict).toBe('compliant');
    expect(validate('tinhuylaichau.com', o).verdict).toBe('non-compliant');
    const gov = validate('tinhuy.laichau.gov.vn', o);
    expect(gov.verdict).toBe('non-compliant');
    expect(gov.suggestions.filter((s) => s.endsWith('.gov.vn'))).toEqual([]);
    expect(gov.issues.find((i) => i.ruleId === 'gov-vn-eligibility')?.message).toContain('usually');
  });

  for (const agency of ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu', 'Liên đoàn Lao động tỉnh Lai Châu', 'Tỉnh Đoàn Lai Châu', 'Hội Liên hiệp Phụ nữ tỉnh Lai Châu', 'Hội Nông dân tỉnh Lai Châu', 'Hội Cựu chiến binh tỉnh Lai Châu', 'Ủy ban MTTQ Việt Nam tỉnh Lai Châu', 'LĐLĐ tỉnh Lai Châu', 'Hội LHPN tỉnh Lai Châu']) {
    it(`${agency}: an error on gov.vn with no suggestion, not-applicable elsewhere`, () => {
      const gov = validate('abc.laichau.gov.vn', { agency, asOf: '2020-06-25' });
      expect(gov.verdict).toBe('non-compliant');
      expect(gov.issues.map((i) => i.messageId)).toContain('organisation-on-gov-vn');
      expect(gov.suggestions).toEqual([]);
      expect(validate('abc-laichau.org.vn', { agency, asOf: '2020-06-25' }).verdict).toBe('not-applicable');
    });
  }

  it('a public-service unit on its own .vn name is compliant with a note; outside .vn an error', () => {
    const o = { agency: 'Bệnh viện Đa khoa tỉnh Lai Châu', asOf: '2020-06-25' };
    const r = validate('bvdklaichau.vn', o);
    expect(r.verdict).toBe('compliant');
    expect(r.issues.map((i) => `${i.severity}:${i.messageId}`)).toEqual(['info:service-unit-own-name']);
    expect(validate('bvdklaichau.com', o).verdict).toBe('non-compliant');
    expect(validate('bvdk.laichau.gov.vn', o).verdict).toBe('compliant');
  });
});

describe('double hyphens under .vn (item 8)', () => {
  it('anywhere in a label, with or without an agency; xn-- aside', () => {
    expect(validate('syt--lc.laichau.gov.vn', { asOf: '2020-06-25' }).verdict).toBe('non-compliant');
    expect(validate('syt-a--b.laichau.gov.vn', { agency: 'Sở Y tế tỉnh Lai Châu', asOf: '2020-06-25' }).verdict).toBe('non-compliant');
    expect(validate('abc--d.vn', { asOf: '2020-06-25' }).issues.map((i) => i.messageId)).toContain('double-hyphen');
    expect(validate('abc--d.com', { asOf: '2020-06-25' }).issues.map((i) => i.messageId)).not.toContain('double-hyphen');
    expect(validate('xn--lichau-ita.gov.vn', { asOf: '2020-06-25' }).issues.map((i) => i.messageId)).not.toContain('double-hyphen');
  });
});

describe('suggestions for a unit that no longer exists (item 12)', () => {
  it('Bộ Thông tin và Truyền thông on 2026-08-01: its successor\u2019s names, compliant for the successor', () => {
    const r = validate('mic.gov.vn', { agency: 'Bộ Thông tin và Truyền thông', asOf: '2026-08-01' });
    expect(r.verdict).toBe('non-compliant');
    expect(r.suggestions.length).toBeGreaterThan(0);
    for (const s of r.suggestions) expect(validate(s, { agency: 'Bộ Khoa học và Công nghệ', asOf: '2026-08-01' }).verdict).toBe('compliant');
  });

  it('UBND tỉnh Bắc Giang on bacninh.gov.vn: never its own name', () => {
    const r = validate('bacninh.gov.vn', { agency: 'UBND tỉnh Bắc Giang', asOf: '2026-08-01' });
    expect(r.verdict).toBe('non-compliant');
    expect(r.suggestions).not.toContain('bacninh.gov.vn');
    const other = validate('bacgiang.gov.vn', { agency: 'UBND tỉnh Bắc Giang', asOf: '2026-08-01' });
    expect(other.suggestions).toEqual(['bacninh.gov.vn']);
    expect(validate('bacninh.gov.vn', { agency: 'UBND tỉnh Bắc Ninh', asOf: '2026-08-01' }).verdict).toBe('compliant');
  });
});

describe('a kind and a province without an agency (item 13)', () => {
  it('is judged like an agency of that kind and province', () => {
    const o = { kind: 'province' as const, province: 'Lai Châu', asOf: '2026-08-01' };
    const r = validate('x.y.gov.vn', o);
    expect(r.verdict).toBe('non-compliant');
    expect(r.entity?.province?.label).toBe('laichau');
    expect(r.suggestions).toEqual(['laichau.gov.vn']);
    expect(validate('laichau.gov.vn', o).verdict).toBe('compliant');
    expect(validate('dienbien.gov.vn', o).verdict).toBe('non-compliant');
    expect(suggest('', { kind: 'province', province: 'Lai Châu', asOf: '2026-08-01' })).toEqual(['laichau.gov.vn']);
    expect(validate('stttt.dienbien.gov.vn', { kind: 'province-agency', province: 'Lai Châu', asOf: '2020-06-25' }).verdict).toBe('non-compliant');
  });
});

describe('dates checked as validate checks them (item 15)', () => {
  for (const bad of ['2020-02-30', 'foo', '2011-09-30', '2020-1-01']) {
    it(`${bad} is refused by checkOptions, rulesInForce and ruleInfo`, () => {
      expect(() => checkOptions({ asOf: bad })).toThrow(GovvnOptionError);
      expect(() => rulesInForce(bad)).toThrow(GovvnOptionError);
      expect(() => ruleInfo('vn-domain', bad)).toThrow(GovvnOptionError);
      expect(() => validate('laichau.gov.vn', { asOf: bad })).toThrow(GovvnOptionError);
    });
  }
  it('a good date passes, and a bad language is refused', () => {
    expect(() => checkOptions({ asOf: '2020-02-29' })).not.toThrow();
    expect(rulesInForce('2020-02-29').length).toBeGreaterThan(5);
    expect(() => rulesInForce('2020-02-29', 'fr' as never)).toThrow(GovvnOptionError);
  });
});

describe('one notion of level (item 16)', () => {
  it('a ministry rule reports the real level, as the province rule does', () => {
    const m = validate('dichvucong.x.mof.gov.vn', { agency: 'Bộ Tài chính', asOf: '2020-06-25' });
    expect(m.issues.find((i) => i.messageId === 'wrong-level')?.data).toMatchObject({ got: 5 });
    const p = validate('dichvucong.x.laichau.gov.vn', { agency: 'UBND tỉnh Lai Châu', asOf: '2020-06-25' });
    expect(p.issues.find((i) => i.messageId === 'wrong-level')?.data).toMatchObject({ got: 5 });
  });
});
