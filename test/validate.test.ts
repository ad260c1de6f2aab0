import { describe, expect, it } from 'vitest';
import { GovvnOptionError, todayInVietnam, validate, type Result } from '../src/index.js';

function expectContract(r: Result, input: string) {
  expect(r.input).toBe(input);
  expect(r.hostname === null || typeof r.hostname === 'string').toBe(true);
  expect(['compliant', 'non-compliant', 'not-applicable', 'invalid']).toContain(r.verdict);
  expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Array.isArray(r.issues)).toBe(true);
  for (const i of r.issues) {
    expect(typeof i.ruleId).toBe('string');
    expect(typeof i.messageId).toBe('string');
    expect(['error', 'warning', 'info']).toContain(i.severity);
    expect(i.message).not.toMatch(/\{\w+\}/); // every placeholder filled
    if (i.ruleId !== 'input-form' && i.ruleId !== 'unknown-holder') expect(i.citation).toBeDefined();
  }
  expect(Array.isArray(r.suggestions)).toBe(true);
}

describe('validate', () => {
  it('defaults to today in Asia/Ho_Chi_Minh and to Vietnamese', () => {
    const r = validate('laichau.gov.vn');
    expect(r.asOf).toBe(todayInVietnam());
    expect(validate('laichau', { asOf: '2020-06-25' }).issues[0]?.message).toBeUndefined();
    const vi = validate('a..b', { asOf: '2020-06-25' });
    expect(vi.issues.find((i) => i.severity === 'error')!.message).toMatch(/rỗng/);
  });

  it('counts today from UTC+7: 17:00 UTC is already the next day in Hà Nội', () => {
    expect(todayInVietnam(Date.UTC(2025, 5, 30, 17, 0))).toBe('2025-07-01');
    expect(todayInVietnam(Date.UTC(2025, 5, 30, 16, 59))).toBe('2025-06-30');
  });

  it('works today out once a day, yet never keeps a day past its last millisecond', () => {
    const midnight = Date.UTC(2025, 5, 30, 17, 0); // 2025-07-01 00:00 in Hà Nội
    const seen = [midnight - 1, midnight, midnight - 1, midnight + 86_400_000 - 1, midnight + 86_400_000, midnight - 86_400_000 - 1].map((t) => todayInVietnam(t));
    expect(seen).toEqual(['2025-06-30', '2025-07-01', '2025-06-30', '2025-07-01', '2025-07-02', '2025-06-29']);
    expect(() => todayInVietnam(Number.NaN)).toThrow(RangeError);
  });

  it.each([
    [{ asOf: '2011-09-30' }, /before 2011-10-01/],
    [{ asOf: '2020-02-30' }, /real calendar date/],
    [{ asOf: '20200625' }, /YYYY-MM-DD/],
    [{ lang: 'fr' as 'vi' }, /lang/],
    [{ kind: 'bank' as 'other' }, /kind must be one of/],
    [{ agency: 42 as unknown as string }, /agency must be a string/],
  ])('throws GovvnOptionError for the option %j', (options, words) => {
    expect(() => validate('laichau.gov.vn', options)).toThrow(GovvnOptionError);
    expect(() => validate('laichau.gov.vn', options)).toThrow(words);
  });

  // Titles stay short: a test name holding the 100,000-character input would reach
  // every tool that filters tests by name.
  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['a URL without a host', 'http://'],
    ['control characters', '\u0000\u0001'],
    ['a lone surrogate', '\uD800.gov.vn'],
    ['100,000 characters', 'a'.repeat(100_000)],
    ['userinfo', 'http://laichau.gov.vn@evil.com/'],
    ['more labels after the name', 'laichau.gov.vn.evil.com'],
    ['an IPv6 literal', '[::1]'],
    ['a short hex IPv4', '0x7f.1'],
  ])('never throws, and returns a well-formed result, for %s', (_label, input) => {
    const r = validate(input, { asOf: '2020-06-25', agency: 'UBND tỉnh Lai Châu' });
    expectContract(r, input);
    expect(r.verdict).not.toBe('compliant');
  });

  it('treats a non-string input as no name rather than throwing', () => {
    for (const x of [null, undefined, 42, {}, [], Symbol('x')]) {
      const r = validate(x as unknown as string, { asOf: '2020-06-25' });
      expect(['invalid', 'not-applicable']).toContain(r.verdict);
    }
  });

  it('judges the host a browser visits, never the text that looks like one', () => {
    expect(validate('http://laichau.gov.vn@evil.com/', { asOf: '2020-06-25' }).hostname).toBe('evil.com');
    expect(validate('laichau.gov.vn.evil.com', { asOf: '2020-06-25', agency: 'UBND tỉnh Lai Châu' }).verdict).toBe('non-compliant');
    const canonical = validate('HTTPS://LAICHAU.GOV.VN./gioi-thieu', { asOf: '2020-06-25', agency: 'UBND tỉnh Lai Châu' });
    expect(canonical.hostname).toBe('laichau.gov.vn');
    expect(canonical.verdict).toBe('compliant');
    expect(canonical.issues.every((i) => i.severity === 'info')).toBe(true);
  });

  it('keeps www in the hostname and does not count it as a level', () => {
    const r = validate('www.laichau.gov.vn', { asOf: '2020-06-25', agency: 'UBND tỉnh Lai Châu' });
    expect(r.hostname).toBe('www.laichau.gov.vn');
    expect(r.verdict).toBe('compliant');
  });

  it('says a name outside gov.vn with no agency is not the law\u2019s business', () => {
    const r = validate('example.com', { asOf: '2020-06-25' });
    expect(r.verdict).toBe('not-applicable');
    expect(r.entity).toBeNull();
  });

  it('warns on an unknown level-3 gov.vn name, and reads a district written wrongly', () => {
    const unknown = validate('abcxyz.gov.vn', { asOf: '2020-06-25', lang: 'en' });
    expect(unknown.verdict).toBe('compliant');
    expect(unknown.issues.map((i) => i.messageId)).toContain('unknown-level-3');
    // Without govvn/history only today's communes are known: judge it on a date after 2025-07-01.
    const wrong = validate('xatalenglaichau.gov.vn', { asOf: '2026-11-28' });
    expect(wrong.verdict).toBe('non-compliant');
    expect(wrong.suggestions).toEqual(['taleng.laichau.gov.vn']);
  });

  it('renders the same finding in both languages from one message id', () => {
    const en = validate('huyentanuyen.gov.vn', { asOf: '2020-06-25', lang: 'en' });
    const vi = validate('huyentanuyen.gov.vn', { asOf: '2020-06-25', lang: 'vi' });
    expect(en.issues.map((i) => i.messageId)).toEqual(vi.issues.map((i) => i.messageId));
    expect(en.issues[0]!.citation).toEqual({ instrument: 'Decree 43/2011/ND-CP', article: 'Art. 6(1)(c)' });
    expect(vi.issues[0]!.citation).toEqual({ instrument: 'Nghị định 43/2011/NĐ-CP', article: 'Điều 6 khoản 1 điểm c' });
  });
});

describe('rule settings and waivers (how a CI pipeline tunes the check)', () => {
  const base = { asOf: '2020-06-25', agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', lang: 'en' as const };

  it('turns a rule off, or down to a warning', () => {
    const off = validate('huyentanuyen.gov.vn', { ...base, rules: { 'district-domain': 'off', 'laichau-decision-20-2016': 'off' } });
    expect(off.issues.some((i) => i.ruleId === 'district-domain')).toBe(false);
    expect(off.verdict).toBe('compliant');
    const warn = validate('huyentanuyen.gov.vn', { ...base, rules: { 'district-domain': 'warning' } });
    expect(warn.issues.filter((i) => i.ruleId === 'district-domain').every((i) => i.severity === 'warning')).toBe(true);
    expect(warn.verdict).toBe('non-compliant'); // the province's own rule still says no
  });

  it('refuses an unknown rule id or setting', () => {
    // @ts-expect-error a misspelt rule id is a type error, and at run time an option error
    expect(() => validate('x.gov.vn', { rules: { 'no-such-rule': 'off' } })).toThrow(/unknown rule id/);
    expect(() => validate('x.gov.vn', { rules: { 'district-domain': 'loud' as 'off' } })).toThrow(/off, warning, error/);
  });

  it('reports a waived finding as waived, and it no longer fails the name', () => {
    const waivers = [
      { domain: 'huyentanuyen.gov.vn', rule: 'district-domain', reason: 'moving in 2021', until: '2021-12-31' },
      { domain: 'huyentanuyen.gov.vn', rule: 'laichau-decision-20-2016', reason: 'moving in 2021', until: '2021-12-31' },
    ] as const;
    const r = validate('huyentanuyen.gov.vn', { ...base, waivers, today: '2021-06-01' });
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((i) => i.waived?.reason === 'moving in 2021')).toBe(true);
    expect(r.verdict).toBe('compliant');
  });

  it('stops applying a waiver after its day, and says so', () => {
    const waivers = [{ domain: 'huyentanuyen.gov.vn', rule: 'district-domain', reason: 'moving', until: '2021-12-31' }] as const;
    const r = validate('huyentanuyen.gov.vn', { ...base, waivers, today: '2022-01-01' });
    expect(r.verdict).toBe('non-compliant');
    expect(r.issues.some((i) => i.waived)).toBe(false);
    const expired = r.issues.find((i) => i.ruleId === 'waiver');
    expect(expired).toMatchObject({ messageId: 'expired', severity: 'warning' });
    expect(expired!.message).toContain('2021-12-31');
  });
});

describe('what the engine says of its own inputs', () => {
  it('warns when the province given is not one it knows, instead of ignoring it silently', () => {
    const r = validate('tanuyen.laichau.gov.vn', { asOf: '2020-06-25', province: 'Không Có', lang: 'en' });
    expect(r.issues.find((i) => i.messageId === 'province-not-found')).toMatchObject({ severity: 'warning', data: { name: 'Không Có' } });
    expect(validate('tanuyen.laichau.gov.vn', { asOf: '2020-06-25', province: 'Lai Châu' }).issues.some((i) => i.messageId === 'province-not-found')).toBe(false);
  });

  it('still suggests the fix for a waived error, and never waives a note', () => {
    const waivers = [
      { domain: 'huyentanuyen.gov.vn', rule: 'district-domain', reason: 'moving', until: '2030-12-31' },
      { domain: 'huyentanuyen.gov.vn', rule: 'laichau-decision-20-2016', reason: 'moving', until: '2030-12-31' },
    ] as const;
    const r = validate('huyentanuyen.gov.vn', { asOf: '2020-06-25', agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', waivers, today: '2021-01-01' });
    expect(r.verdict).toBe('compliant');
    expect(r.suggestions).toEqual(['tanuyen.laichau.gov.vn']);
    expect(r.issues.filter((i) => i.severity === 'info').every((i) => !i.waived)).toBe(true);
  });
});
