/**
 * What the rules say, not only whether they fail a name: the properties every
 * finding must have (its message fully rendered in both languages, no empty
 * value in its data), over the rule pages' own examples; and the edges of each
 * rule that mutation testing showed the example suites left open (see
 * docs/quality.md). Deterministic and quick, so that Stryker can run it for every
 * mutant.
 *
 * The communes before 2025-07-01 (govvn/history) are loaded only by the last
 * block: the first ones see the library as a form that never imports it does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate, ENTITY_KINDS, type EntityKind, type Issue, type ValidateOptions } from '../src/index.js';
import { parseHost } from '../src/host/index.js';
import type { EntityFacts, Facts } from '../src/law/facts.js';
import { RULES } from '../src/law/rules/index.js';
import { abbreviationMatches, fullNameMiss, isProvinceLabel, isTypeWords, typeWordPrefixLengths } from '../src/law/match.js';
import { foldKey, fullNameLabels } from '../src/vi/fold.js';
import { hasDiacritics, unaccent } from '../src/vi/unaccent.js';

interface Example extends ValidateOptions {
  name: string;
}

/** The runnable examples of every rule page (docs/rules/*.md, `json examples` blocks). */
function docExamples(): Example[] {
  const dir = new URL('../docs/rules/', import.meta.url);
  const out: Example[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const block of text.match(/```json examples\n[\s\S]*?```/g) ?? []) {
      for (const line of block.split('\n').slice(1, -1)) {
        if (line.trim() === '') continue;
        const e = JSON.parse(line) as Example & { pending?: string };
        if (e.pending === undefined) out.push({ name: e.name, asOf: e.asOf, agency: e.agency, kind: e.kind, province: e.province });
      }
    }
  }
  return out;
}

/** Inputs for what the pages do not show: edges found by mutation testing. */
const MORE: Example[] = [
  { name: 'khongco.gov.vn', agency: 'UBND xã Không Có', asOf: '2026-08-01' },
  { name: 'khongco.gov.vn', agency: 'UBND huyện Không Có', asOf: '2020-06-25' },
  { name: 'mae.gov.vn', agency: 'Bộ Nông nghiệp và Môi trường', asOf: '2020-06-25' },
  { name: 'hagiang.gov.vn', agency: 'UBND tỉnh Hà Giang', asOf: '2025-08-01' },
  { name: 'thuathienhue.gov.vn', agency: 'UBND tỉnh Thừa Thiên Huế', asOf: '2025-03-01' },
  { name: 'tanuyen.laichau.edu.vn', agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', asOf: '2020-06-25' },
  { name: 'thue.mof.gov.vn', agency: 'Tổng cục Thuế', asOf: '2023-06-01' },
  { name: 'abc.laichau.gov.vn', kind: 'commune', asOf: '2026-08-01' },
  { name: 'syt.gov.vn', agency: 'Sở Y tế', asOf: '2020-06-25' },
  { name: 'abc.gov.vn', agency: 'Cục Xyz', asOf: '2020-06-25' },
];

/**
 * Messages no input can reach: the under-parent form's shared message table gives
 * every rule that uses it all six messages, and two of them cannot arise for that
 * rule (a ministry's parent is never a province; a branch's unit label is always a
 * province's). `commune-merged` needs govvn/history: tested in the last block.
 */
const UNREACHABLE = new Set(['ministry-unit-domain/wrong-province', 'central-branch-domain/full-name-before-224', 'unit-validity/commune-merged']);

function findings(r: { issues: Issue[] }): string[] {
  return r.issues.map((i) => `${i.ruleId}/${i.messageId}`);
}

function issue(name: string, options: ValidateOptions, id: string): Issue | undefined {
  return validate(name, { lang: 'en', ...options }).issues.find((i) => `${i.ruleId}/${i.messageId}` === id);
}

describe('every finding, in both languages', () => {
  const inputs = [...docExamples(), ...MORE];

  it('is rendered in full, from data with no empty value', () => {
    const bad: string[] = [];
    for (const input of inputs) {
      for (const lang of ['vi', 'en'] as const) {
        const r = validate(input.name, { ...input, lang });
        for (const i of r.issues) {
          const where = `${input.name} (${input.agency ?? input.kind ?? 'no agency'}, ${input.asOf}, ${lang}) ${i.ruleId}/${i.messageId}`;
          if (/\{\w+\}/.test(i.message)) bad.push(`${where}: placeholder left in "${i.message}"`);
          for (const [k, v] of Object.entries(i.data)) {
            if (v === '' || (typeof v === 'number' && !Number.isFinite(v))) bad.push(`${where}: data.${k} is empty`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('covers every message of every rule, but those no input can reach', () => {
    const seen = new Set(inputs.flatMap((input) => findings(validate(input.name, input))));
    const all = RULES.flatMap((r) => Object.keys(r.messages).map((m) => `${r.id}/${m}`));
    expect(all.filter((id) => !seen.has(id) && !UNREACHABLE.has(id))).toEqual([]);
    expect([...UNREACHABLE].filter((id) => seen.has(id))).toEqual([]);
  });
});

describe('what each finding says', () => {
  it('syntax findings cite the standard the problem breaks', () => {
    expect(issue('1.2.3.4', { asOf: '2020-06-25' }, 'hostname-syntax/ip-address')?.citation).toMatchObject({ instrument: 'RFC 1123', article: '§2.1' });
    expect(issue('xn--a.gov.vn', { asOf: '2020-06-25' }, 'hostname-syntax/uts46')?.citation?.instrument).toBe('Unicode UTS #46');
    expect(issue('ab--cd.gov.vn', { asOf: '2020-06-25' }, 'hostname-syntax/hyphen-3-4')?.citation?.instrument).toBe('RFC 5890');
    expect(issue('a..gov.vn', { asOf: '2020-06-25' }, 'hostname-syntax/empty-label')?.citation?.instrument).toBe('RFC 1035');
  });

  it('notes on the input cite nothing', () => {
    const note = issue('LAICHAU.GOV.VN', { asOf: '2020-06-25' }, 'input-form/not-canonical');
    expect(note?.severity).toBe('info');
    expect(note).not.toHaveProperty('citation');
  });

  it('look-alike findings name the scripts and both forms of the label', () => {
    expect(issue('l\u0430ichau.gov.vn', { asOf: '2020-06-25' }, 'lookalike-script/mixed-script')?.data).toEqual({ label: 'l\u0430ichau', ascii: 'xn--lichau-3nf', scripts: 'Latin, Cyrillic' });
    expect(issue('\u043b\u0430\u0439\u0447\u0430\u0443.gov.vn', { asOf: '2020-06-25' }, 'lookalike-script/non-latin-script')?.data['scripts']).toBe('Cyrillic');
  });

  it('an accented label is shown with its plain form, in lower case', () => {
    expect(issue('LaiChâu.gov.vn', { asOf: '2020-06-25' }, 'unaccented-labels/accented')?.data).toEqual({ label: 'laichâu', plain: 'laichau' });
  });

  it('a label in another script is the look-alike rule\u2019s, not the accent rule\u2019s', () => {
    // Cyrillic й carries a breve: it would read as "accented" if the accent rule judged it.
    expect(findings(validate('\u043b\u0430\u0439\u0447\u0430\u0443.gov.vn', { asOf: '2020-06-25' }))).not.toContain('unaccented-labels/accented');
    // Nor is it "neither Vietnamese nor English": one finding, the look-alike one, for a
    // label all in another script as for one that mixes scripts.
    for (const name of ['\u043b\u0430\u0439\u0447\u0430\u0443.gov.vn', 'l\u0430ichau.gov.vn']) {
      expect(findings(validate(name, { asOf: '2020-06-25' })).filter((f) => f.startsWith('unaccented-labels/'))).toEqual([]);
    }
  });

  it('a public-service portal names its holder', () => {
    expect(issue('dichvucong.laichau.gov.vn', { agency: 'UBND tỉnh Lai Châu', asOf: '2020-06-25' }, 'public-service-portal/portal')?.data).toEqual({ prefix: 'dichvucong', holder: 'laichau.gov.vn' });
  });

  it('a merged or renamed province, a ministry not yet created: the unit, the day and the successor', () => {
    expect(issue('hagiang.gov.vn', { agency: 'UBND tỉnh Hà Giang', asOf: '2025-08-01' }, 'unit-validity/province-merged')?.data).toEqual({ name: 'Tỉnh Hà Giang', date: '2025-06-30', successor: 'Tỉnh Tuyên Quang' });
    expect(issue('thuathienhue.gov.vn', { agency: 'UBND tỉnh Thừa Thiên Huế', asOf: '2025-03-01' }, 'unit-validity/province-renamed')?.data).toEqual({ name: 'Tỉnh Thừa Thiên Huế', date: '2024-12-31', successor: 'Thành phố Huế' });
    // A merger that kept one part's code is still a merger, not a rename.
    for (const [name, agency, successor] of [
      ['bacgiang.gov.vn', 'UBND tỉnh Bắc Giang', 'Tỉnh Bắc Ninh'],
      ['quangbinh.gov.vn', 'UBND tỉnh Quảng Bình', 'Tỉnh Quảng Trị'],
      ['longan.gov.vn', 'UBND tỉnh Long An', 'Tỉnh Tây Ninh'],
    ]) {
      expect(findings(validate(name!, { agency, asOf: '2025-08-01' }))).toEqual(['unit-validity/province-merged']);
      expect(issue(name!, { asOf: '2025-08-01' }, 'unit-validity/province-merged')?.data).toMatchObject({ date: '2025-06-30', successor });
    }
    expect(issue('mae.gov.vn', { agency: 'Bộ Nông nghiệp và Môi trường', asOf: '2020-06-25' }, 'unit-validity/not-yet-existing')?.data).toEqual({ name: 'Bộ Nông nghiệp và Môi trường', date: '2025-03-01' });
    expect(issue('mpi.gov.vn', { agency: 'Bộ Kế hoạch và Đầu tư', asOf: '2025-08-01' }, 'unit-validity/agency-merged')?.data).toEqual({ name: 'Bộ Kế hoạch và Đầu tư', date: '2025-02-28', successor: 'Bộ Tài chính' });
    expect(issue('huyentanuyen.gov.vn', { agency: 'UBND huyện Tân Uyên', province: 'Lai Châu', asOf: '2025-08-01' }, 'unit-validity/district-abolished')?.data).toEqual({ name: 'Huyện Tân Uyên', date: '2025-07-01' });
  });

  it('a province named before it existed: Thành phố Huế, a province from 2025-01-01, judged in 2024', () => {
    const r = validate('hue.gov.vn', { kind: 'province', asOf: '2024-06-01', lang: 'en' });
    expect(findings(r)).toEqual(['unit-validity/not-yet-existing']);
    expect(r.issues[0]?.data).toEqual({ name: 'Thành phố Huế', date: '2025-01-01' });
    // From that day it is the province's own name.
    expect(findings(validate('hue.gov.vn', { kind: 'province', asOf: '2025-01-01' }))).toEqual([]);
  });

  it('a party body on gov.vn: the finding names the host', () => {
    expect(issue('tinhuy.laichau.gov.vn', { agency: 'Tỉnh ủy Lai Châu', asOf: '2026-08-01' }, 'gov-vn-eligibility/party-body-on-gov-vn')?.data).toEqual({ hostname: 'tinhuy.laichau.gov.vn' });
  });

  it('a ministry\u2019s wrong level counts the levels of the name', () => {
    expect(issue('portal.mof.gov.vn', { agency: 'Bộ Tài chính', asOf: '2020-06-25' }, 'ministry-domain/wrong-level')?.data).toEqual({ want: 3, got: 4, expected: 'mof.gov.vn' });
    expect(issue('a.b.mof.gov.vn', { agency: 'Bộ Tài chính', asOf: '2020-06-25' }, 'ministry-domain/wrong-level')?.data['got']).toBe(5);
  });

  it('an unknown ministry is judged by its initials', () => {
    expect(issue('abc.gov.vn', { agency: 'Bộ Xyz', asOf: '2020-06-25' }, 'ministry-domain/unrecognised-abbreviation')?.data).toEqual({ label: 'abc', want: 'bx', expected: 'bx.gov.vn' });
    expect(findings(validate('bx.gov.vn', { agency: 'Bộ Xyz', asOf: '2020-06-25' }))).not.toContain('ministry-domain/unrecognised-abbreviation');
  });
});

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

describe('notes about the holder cite nothing', () => {
  it.each([
    ['taleng.laichau.gov.vn', { agency: 'UBND xã Tả Lèng', province: 'Lai Châu', asOf: '2020-06-25' }, 'commune-domain/history-not-loaded'],
    ['abc.gov.vn', { agency: 'Hội đồng Xyz', asOf: '2020-06-25' }, 'unknown-holder/agency-not-recognised'],
    ['laichau.gov.vn', { province: 'Không Có', asOf: '2020-06-25' }, 'unknown-holder/province-not-found'],
    ['khongco.gov.vn', { agency: 'UBND tỉnh Không Có', asOf: '2020-06-25' }, 'unknown-holder/unit-not-found'],
  ] as Array<[string, ValidateOptions, string]>)('%s: %s', (name, options, id) => {
    const found = issue(name, options, id);
    expect(found).toBeDefined();
    expect(found).not.toHaveProperty('citation');
  });

  it('"unit not found" is for provinces, districts and communes only', () => {
    expect(findings(validate('khongco.gov.vn', { agency: 'UBND tỉnh Không Có', asOf: '2020-06-25' }))).toEqual(['unknown-holder/unit-not-found']);
    expect(findings(validate('xyz.gov.vn', { kind: 'ministry', asOf: '2020-06-25' }))).toEqual([]);
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

describe('matching labels against names', () => {
  it('fullNameMiss: a type word or a province glued to the full name, or not the name at all', () => {
    expect(fullNameMiss('tanuyen', ['tanuyen'])).toBeNull();
    expect(fullNameMiss('huyentanuyen', ['tanuyen'])).toBe('unit-type-prefix');
    expect(fullNameMiss('ubndhuyentanuyen', ['tanuyen'])).toBe('unit-type-prefix');
    expect(fullNameMiss('tanuyenhuyen', ['tanuyen'])).toBe('unit-type-prefix');
    expect(fullNameMiss('tanuyenlaichau', ['tanuyen'], ['laichau'])).toBe('unit-type-prefix');
    expect(fullNameMiss('tanuyendienbien', ['tanuyen'], ['laichau'])).toBe('unit-type-prefix');
    expect(fullNameMiss('tanuyenabc', ['tanuyen'], ['laichau'])).toBe('not-full-name');
    expect(fullNameMiss('abctanuyen', ['tanuyen'])).toBe('not-full-name');
    expect(fullNameMiss('tu', ['tanuyen'])).toBe('not-full-name');
    expect(fullNameMiss('xatanuyen', ['abc', 'tanuyen'])).toBe('unit-type-prefix');
  });

  it('isTypeWords: one or more type words run together, nothing else', () => {
    expect(isTypeWords('')).toBe(false);
    expect(isTypeWords('huyen')).toBe(true);
    expect(isTypeWords('ubndhuyenxa')).toBe(true);
    expect(isTypeWords('huyenabc')).toBe(false);
    expect(isTypeWords('abchuyen')).toBe(false);
  });

  it('typeWordPrefixLengths: where a run of type words may end, leaving a name after it', () => {
    expect(typeWordPrefixLengths('ubndhuyentanuyen')).toEqual([4, 9]);
    expect(typeWordPrefixLengths('huyen')).toEqual([]);
    expect(typeWordPrefixLengths('huyenx')).toEqual([5]);
    expect(typeWordPrefixLengths('xab')).toEqual([2]);
    expect(typeWordPrefixLengths('tanuyen')).toEqual([]);
    expect(typeWordPrefixLengths('ubndhuyenx', 8)).toEqual([4]);
    expect(typeWordPrefixLengths('ubndhuyenx', 9)).toEqual([4, 9]);
  });

  it('isProvinceLabel and abbreviationMatches', () => {
    expect(isProvinceLabel('laichau')).toBe(true);
    expect(isProvinceLabel('hagiang')).toBe(true);
    expect(isProvinceLabel('abc')).toBe(false);
    expect(abbreviationMatches('stttt', ['sttt', 'stttt'])).toBe(true);
    expect(abbreviationMatches('st', ['sttt'])).toBe(false);
  });
});

describe('the name normaliser', () => {
  it.each(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212'])('%s between the halves of a name keeps the hyphenated label', (dash) => {
    expect(fullNameLabels(`Bà Rịa ${dash} Vũng Tàu`)).toEqual(['baria-vungtau', 'bariavungtau']);
  });

  it.each(["'", '\u2019', '\u2018', '\u02bc'])('an apostrophe (%s) joins the parts of a name', (a) => {
    expect(foldKey(`Ea H${a}Leo`)).toBe('ea hleo');
    expect(foldKey(`Ia H${a}Drai`)).toBe('ia hdrai');
  });

  it('Latin letters from a to z are letters, and punctuation around them is a single space', () => {
    expect(foldKey('  Zalo, Yên-Bái  ')).toBe('zalo yen bai');
    expect(foldKey('a\u007fb')).toBe('a b');
  });

  it('unaccent drops combining marks NFC cannot compose, from U+0300 to U+036F', () => {
    expect(unaccent('q\u0300')).toBe('q');
    expect(unaccent('q\u036f')).toBe('q');
    expect(unaccent('q\u0370')).toBe('q\u0370');
    expect(unaccent('Tie\u0302\u0301ng Vie\u0323\u0302t')).toBe('Tieng Viet');
  });

  it('unaccent maps a letter only to a single base letter', () => {
    // U+0149 decomposes to two characters (U+02BC n): not a Vietnamese letter, kept.
    expect(unaccent('\u0149')).toBe('\u0149');
    expect(unaccent('Đắk Lắk ơ ư Ơ Ư')).toBe('Dak Lak o u O U');
    expect(hasDiacritics('Lai Châu')).toBe(true);
    expect(hasDiacritics('Lai Chau')).toBe(false);
  });

  it('a name\u2019s label keeps only letters, digits and hyphens: no space, however typed, no punctuation', () => {
    // A no-break space, as pasted from a web page.
    expect(fullNameLabels('T\u00e2n\u00a0Uy\u00ean')).toEqual(['tanuyen']);
    expect(fullNameLabels('Tân_Uyên~')).toEqual(['tanuyen']);
    expect(fullNameLabels('Tân{Uyên}')).toEqual(['tanuyen']);
  });

  it('digits are kept, 0 and 9 included', () => {
    expect(fullNameLabels('Quận 10')).toEqual(['quan10']);
    expect(fullNameLabels('Phường 9')).toEqual(['phuong9']);
    expect(foldKey('Quận 9')).toBe('quan 9');
    expect(foldKey('Phường 09')).toBe('phuong 09');
  });
});

describe('a rule given no valid name', () => {
  /** What a rule would see of a holder of this kind, nothing of it known. */
  function blank(kind: EntityKind): EntityFacts {
    return { kind, name: 'X', source: 'agency', province: null, district: null, commune: null, central: null, self: null, branch: false, body: null, abbreviations: [], fullNames: [], found: false };
  }

  // On a name that is not a hostname the engine runs only input-form and
  // hostname-syntax; every other rule's own contract is still to say nothing, not
  // to fail, when the facts have no host. unit-validity judges the holder, not the
  // name: it is not asked here.
  const SPEAKERS = new Set(['input-form', 'hostname-syntax', 'unit-validity']);

  it.each(RULES.filter((r) => !SPEAKERS.has(r.id)).map((r) => [r.id, r] as const))('%s says nothing', (_id, rule) => {
    for (const entity of [null, ...ENTITY_KINDS.map(blank)]) {
      const facts: Facts = {
        asOf: '2020-06-25',
        decree: 'decree-43-2011',
        newMap: false,
        history: false,
        parsed: parseHost('a..gov.vn'),
        host: null,
        entity,
        context: entity !== null,
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
