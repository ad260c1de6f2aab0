import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { GovvnOptionError, validate } from '../src/index.js';
import type { Result } from '../src/result.js';
import { domainSchema, registrationSchema, resultSchema, type GovvnIssueParams } from '../src/zod.js';

const LC = { province: 'Lai Châu' };
const NOW = '2026-11-28';

function errors(r: Result): string[] {
  return r.issues.filter((i) => i.severity === 'error' && !i.waived).map((i) => i.message);
}

function issuesOf(p: z.ZodSafeParseResult<unknown>): z.core.$ZodIssue[] {
  expect(p.success).toBe(false);
  return p.error?.issues ?? [];
}

describe('domainSchema', () => {
  it('outputs the normalised hostname of a compliant name or URL', () => {
    const s = domainSchema({ asOf: NOW, lang: 'en' });
    expect(s.parse('laichau.gov.vn')).toBe('laichau.gov.vn');
    expect(s.parse('https://user@LaiChau.gov.vn.:8080/tin-tuc?x=1')).toBe('laichau.gov.vn');
    expect(s.parse('www.laichau.gov.vn')).toBe('www.laichau.gov.vn');
  });

  it('fails with one issue per error-level finding, in the chosen language, with params', () => {
    const opts = { agency: 'UBND xã Tân Uyên', ...LC, asOf: NOW };
    for (const lang of ['vi', 'en'] as const) {
      const r = validate('xatanuyen.gov.vn', { ...opts, lang });
      const issues = issuesOf(domainSchema({ ...opts, lang }).safeParse('xatanuyen.gov.vn'));
      expect(issues.map((i) => i.message)).toEqual(errors(r));
      expect(issues).toHaveLength(2);
      for (const [n, i] of issues.entries()) {
        expect(i.code).toBe('custom');
        expect(i.path).toEqual([]);
        const params = (i as z.core.$ZodIssueCustom).params as GovvnIssueParams;
        const finding = r.issues.filter((x) => x.severity === 'error')[n]!;
        expect(params).toEqual({
          ruleId: 'commune-domain',
          messageId: finding.messageId,
          citation: finding.citation,
          suggestions: ['tanuyen.laichau.gov.vn'],
          verdict: 'non-compliant',
          hostname: 'xatanuyen.gov.vn',
        });
      }
    }
  });

  it('lets warnings and notes through: only errors fail a name', () => {
    const opts = { agency: 'Sở Tài chính tỉnh Lai Châu', asOf: NOW };
    const r = validate('abc.laichau.gov.vn', opts);
    expect(r.issues.some((i) => i.severity === 'warning')).toBe(true);
    expect(domainSchema(opts).parse('abc.laichau.gov.vn')).toBe('abc.laichau.gov.vn');
  });

  it('fails an invalid name with the syntax finding', () => {
    const s = domainSchema({ asOf: NOW, lang: 'en' });
    expect(issuesOf(s.safeParse('')).map((i) => i.message)).toEqual(['The input is empty: there is no name to judge.']);
    expect(issuesOf(s.safeParse('http://')).map((i) => (i as z.core.$ZodIssueCustom).params?.['messageId'])).toEqual(['no-host']);
    const ip = issuesOf(s.safeParse('127.0.0.1'));
    expect((ip[0] as z.core.$ZodIssueCustom).params).toMatchObject({ ruleId: 'hostname-syntax', messageId: 'ip-address', verdict: 'invalid' });
  });

  it('still fails an invalid name whose syntax rule a policy turned off', () => {
    const s = domainSchema({ asOf: NOW, lang: 'en', rules: { 'hostname-syntax': 'off' } });
    const issues = issuesOf(s.safeParse('a..b.gov.vn'));
    expect(issues.map((i) => i.message)).toEqual(['"a..b.gov.vn" is not a valid domain name.']);
    expect((issues[0] as z.core.$ZodIssueCustom).params).toMatchObject({ ruleId: 'verdict', messageId: 'invalid', citation: null });
  });

  it('refuses a name outside the law\u2019s reach unless allowNotApplicable', () => {
    expect(validate('example.com', { asOf: NOW }).verdict).toBe('not-applicable');
    const vi = issuesOf(domainSchema({ asOf: NOW }).safeParse('example.com'));
    expect(vi).toHaveLength(1);
    expect(vi[0]!.message).toMatch(/^example\.com nằm ngoài \.gov\.vn/);
    expect((vi[0] as z.core.$ZodIssueCustom).params).toMatchObject({ ruleId: 'verdict', messageId: 'not-applicable', verdict: 'not-applicable' });
    const en = issuesOf(domainSchema({ asOf: NOW, lang: 'en' }).safeParse('https://Example.com/'));
    expect(en[0]!.message).toMatch(/^example\.com is outside \.gov\.vn/);
    expect(domainSchema({ asOf: NOW, allowNotApplicable: true }).parse('https://Example.com/')).toBe('example.com');
  });

  it('does not let a waived error fail the name', () => {
    const opts = { agency: 'UBND xã Tân Uyên', ...LC, asOf: NOW, today: NOW };
    const waivers = [{ domain: 'xatanuyen.gov.vn', rule: 'commune-domain', reason: 'moving in 2027', until: '2027-06-30' }] as const;
    expect(domainSchema({ ...opts, waivers }).parse('xatanuyen.gov.vn')).toBe('xatanuyen.gov.vn');
  });

  it('judges by the kind given', () => {
    const issues = issuesOf(domainSchema({ asOf: NOW, kind: 'party-body', lang: 'en' }).safeParse('laichau.gov.vn'));
    expect((issues[0] as z.core.$ZodIssueCustom).params).toMatchObject({ ruleId: 'gov-vn-eligibility', messageId: 'party-body-on-gov-vn' });
  });

  it('throws GovvnOptionError where the schema is built, for a wrong option', () => {
    expect(() => domainSchema({ asOf: '2026-13-01' })).toThrow(GovvnOptionError);
    expect(() => domainSchema({ asOf: '2010-01-01' })).toThrow(GovvnOptionError);
    expect(() => domainSchema({ lang: 'fr' as 'en' })).toThrow(GovvnOptionError);
    // @ts-expect-error a misspelt rule id is a type error, and at run time an option error
    expect(() => registrationSchema({ rules: { 'no-such-rule': 'off' } })).toThrow(GovvnOptionError);
  });

  it('rejects a value that is not a string with zod\u2019s own type issue', () => {
    const issues = issuesOf(domainSchema({ asOf: NOW }).safeParse(42));
    expect(issues[0]!.code).toBe('invalid_type');
  });

  it('nests in an object: the issues carry the field\u2019s path', () => {
    const form = z.object({ site: domainSchema({ asOf: NOW, agency: 'UBND xã Tân Uyên', ...LC }) });
    const issues = issuesOf(form.safeParse({ site: 'xatanuyen.gov.vn' }));
    expect(issues.map((i) => i.path)).toEqual([['site'], ['site']]);
    expect(form.parse({ site: 'TanUyen.LaiChau.gov.vn' })).toEqual({ site: 'tanuyen.laichau.gov.vn' });
  });

  it('judges by the day of each parse when asOf is left out', () => {
    const s = domainSchema({ lang: 'en' });
    expect(s.parse('laichau.gov.vn')).toBe('laichau.gov.vn');
  });
});

describe('registrationSchema', () => {
  it('fails the Tân Uyên district of 2020 on ["domain"] with validate\u2019s first error (done-when)', () => {
    const input = { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', domain: 'huyentanuyen.gov.vn' };
    const p = registrationSchema({ asOf: '2020-06-25', lang: 'en' }).safeParse(input);
    const issues = issuesOf(p);
    const r = validate(input.domain, { agency: input.agency, province: input.province, asOf: '2020-06-25', lang: 'en' });
    expect(issues[0]!.path).toEqual(['domain']);
    expect(issues[0]!.message).toBe(errors(r)[0]);
    expect(issues.map((i) => i.message)).toEqual(errors(r));
  });

  it('offers tanuyen.laichau.gov.vn to the commune of Tân Uyên that typed xatanuyen.gov.vn', () => {
    const issues = issuesOf(
      registrationSchema({ asOf: NOW }).safeParse({ agency: 'UBND xã Tân Uyên', province: 'Lai Châu', domain: 'xatanuyen.gov.vn' }),
    );
    expect(issues.every((i) => i.path.join() === 'domain')).toBe(true);
    expect((issues[0] as z.core.$ZodIssueCustom).params?.['suggestions']).toContain('tanuyen.laichau.gov.vn');
  });

  it('outputs the record with normalised names; a blank alternative or province counts as absent', () => {
    const s = registrationSchema({ asOf: NOW });
    expect(s.parse({ agency: ' UBND xã Tân Uyên ', province: 'Lai Châu', domain: 'https://TanUyen.LaiChau.gov.vn/', alternativeDomain: '  ' })).toEqual({
      agency: 'UBND xã Tân Uyên',
      province: 'Lai Châu',
      domain: 'tanuyen.laichau.gov.vn',
    });
    expect(registrationSchema({ asOf: NOW, province: 'Lai Châu' }).parse({ agency: 'UBND xã Tân Uyên', province: '', domain: 'tanuyen.laichau.gov.vn' })).toEqual({
      agency: 'UBND xã Tân Uyên',
      province: 'Lai Châu',
      domain: 'tanuyen.laichau.gov.vn',
    });
  });

  it('judges the alternative name too, on its own path', () => {
    const s = registrationSchema({ asOf: NOW, lang: 'en' });
    const rec = { agency: 'UBND xã Tân Uyên', province: 'Lai Châu', domain: 'tanuyen.laichau.gov.vn', alternativeDomain: 'tanuyen.gov.vn' };
    const issues = issuesOf(s.safeParse(rec));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.path.join() === 'alternativeDomain')).toBe(true);
    const r = validate(rec.alternativeDomain, { agency: rec.agency, province: rec.province, asOf: NOW, lang: 'en' });
    expect(issues.map((i) => i.message)).toEqual(errors(r));
    expect(s.parse({ ...rec, alternativeDomain: 'http://www.tanuyen.laichau.gov.vn' }).alternativeDomain).toBe('www.tanuyen.laichau.gov.vn');
  });

  it('takes the province from the record before the option', () => {
    const s = registrationSchema({ asOf: NOW, province: 'Điện Biên' });
    expect(s.parse({ agency: 'UBND xã Tân Uyên', province: 'Lai Châu', domain: 'tanuyen.laichau.gov.vn' }).domain).toBe('tanuyen.laichau.gov.vn');
  });

  it('says the agency is missing, and still judges the names', () => {
    const issues = issuesOf(registrationSchema({ asOf: NOW, lang: 'en' }).safeParse({ agency: '  ', domain: '' }));
    expect(issues.map((i) => [i.path.join(), i.message])).toEqual([
      ['agency', 'The agency\u2019s name is missing.'],
      ['domain', 'The input is empty: there is no name to judge.'],
    ]);
    expect(issuesOf(registrationSchema({ asOf: NOW }).safeParse({ agency: '', domain: 'laichau.gov.vn' }))[0]!.message).toBe('Chưa nhập tên cơ quan.');
  });

  it('fails a record without its fields with zod\u2019s type issues', () => {
    const issues = issuesOf(registrationSchema({ asOf: NOW }).safeParse({}));
    expect(issues.map((i) => i.path.join())).toEqual(['agency', 'domain']);
  });
});

describe('resultSchema', () => {
  const samples = [
    validate('huyentanuyen.gov.vn', { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', asOf: '2020-06-25' }),
    validate('https://user@Laichau.gov.vn:8080/x', { asOf: NOW, lang: 'en' }),
    validate('', { asOf: NOW }),
    validate('example.com', { asOf: NOW }),
    validate('xatanuyen.gov.vn', {
      agency: 'UBND xã Tân Uyên',
      province: 'Lai Châu',
      asOf: NOW,
      today: NOW,
      waivers: [{ domain: 'xatanuyen.gov.vn', rule: 'commune-domain', reason: 'r', until: '2027-01-01' }],
    }),
  ];

  it('accepts what validate returns, unchanged', () => {
    for (const r of samples) expect(resultSchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(samples[4]!.issues.some((i) => i.waived)).toBe(true);
  });

  it('accepts a line number, as the command line gives for names read from a file', () => {
    expect(resultSchema.parse({ ...samples[0], line: 8 }).line).toBe(8);
    expect(resultSchema.safeParse({ ...samples[0], line: 0 }).success).toBe(false);
  });

  it('is strict about enums and required fields', () => {
    const r = samples[0]!;
    expect(resultSchema.safeParse({ ...r, verdict: 'ok' }).success).toBe(false);
    expect(resultSchema.safeParse({ ...r, asOf: '25/06/2020' }).success).toBe(false);
    expect(resultSchema.safeParse({ ...r, entity: { ...r.entity, kind: 'agency' } }).success).toBe(false);
    expect(resultSchema.safeParse({ ...r, entity: { ...r.entity, source: 'guess' } }).success).toBe(false);
    expect(resultSchema.safeParse({ ...r, issues: [{ ...r.issues[0], severity: 'fatal' }] }).success).toBe(false);
    expect(resultSchema.safeParse({ ...r, issues: [{ ...r.issues[0], data: { x: true } }] }).success).toBe(false);
    const { suggestions: _dropped, ...noSuggestions } = r;
    expect(resultSchema.safeParse(noSuggestions).success).toBe(false);
    expect(resultSchema.safeParse({ ...r, hostname: undefined }).success).toBe(false);
  });
});
