/**
 * The edges of each rule that mutation testing showed the example suites left
 * open (see docs/quality.md), and what a rule says when it is given no valid name.
 *
 * The communes before 2025-07-01 (govvn/history) are loaded only by the last
 * block: the first ones see the library as a form that never imports it does.
 */
import { describe, expect, it } from 'vitest';
import { validate, ENTITY_KINDS, type EntityKind, type ValidateOptions } from '../src/index.js';
import { parseHost } from '../src/host/index.js';
import type { EntityFacts, Facts } from '../src/law/facts.js';
import type { AnyRule } from '../src/law/rule.js';
import { RULES as ALL_RULES } from '../src/law/rules/index.js';
import { findings, issue } from './helpers/rule-findings.js';

const RULES: readonly AnyRule[] = ALL_RULES;

describe('the edges of each rule', () => {
  it('a commune or district whose province is unknown: only its level is judged, with the province left as a placeholder', () => {
    expect(issue('khongco.gov.vn', { agency: 'UBND xã Không Có', asOf: '2026-08-01' }, 'commune-domain/wrong-level')?.data).toEqual({ want: 4, got: 3, expected: 'khongco.<tentinhthanh>.gov.vn' });
    expect(findings(validate('khongco.laichau.gov.vn', { agency: 'UBND xã Không Có', asOf: '2026-08-01' })).filter((f) => f.startsWith('commune-domain/'))).toEqual([]);
    expect(issue('khongco.gov.vn', { agency: 'UBND huyện Không Có', asOf: '2020-06-25' }, 'district-domain/wrong-level')?.data).toEqual({ want: 4, got: 3, expected: 'khongco.<tentinhthanh>.gov.vn' });
    expect(findings(validate('khongco.laichau.gov.vn', { agency: 'UBND huyện Không Có', asOf: '2020-06-25' })).filter((f) => f.startsWith('district-domain/'))).toEqual([]);
  });

  it('a commune or district given only by kind: its own label is not judged, there is none to compare', () => {
    expect(findings(validate('abc.laichau.gov.vn', { kind: 'commune', asOf: '2026-08-01' })).filter((f) => f.startsWith('commune-domain/'))).toEqual([]);
    expect(findings(validate('abc.laichau.gov.vn', { kind: 'district', asOf: '2020-06-25' })).filter((f) => f.startsWith('district-domain/'))).toEqual([]);
    // Without a name to read, "unit not found" names the host.
    expect(issue('abc.laichau.gov.vn', { kind: 'commune', asOf: '2026-08-01' }, 'unknown-holder/unit-not-found')?.data).toEqual({ name: 'abc.laichau' });
  });

  it('a commune or district given only by kind: the expected name keeps a placeholder for what is not known', () => {
    expect(issue('abc.gov.vn', { kind: 'commune', asOf: '2026-08-01' }, 'commune-domain/wrong-level')?.data).toEqual({ want: 4, got: 3, expected: '<tenphuongxa>.<tentinhthanh>.gov.vn' });
    expect(issue('abc.gov.vn', { kind: 'district', asOf: '2020-06-25' }, 'district-domain/wrong-level')?.data).toEqual({ want: 4, got: 3, expected: '<tenquanhuyen>.<tentinhthanh>.gov.vn' });
    expect(issue('abc.def.laichau.gov.vn', { kind: 'commune', asOf: '2026-08-01' }, 'commune-domain/wrong-level')?.data).toEqual({ want: 4, got: 5, expected: '<tenphuongxa>.laichau.gov.vn' });
    expect(issue('abc.def.laichau.gov.vn', { kind: 'district', asOf: '2020-06-25' }, 'district-domain/wrong-level')?.data).toEqual({ want: 4, got: 5, expected: '<tenquanhuyen>.laichau.gov.vn' });
    // A label that is another commune's is no "shared label" when the holder's own is not known.
    expect(findings(validate('sinho.x.laichau.gov.vn', { kind: 'commune', asOf: '2026-08-01' })).filter((f) => f.startsWith('commune-domain/'))).toEqual(['commune-domain/wrong-level']);
  });

  it('a known commune or district: the expected name is its own full name under its province', () => {
    const taLeng = { agency: 'UBND xã Tả Lèng', province: 'Lai Châu', asOf: '2026-08-01' };
    expect(issue('xataleng.laichau.gov.vn', taLeng, 'commune-domain/unit-type-prefix')?.data).toEqual({ label: 'xataleng', want: 'taleng', expected: 'taleng.laichau.gov.vn' });
    expect(issue('taleng.laichau.gov.vn', { ...taLeng, asOf: '2025-08-01' }, 'commune-domain/no-national-format')?.data).toEqual({ expected: 'taleng.laichau.gov.vn' });
    expect(issue('huyenmuongte.laichau.gov.vn', { agency: 'UBND huyện Mường Tè', province: 'Lai Châu', asOf: '2020-06-25' }, 'district-domain/unit-type-prefix')?.data).toEqual({ label: 'huyenmuongte', want: 'muongte', expected: 'muongte.laichau.gov.vn' });
  });

  it('another commune\u2019s label is "not the full name", and only that: a shared label is one both communes bear', () => {
    // Sìn Hồ is another commune of Lai Châu.
    expect(findings(validate('sinho.laichau.gov.vn', { agency: 'UBND xã Tả Lèng', province: 'Lai Châu', asOf: '2026-08-01' })).filter((f) => f.startsWith('commune-domain/'))).toEqual(['commune-domain/not-full-name']);
  });

  it('a ministry given only by kind, at the wrong level: the expected name is a placeholder', () => {
    expect(issue('portal.abc.gov.vn', { kind: 'ministry', asOf: '2020-06-25' }, 'ministry-domain/wrong-level')?.data).toEqual({ want: 3, got: 4, expected: '<tenbonganh>.gov.vn' });
  });

  it('a unit read from the name under a ministry\u2019s: its own label cannot be judged, there is no name to compare', () => {
    // The national business registration portal, under the Ministry of Planning and Investment's name.
    expect(findings(validate('dangkykinhdoanh.mpi.gov.vn', { asOf: '2020-06-25' }))).toEqual([]);
  });

  it('education: a district office under gov.vn, and an authority whose place is unknown, are not told to move to edu.vn', () => {
    const office = { agency: 'Phòng Giáo dục và Đào tạo huyện Tân Uyên', province: 'Lai Châu', asOf: '2020-06-25' };
    expect(findings(validate('pgddt.tanuyen.laichau.gov.vn', office)).filter((f) => f.startsWith('education-domain/') || f.startsWith('province-agency-domain/'))).toEqual([]);
    expect(findings(validate('abc.edu.vn', { agency: 'Sở Giáo dục và Đào tạo', asOf: '2020-06-25' })).filter((f) => f.startsWith('education-domain/'))).toEqual([]);
    expect(findings(validate('khongco.edu.vn', { agency: 'Phòng Giáo dục và Đào tạo huyện Không Có', asOf: '2020-06-25' }))).toEqual([]);
    expect(findings(validate('laichau.edu.vn', { agency: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu', asOf: '2020-06-25' }))).toEqual([]);
    expect(issue('tanuyen.edu.vn', { ...office, asOf: '2013-06-01' }, 'education-domain/unexpected-edu-label')).toBeUndefined();
    expect(issue('tanuyen-laichau.edu.vn', office, 'education-domain/unexpected-edu-label')).toBeUndefined();
    expect(issue('pgdtanuyen.edu.vn', office, 'education-domain/unexpected-edu-label')?.data).toEqual({ label: 'pgdtanuyen', expected: 'tanuyen.edu.vn' });
    expect(issue('tanuyen.laichau.gov.vn', { agency: 'Trường THPT Tân Uyên', province: 'Lai Châu', asOf: '2020-06-25' }, 'education-domain/school-outside-edu-vn')?.data).toEqual({ hostname: 'tanuyen.laichau.gov.vn' });
    expect(issue('sgddt.laichau.vn', { agency: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu', asOf: '2020-06-25' }, 'education-domain/outside-edu-vn')?.data).toEqual({ hostname: 'sgddt.laichau.vn', expected: 'laichau.edu.vn' });
  });

  it('a provincial department: with its province unknown only the level is judged', () => {
    expect(issue('syt.gov.vn', { agency: 'Sở Y tế', asOf: '2020-06-25' }, 'province-agency-domain/wrong-level')?.data).toEqual({ want: 4, got: 3, expected: 'syt.<tentinhthanh>.gov.vn' });
    expect(findings(validate('syt.xyz.gov.vn', { agency: 'Sở Y tế', asOf: '2020-06-25' }))).toEqual([]);
    // The education department on edu.vn is the education rule's.
    expect(findings(validate('laichau.edu.vn', { agency: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu', asOf: '2020-06-25' })).filter((f) => f.startsWith('province-agency-domain/'))).toEqual([]);
  });

  it('a ministry\u2019s unit whose ministry is unknown: its own level-3 name is fine, a deeper one cannot be judged', () => {
    expect(issue('abc.gov.vn', { agency: 'Cục Xyz', asOf: '2020-06-25' }, 'ministry-unit-domain/wrong-level')?.data).toEqual({ want: 4, got: 3, expected: '<tendonvi>.<tenbonganh>.gov.vn' });
    expect(issue('abc.def.gov.vn', { agency: 'Cục Xyz', asOf: '2020-06-25' }, 'ministry-unit-domain/parent-unknown')?.data).toEqual({ name: 'Cục Xyz' });
    expect(issue('gdt.gov.vn', { agency: 'Tổng cục Thuế', asOf: '2020-06-25' }, 'ministry-unit-domain/own-level-3-name')?.data).toEqual({ label: 'gdt', expected: 'gdt.mof.gov.vn', parent: 'Bộ Tài chính' });
    // Its own sub-units live under its own name.
    expect(findings(validate('hoadon.gdt.gov.vn', { agency: 'Tổng cục Thuế', asOf: '2020-06-25' }))).toEqual([]);
    expect(findings(validate('x.gso.gov.vn', { agency: 'Tổng cục Thống kê', asOf: '2020-06-25' }))).toEqual([]);
  });

  it('Lai Châu\u2019s decision: under laichau.gov.vn at level 4 or deeper; not for a district that is gone', () => {
    const tanUyen = { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu' };
    expect(issue('tanuyen.laichau.edu.vn', { ...tanUyen, asOf: '2020-06-25' }, 'laichau-decision-20-2016/not-under-laichau')?.data).toEqual({ hostname: 'tanuyen.laichau.edu.vn', got: 4 });
    expect(issue('laichau.gov.vn', { ...tanUyen, asOf: '2020-06-25' }, 'laichau-decision-20-2016/not-under-laichau')?.data).toEqual({ hostname: 'laichau.gov.vn', got: 3 });
    expect(issue('tanuyen.laichau.gov.vn', { ...tanUyen, asOf: '2020-06-25' }, 'laichau-decision-20-2016/not-under-laichau')).toBeUndefined();
    expect(findings(validate('huyentanuyen.gov.vn', { ...tanUyen, asOf: '2025-08-01' })).filter((f) => f.startsWith('laichau-decision-20-2016/'))).toEqual([]);
  });

  it('an unknown level-3 name is noted only at level 3', () => {
    expect(findings(validate('abc.xyz.gov.vn', { asOf: '2020-06-25' }))).not.toContain('unknown-holder/unknown-level-3');
    expect(issue('abc.gov.vn', { asOf: '2020-06-25' }, 'unknown-holder/unknown-level-3')?.data).toEqual({ label: 'abc' });
  });

  it('a province\u2019s label of another era, same code: the name is not another province\u2019s', () => {
    expect(findings(validate('thuathienhue.gov.vn', { agency: 'UBND thành phố Huế', asOf: '2025-08-01' }))).not.toContain('province-domain/wrong-province');
    expect(findings(validate('dienbien.gov.vn', { agency: 'UBND tỉnh Lai Châu', asOf: '2020-06-25' }))).toContain('province-domain/wrong-province');
  });
});

describe('format rules speak only of names under gov.vn', () => {
  it.each([
    ['laichau.com.vn', { agency: 'UBND tỉnh Lai Châu', asOf: '2020-06-25' }],
    ['tanuyen.laichau.vn', { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', asOf: '2020-06-25' }],
    ['taleng.laichau.vn', { agency: 'UBND xã Tả Lèng', province: 'Lai Châu', asOf: '2026-08-01' }],
    ['mof.com.vn', { agency: 'Bộ Tài chính', asOf: '2020-06-25' }],
    ['gdt.mof.vn', { agency: 'Tổng cục Thuế', asOf: '2020-06-25' }],
    ['syt.laichau.vn', { agency: 'Sở Y tế tỉnh Lai Châu', asOf: '2020-06-25' }],
    ['dichvucong.laichau.vn', { agency: 'UBND tỉnh Lai Châu', asOf: '2020-06-25' }],
    // Labels the format rules would question under gov.vn: not their business here.
    ['taichinh.vn', { agency: 'Bộ Tài chính', asOf: '2020-06-25' }],
    ['gdt.vn', { agency: 'Tổng cục Thuế', asOf: '2020-06-25' }],
    ['abc.vn', { agency: 'Cục Xyz', asOf: '2020-06-25' }],
    // laichau.vn is itself a public suffix: this one is where a portal prefix shows outside gov.vn.
    ['dichvucong.mof.com.vn', { agency: 'Bộ Tài chính', asOf: '2020-06-25' }],
  ] as Array<[string, ValidateOptions]>)('%s: only the zone is wrong', (name, options) => {
    const formats = ['province-domain/', 'district-domain/', 'commune-domain/', 'ministry-domain/', 'ministry-unit-domain/', 'province-agency-domain/', 'public-service-portal/'];
    expect(findings(validate(name, options)).filter((f) => formats.some((x) => f.startsWith(x)))).toEqual([]);
    expect(findings(validate(name, options))).toContain('gov-vn-zone/outside-gov-vn');
  });
});

describe('more edges', () => {
  it('a provincial branch whose province is unknown: its label is not called another province’s', () => {
    const r = validate('laichau.baohiemxahoi.gov.vn', { agency: 'Bảo hiểm xã hội tỉnh Không Có', asOf: '2025-08-01' });
    expect(findings(r).filter((f) => f.startsWith('central-branch-domain/'))).toEqual([]);
    // Too short a name still gets the placeholder, never an empty label.
    expect(issue('baohiemxahoi.gov.vn', { agency: 'Bảo hiểm xã hội tỉnh Không Có', asOf: '2025-08-01' }, 'central-branch-domain/wrong-level')?.data).toMatchObject({ expected: '<tentinh>.baohiemxahoi.gov.vn' });
  });

  it('a department of a province merged away is judged against the successor, in one finding', () => {
    expect(findings(validate('syt.hagiang.gov.vn', { agency: 'Sở Y tế tỉnh Hà Giang', asOf: '2025-08-01' }))).toEqual(['province-agency-domain/wrong-province']);
  });

  it('a province named as it was before a rename: the rename is the one finding', () => {
    expect(findings(validate('thuathienhue.gov.vn', { agency: 'UBND tỉnh Thừa Thiên Huế', asOf: '2025-08-01' }))).toEqual(['unit-validity/province-renamed']);
    expect(findings(validate('hue.gov.vn', { agency: 'UBND tỉnh Thừa Thiên Huế', asOf: '2020-06-25' }))).toEqual(['province-domain/not-full-name']);
  });

  it('education: the label before edu.vn, all of it; the expected name when the province is unknown', () => {
    const so = { agency: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu', asOf: '2020-06-25' };
    expect(issue('sgddt.laichau.edu.vn', so, 'education-domain/unexpected-edu-label')?.data).toEqual({ label: 'sgddt.laichau', expected: 'laichau.edu.vn' });
    expect(issue('laichau.abc.edu.vn', so, 'education-domain/unexpected-edu-label')?.data).toEqual({ label: 'laichau.abc', expected: 'laichau.edu.vn' });
    expect(issue('sgddt.abc.vn', { agency: 'Sở Giáo dục và Đào tạo', asOf: '2020-06-25' }, 'education-domain/outside-edu-vn')?.data).toEqual({ hostname: 'sgddt.abc.vn', expected: '<tentinh>.edu.vn' });
  });

  it('a portal under a ministry’s unit names the unit’s whole name as its holder', () => {
    expect(issue('dichvucong.gdt.mof.gov.vn', { agency: 'Tổng cục Thuế', asOf: '2020-06-25' }, 'public-service-portal/portal')?.data).toEqual({ prefix: 'dichvucong', holder: 'gdt.mof.gov.vn' });
  });

  it('a ministry given only by kind has no initials to compare a label with', () => {
    expect(findings(validate('abc.gov.vn', { kind: 'ministry', asOf: '2020-06-25' }))).toEqual([]);
  });
});

describe('a rule given no valid name', () => {
  /** What a rule would see of a holder of this kind, nothing of it known. */
  function blank(kind: EntityKind): EntityFacts {
    return { kind, name: 'X', source: 'agency', province: null, district: null, commune: null, self: null, parent: null, branch: false, subUnit: null, body: null, abbreviations: [], fullNames: [], found: false, massOrganisation: false };
  }

  // On a name that is not a hostname the engine runs only the rules that need no
  // host; every other rule's own contract is still to say nothing, not to fail,
  // when the facts have no host. unit-validity judges the holder, not the name: it
  // is not asked here.
  const asked = RULES.filter((r) => r.meta.needsHost && r.meta.id !== 'unit-validity');

  it.each(asked.map((r) => [r.meta.id, r] as const))('%s says nothing', (_id, rule) => {
    for (const entity of [null, ...ENTITY_KINDS.map(blank)]) {
      const facts: Facts = {
        asOf: '2020-06-25',
        decree: 'decree-43-2011',
        newMap: false,
        history: false,
        parsed: parseHost('a..gov.vn'),
        host: null,
        entity,
        holderGiven: entity !== null,
        unknownProvince: null,
      };
      expect(rule.check(facts)).toEqual([]);
    }
  });
});

describe('with govvn/history loaded', () => {
  it('a commune merged away names the commune, the day and what it was merged into', async () => {
    await import('../src/history.js');
    const r = issue('phanthiet.tuyenquang.gov.vn', { agency: 'UBND phường Phan Thiết', province: 'Tuyên Quang', asOf: '2025-08-01' }, 'unit-validity/commune-merged');
    expect(r?.data).toEqual({ name: 'Phường Phan Thiết', date: '2025-06-30', successor: 'Phường Minh Xuân' });
    expect(r?.message).not.toMatch(/\{\w+\}/);
    // A commune that no longer exists gets no "no national format" note either.
    expect(findings(validate('phanthiet.tuyenquang.gov.vn', { agency: 'UBND phường Phan Thiết', province: 'Tuyên Quang', asOf: '2025-08-01' }))).toEqual(['unit-validity/commune-merged']);
  });

  it('a commune under its district (level 5) before 2025-07-01, and only there', () => {
    const taLeng = { agency: 'UBND xã Tả Lèng', province: 'Lai Châu', asOf: '2020-06-25' };
    expect(findings(validate('taleng.tamduong.laichau.gov.vn', taLeng))).not.toContain('commune-domain/wrong-level');
    expect(findings(validate('x.tamduong.y.laichau.gov.vn', taLeng))).toContain('commune-domain/wrong-level');
  });
});
