/**
 * Every date boundary of the law, the day before and the day of: which
 * instrument a finding cites, and whether the rule speaks at all.
 * (docs/legal-basis.md, the timeline; RULES.md "Timeline of instruments").
 */
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, ruleInfo, validate, type Result, type ValidateOptions } from '../src/index.js';

function cite(r: Result, id: string): string | null {
  const i = r.issues.find((x) => `${x.ruleId}/${x.messageId}` === id);
  if (!i) return null;
  return i.citation ? `${i.citation.instrument} ${i.citation.article}`.trim() : '';
}

function at(name: string, asOf: string, o: Omit<ValidateOptions, 'asOf'> = {}): Result {
  return validate(name, { lang: 'en', ...o, asOf });
}

const PROVINCE = { agency: 'UBND tỉnh Lai Châu' };

describe('the .vn duty moved between instruments (item 1)', () => {
  const cases: Array<[string, string | null]> = [
    ['2015-10-09', null],
    ['2015-10-10', 'Circular 24/2015/TT-BTTTT Art. 7(3)'],
    ['2018-04-14', 'Circular 24/2015/TT-BTTTT Art. 7(3)'],
    ['2018-04-15', 'Decree 72/2013/ND-CP (as amended by Decree 27/2018/ND-CP) Art. 12(9)'],
    ['2024-12-24', 'Decree 72/2013/ND-CP (as amended by Decree 27/2018/ND-CP) Art. 12(9)'],
    ['2024-12-25', 'Decree 147/2024/ND-CP (article not found)'],
    ['2026-06-30', 'Decree 147/2024/ND-CP (article not found)'],
    ['2026-07-01', 'Decree 224/2026/ND-CP Art. 11(4)'],
  ];
  for (const [date, citation] of cases) {
    it(`on ${date}: ${citation ?? 'no .vn finding'}`, () => {
      expect(cite(at('laichau.com', date, PROVINCE), 'vn-domain/outside-vn')).toBe(citation);
    });
  }

  it('a Party body outside .vn is an error from 2015-10-10, citing Decree 147/2024 after 2026-07-01 too', () => {
    const party = { agency: 'Tỉnh ủy Lai Châu' };
    expect(at('tinhuylaichau.com', '2015-10-09', party).verdict).toBe('not-applicable');
    expect(at('tinhuylaichau.com', '2015-10-10', party).verdict).toBe('non-compliant');
    expect(cite(at('tinhuylaichau.com', '2026-07-01', party), 'vn-domain/outside-vn')).toBe('Decree 147/2024/ND-CP (article not found)');
  });

  it('the catalogue cites the same instrument on each date', () => {
    expect(ruleInfo('vn-domain', '2018-04-14', 'en')?.citation?.instrument).toBe('Circular 24/2015/TT-BTTTT');
    expect(ruleInfo('vn-domain', '2018-04-15', 'en')?.citation?.article).toBe('Art. 12(9)');
    expect(ruleInfo('vn-domain', '2024-12-25', 'en')?.provenance).toBe('U');
  });
});

describe('the decrees on portals', () => {
  it('Decree 43/2011 to 2022-08-14, 42/2022 from 2022-08-15, 224/2026 from 2026-07-01', () => {
    const c = (d: string) => cite(at('laichau.gov.vn.x.gov.vn', d, PROVINCE), 'province-domain/wrong-level');
    expect(c('2022-08-14')).toBe('Decree 43/2011/ND-CP Art. 6(1)(b)');
    expect(c('2022-08-15')).toBe('Decree 42/2022/ND-CP Art. 6');
    expect(c('2026-06-30')).toBe('Decree 42/2022/ND-CP Art. 6');
    expect(c('2026-07-01')).toBe('Decree 224/2026/ND-CP Art. 11(4)(b)');
    expect(() => at('laichau.gov.vn', '2011-09-30')).toThrow();
    expect(at('laichau.gov.vn', '2011-10-01', PROVINCE).verdict).toBe('compliant');
  });

  it('a full name is a warning under 43/2011, an info under 42/2022 (its wording unverified), nothing under 224/2026 (item 2)', () => {
    const o = { agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' };
    const name = 'thongtinvatruyenthong.laichau.gov.vn';
    const sev = (d: string) => at(name, d, o).issues.find((i) => i.ruleId === 'province-agency-domain')?.severity ?? null;
    expect(sev('2022-08-14')).toBe('warning');
    expect(sev('2022-08-15')).toBe('info');
    expect(at(name, '2023-06-01', o).issues.find((i) => i.ruleId === 'province-agency-domain')?.message).toContain('not verified');
    expect(sev('2026-06-30')).toBe('info');
    expect(sev('2026-07-01')).toBe(null);
  });

  it('a unit\u2019s own level-3 name: the no-deadline clause to 2026-06-30, the library\u2019s policy from 2026-07-01 (item 6)', () => {
    const o = { agency: 'Tổng cục Thuế' };
    const id = (d: string) => at('gdt.gov.vn', d, o).issues.find((i) => i.ruleId === 'ministry-unit-domain')?.messageId;
    expect(id('2026-06-30')).toBe('own-level-3-name');
    expect(id('2026-07-01')).toBe('own-level-3-name-policy');
    expect(at('gdt.gov.vn', '2026-07-01', o).issues.find((i) => i.ruleId === 'ministry-unit-domain')?.message).toContain('policy');
  });

  it('courts: an info with no format before 2026-07-01, judged as a central agency from it (item 9)', () => {
    const o = { agency: 'Tòa án nhân dân tối cao' };
    expect(at('toaan.gov.vn', '2026-06-30', o).issues.map((i) => i.messageId)).toContain('judicial-no-format');
    expect(at('toaan.gov.vn', '2026-07-01', o).issues.map((i) => i.messageId)).not.toContain('judicial-no-format');
    expect(at('x.toaan.gov.vn', '2026-07-01', o).verdict).toBe('non-compliant');
  });
});

describe('circulars on their own dates', () => {
  it('Circular 01/2018: public-service portals from 2019-01-06 (item 3)', () => {
    const has = (d: string) => at('dichvucong.laichau.gov.vn', d, PROVINCE).issues.some((i) => i.ruleId === 'public-service-portal');
    expect(has('2019-01-05')).toBe(false);
    expect(has('2019-01-06')).toBe(true);
    expect(cite(at('dichvucong.laichau.gov.vn', '2019-01-06', PROVINCE), 'public-service-portal/portal')).toBe('Circular 01/2018/TT-VPCP Art. 16(1)');
  });

  it('Circular 53/2012 from 2013-02-04, Circular 37/2020 from 2020-11-20 (item 4)', () => {
    const school = { agency: 'Trường THPT chuyên Lê Quý Đôn', province: 'Lai Châu' };
    expect(at('lequydon.com.vn', '2013-02-03', school).verdict).toBe('not-applicable');
    expect(cite(at('lequydon.com.vn', '2013-02-04', school), 'education-domain/school-outside-edu-vn')).toBe('Circular 53/2012/TT-BGDDT Art. 3');
    expect(at('lequydon.com.vn', '2020-11-19', school).verdict).toBe('non-compliant');
    const after = at('lequydon.com.vn', '2020-11-20', school);
    expect(after.verdict).toBe('compliant');
    expect(cite(after, 'education-domain/edu-vn-conditional')).toBe('Circular 37/2020/TT-BGDDT Art. 3(1)(b)');
    const dept = { agency: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu' };
    expect(at('sgddtlaichau.edu.vn', '2020-11-19', dept).issues.map((i) => i.messageId)).toContain('unexpected-edu-label');
    expect(at('sgddtlaichau.edu.vn', '2020-11-20', dept).issues.some((i) => i.ruleId === 'education-domain')).toBe(false);
    expect(at('sgddt.laichau.vn', '2020-11-19', dept).verdict).toBe('non-compliant');
    expect(at('sgddt.laichau.vn', '2020-11-20', dept).verdict).toBe('compliant');
  });

  it('universities and academies are outside both circulars (item 4)', () => {
    const uni = { agency: 'Trường Đại học Tây Bắc' };
    expect(at('utb.edu.vn', '2020-06-25', uni).verdict).toBe('compliant');
    const elsewhere = at('taybacuniversity.vn', '2020-06-25', uni);
    expect(elsewhere.verdict).toBe('compliant');
    expect(elsewhere.issues.map((i) => `${i.severity}:${i.messageId}`)).toEqual(['info:higher-education-elsewhere']);
  });

  it('Circular 24/2015 Art. 13(1) and Art. 6(2)(đ) from 2015-10-10 (items 7, 8)', () => {
    const party = { agency: 'Tỉnh ủy Lai Châu' };
    expect(at('tinhuy.laichau.gov.vn', '2015-10-09', party).issues.some((i) => i.ruleId === 'gov-vn-eligibility')).toBe(false);
    expect(at('tinhuy.laichau.gov.vn', '2015-10-10', party).verdict).toBe('non-compliant');
    expect(at('syt--lc.laichau.gov.vn', '2015-10-09').issues.some((i) => i.ruleId === 'vn-label-hyphens')).toBe(false);
    expect(at('syt--lc.laichau.gov.vn', '2015-10-10').verdict).toBe('non-compliant');
  });

  it('Lai Châu Decision 20/2016 from 2016-07-16', () => {
    const o = { agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' };
    expect(at('stttt.laichau.gov.vn', '2016-07-15', o).issues.some((i) => i.ruleId === 'laichau-decision-20-2016')).toBe(false);
    expect(at('stttt.laichau.gov.vn', '2016-07-16', o).issues.some((i) => i.ruleId === 'laichau-decision-20-2016')).toBe(true);
  });
});

describe('the map', () => {
  it('districts until 2025-06-30; communes without a format until 2026-06-30', () => {
    const d = { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu' };
    expect(at('tanuyen.laichau.gov.vn', '2025-06-30', d).verdict).toBe('compliant');
    expect(at('tanuyen.laichau.gov.vn', '2025-07-01', d).issues.map((i) => i.messageId)).toContain('district-abolished');
    const c = { agency: 'UBND xã Tả Lèng', province: 'Lai Châu' };
    expect(at('taleng.laichau.gov.vn', '2026-06-30', c).issues.map((i) => i.messageId)).toContain('no-national-format');
    expect(at('taleng.laichau.gov.vn', '2026-07-01', c).issues.map((i) => i.messageId)).not.toContain('no-national-format');
  });
});

describe('the instruments as recorded (item 9)', () => {
  it('Decree 224/2026 with its signer and official document id; Circular 03/2009/TT-BNG for English abbreviations', () => {
    expect(INSTRUMENTS['decree-224-2026']).toMatchObject({ from: '2026-07-01', docid: '218628' });
    expect(INSTRUMENTS['decree-224-2026'].signer).toContain('Deputy Prime Minister');
    expect(INSTRUMENTS['circular-03-2009-bng'].provenance).toBe('S');
    expect(INSTRUMENTS['circular-24-2015'].repealed).toEqual([{ ref: 'Art. 7(2)-(3)', from: '2018-04-15', by: 'Decree 27/2018/ND-CP Art. 2(2)(b)' }]);
    const r = validate('xyz.gov.vn', { agency: 'Bộ Tài chính', asOf: '2020-06-25', lang: 'en' });
    expect(r.issues.find((i) => i.messageId === 'unrecognised-abbreviation')?.message).toContain('Circular 03/2009/TT-BNG');
  });
});
