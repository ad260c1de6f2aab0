import { describe, expect, it } from 'vitest';
import '../src/history.js';
import { validate, type ValidateOptions, type Verdict } from '../src/index.js';

/**
 * Every cell of the table of how each kind of holder is judged (docs/legal-basis.md): each kind
 * of holder in each period where it exists, with compliant names and the ways a
 * name can go wrong, each with the suggestion it must get.
 */

// One date inside each period.
const P1 = '2020-06-25'; // Decree 43/2011, 63 provinces, districts
const P2 = '2023-06-01'; // Decree 42/2022, the old map
const P2N = '2025-09-01'; // Decree 42/2022, the new map (34 provinces, no districts)
const P3 = '2026-09-01'; // Decree 224/2026

interface Case {
  name: string;
  opts: ValidateOptions;
  verdict: Verdict;
  /** "ruleId/messageId" that must be among the issues. */
  finding?: string;
  /** Must be the first suggestion; null: no suggestion at all. */
  suggestion?: string | null;
}

const LC = { province: 'Lai Châu' };
const cases: Record<string, Case[]> = {
  ministry: [
    ...[P1, P2, P2N, P3].map((asOf) => ({ name: 'mof.gov.vn', opts: { asOf, agency: 'Bộ Tài chính' }, verdict: 'compliant' as const })),
    { name: 'taichinh.mof.gov.vn', opts: { asOf: P1, agency: 'Bộ Tài chính' }, verdict: 'non-compliant', finding: 'ministry-domain/wrong-level', suggestion: 'mof.gov.vn' },
    { name: 'mof.com.vn', opts: { asOf: P2, agency: 'Bộ Tài chính' }, verdict: 'non-compliant', finding: 'gov-vn-zone/outside-gov-vn', suggestion: 'mof.gov.vn' },
    { name: 'mof-vietnam.com', opts: { asOf: P2, agency: 'Bộ Tài chính' }, verdict: 'non-compliant', finding: 'vn-domain/outside-vn', suggestion: 'mof.gov.vn' },
    { name: 'bộtàichính.gov.vn', opts: { asOf: P1, agency: 'Bộ Tài chính' }, verdict: 'non-compliant', finding: 'unaccented-labels/accented', suggestion: 'mof.gov.vn' },
    { name: 'mic.gov.vn', opts: { asOf: P2N, agency: 'Bộ Thông tin và Truyền thông' }, verdict: 'non-compliant', finding: 'unit-validity/agency-merged', suggestion: 'mst.gov.vn' },
    // A full name: a warning before Decree 224/2026, accepted by it.
    { name: 'botaichinh.gov.vn', opts: { asOf: P1, agency: 'Bộ Tài chính' }, verdict: 'compliant', finding: 'ministry-domain/full-name-before-224', suggestion: 'mof.gov.vn' },
    // Decree 42/2022's wording is unknown: the difference between 43/2011 and 224/2026 is only a note.
    { name: 'botaichinh.gov.vn', opts: { asOf: P2, agency: 'Bộ Tài chính' }, verdict: 'compliant', finding: 'ministry-domain/full-name-unverified', suggestion: null },
    { name: 'toaan.gov.vn', opts: { asOf: P1, agency: 'Tòa án nhân dân tối cao' }, verdict: 'compliant', finding: 'ministry-domain/judicial-no-format', suggestion: null },
    { name: 'toaan.gov.vn', opts: { asOf: P3, agency: 'Tòa án nhân dân tối cao' }, verdict: 'compliant', suggestion: null },
    { name: 'botaichinh.gov.vn', opts: { asOf: P3, agency: 'Bộ Tài chính' }, verdict: 'compliant', suggestion: null },
    { name: 'btc.gov.vn', opts: { asOf: P1, agency: 'Bộ Tài chính' }, verdict: 'compliant', suggestion: null },
    { name: 'xyz.gov.vn', opts: { asOf: P1, agency: 'Bộ Tài chính' }, verdict: 'compliant', finding: 'ministry-domain/unrecognised-abbreviation', suggestion: 'mof.gov.vn' },
  ],
  'ministry-unit': [
    { name: 'gdt.mof.gov.vn', opts: { asOf: P1, agency: 'Tổng cục Thuế' }, verdict: 'compliant' },
    { name: 'gdt.gov.vn', opts: { asOf: P2N, agency: 'Cục Thuế' }, verdict: 'compliant', finding: 'ministry-unit-domain/own-level-3-name', suggestion: 'gdt.mof.gov.vn' },
    { name: 'gdt.moh.gov.vn', opts: { asOf: P1, agency: 'Tổng cục Thuế' }, verdict: 'non-compliant', finding: 'ministry-unit-domain/wrong-parent', suggestion: 'gdt.mof.gov.vn' },
    { name: 'hoadon.gdt.mof.gov.vn', opts: { asOf: P3, agency: 'Tổng cục Thuế' }, verdict: 'compliant', finding: 'ministry-unit-domain/deeper-than-level-4' },
    // Provincial branches of central agencies.
    { name: 'laichau.baohiemxahoi.gov.vn', opts: { asOf: P1, agency: 'Bảo hiểm xã hội tỉnh Lai Châu' }, verdict: 'compliant' },
    { name: 'laichau.baohiemxahoi.gov.vn', opts: { asOf: P3, agency: 'Bảo hiểm Xã hội tỉnh', ...LC }, verdict: 'compliant' },
    { name: 'bhxhdienbien.gov.vn', opts: { asOf: P2, agency: 'Bảo hiểm xã hội tỉnh Điện Biên' }, verdict: 'non-compliant', finding: 'central-branch-domain/wrong-level', suggestion: 'dienbien.baohiemxahoi.gov.vn' },
    { name: 'cucthuelaichau.gov.vn', opts: { asOf: P1, agency: 'Cục Thuế tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'central-branch-domain/wrong-level', suggestion: 'laichau.gdt.gov.vn' },
    { name: 'dienbien.baohiemxahoi.gov.vn', opts: { asOf: P1, agency: 'Bảo hiểm xã hội tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'central-branch-domain/wrong-province', suggestion: 'laichau.baohiemxahoi.gov.vn' },
    { name: 'bhxh.laichau.gov.vn', opts: { asOf: P1, agency: 'Bảo hiểm xã hội tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'central-branch-domain/wrong-parent', suggestion: 'laichau.baohiemxahoi.gov.vn' },
  ],
  province: [
    ...[P1, P2, P2N, P3].map((asOf) => ({ name: 'laichau.gov.vn', opts: { asOf, agency: 'UBND tỉnh Lai Châu' }, verdict: 'compliant' as const })),
    { name: 'hochiminhcity.gov.vn', opts: { asOf: P1, agency: 'UBND Thành phố Hồ Chí Minh' }, verdict: 'compliant' },
    { name: 'baria-vungtau.gov.vn', opts: { asOf: P2, agency: 'UBND tỉnh Bà Rịa - Vũng Tàu' }, verdict: 'compliant' },
    { name: 'tphcm.gov.vn', opts: { asOf: P1, agency: 'UBND Thành phố Hồ Chí Minh' }, verdict: 'non-compliant', finding: 'province-domain/not-full-name', suggestion: 'hochiminhcity.gov.vn' },
    { name: 'tinhlaichau.gov.vn', opts: { asOf: P1, agency: 'UBND tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'province-domain/unit-type-prefix', suggestion: 'laichau.gov.vn' },
    { name: 'dienbien.gov.vn', opts: { asOf: P3, agency: 'UBND tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'province-domain/wrong-province', suggestion: 'laichau.gov.vn' },
    { name: 'portal.laichau.gov.vn', opts: { asOf: P1, agency: 'UBND tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'province-domain/wrong-level', suggestion: 'laichau.gov.vn' },
    { name: 'laichau.vn', opts: { asOf: P1, agency: 'UBND tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'gov-vn-zone/outside-gov-vn', suggestion: 'laichau.gov.vn' },
    { name: 'laichau.com', opts: { asOf: P2, agency: 'UBND tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'vn-domain/outside-vn', suggestion: 'laichau.gov.vn' },
    { name: 'xn--laichu-yva.gov.vn', opts: { asOf: P1, agency: 'UBND tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'unaccented-labels/accented', suggestion: 'laichau.gov.vn' },
    { name: 'hagiang.gov.vn', opts: { asOf: P2N, agency: 'UBND tỉnh Hà Giang' }, verdict: 'non-compliant', finding: 'unit-validity/province-merged', suggestion: 'tuyenquang.gov.vn' },
    { name: 'thuathienhue.gov.vn', opts: { asOf: '2025-03-01', agency: 'UBND tỉnh Thừa Thiên Huế' }, verdict: 'non-compliant', finding: 'unit-validity/province-renamed', suggestion: 'hue.gov.vn' },
    { name: 'thuathienhue.gov.vn', opts: { asOf: P1, agency: 'UBND tỉnh Thừa Thiên Huế' }, verdict: 'compliant' },
    { name: 'hue.gov.vn', opts: { asOf: P3, agency: 'UBND thành phố Huế' }, verdict: 'compliant' },
    { name: 'hanoi.gov.vn', opts: { asOf: P1, agency: 'UBND thành phố Hà Nội' }, verdict: 'compliant' },
  ],
  'province-agency': [
    ...[P1, P2, P2N, P3].map((asOf) => ({ name: 'stttt.laichau.gov.vn', opts: { asOf, agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' }, verdict: 'compliant' as const })),
    { name: 'dost-dongnai.gov.vn', opts: { asOf: P1, agency: 'Sở Khoa học và Công nghệ Đồng Nai' }, verdict: 'non-compliant', finding: 'province-agency-domain/wrong-level', suggestion: 'skhcn.dongnai.gov.vn' },
    { name: 'stttt.dienbien.gov.vn', opts: { asOf: P2, agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'province-agency-domain/wrong-province', suggestion: 'stttt.laichau.gov.vn' },
    { name: 'motcua.stttt.laichau.gov.vn', opts: { asOf: P2, agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' }, verdict: 'compliant' },
    { name: 'motcua.stttt.laichau.gov.vn', opts: { asOf: P3, agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' }, verdict: 'compliant', finding: 'province-agency-domain/deeper-than-level-4', suggestion: 'stttt.laichau.gov.vn' },
    { name: 'sotttt.laichau.com.vn', opts: { asOf: P1, agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' }, verdict: 'non-compliant', finding: 'gov-vn-zone/outside-gov-vn', suggestion: 'stttt.laichau.gov.vn' },
    { name: 'xyz.laichau.gov.vn', opts: { asOf: P1, agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' }, verdict: 'compliant', finding: 'province-agency-domain/unrecognised-abbreviation', suggestion: 'stttt.laichau.gov.vn' },
    // Decree 224/2026 allows the full name; before it, a warning.
    { name: 'thongtinvatruyenthong.laichau.gov.vn', opts: { asOf: P1, agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' }, verdict: 'compliant', finding: 'province-agency-domain/full-name-before-224', suggestion: 'stttt.laichau.gov.vn' },
    { name: 'thongtinvatruyenthong.laichau.gov.vn', opts: { asOf: P2, agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' }, verdict: 'compliant', finding: 'province-agency-domain/full-name-unverified', suggestion: null },
    { name: 'thongtinvatruyenthong.laichau.gov.vn', opts: { asOf: P3, agency: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' }, verdict: 'compliant', suggestion: null },
  ],
  district: [
    ...[P1, P2].map((asOf) => ({ name: 'tanuyen.laichau.gov.vn', opts: { asOf, agency: 'UBND huyện Tân Uyên', ...LC }, verdict: 'compliant' as const })),
    { name: 'huyentanuyen.gov.vn', opts: { asOf: P1, agency: 'UBND huyện Tân Uyên', ...LC }, verdict: 'non-compliant', finding: 'district-domain/wrong-level', suggestion: 'tanuyen.laichau.gov.vn' },
    { name: 'huyentanuyen.laichau.gov.vn', opts: { asOf: P2, agency: 'UBND huyện Tân Uyên', ...LC }, verdict: 'non-compliant', finding: 'district-domain/unit-type-prefix', suggestion: 'tanuyen.laichau.gov.vn' },
    { name: 'prtc.ninhthuan.gov.vn', opts: { asOf: P1, agency: 'UBND thành phố Phan Rang - Tháp Chàm' }, verdict: 'non-compliant', finding: 'district-domain/not-full-name', suggestion: 'phanrang-thapcham.ninhthuan.gov.vn' },
    { name: 'phanrangthapcham.ninhthuan.gov.vn', opts: { asOf: P1, agency: 'UBND thành phố Phan Rang - Tháp Chàm' }, verdict: 'compliant' },
    { name: 'tanuyen.dienbien.gov.vn', opts: { asOf: P1, agency: 'UBND huyện Tân Uyên', ...LC }, verdict: 'non-compliant', finding: 'district-domain/wrong-province', suggestion: 'tanuyen.laichau.gov.vn' },
    { name: 'tanuyen.laichau.vn', opts: { asOf: P1, agency: 'UBND huyện Tân Uyên', ...LC }, verdict: 'non-compliant', finding: 'gov-vn-zone/outside-gov-vn', suggestion: 'tanuyen.laichau.gov.vn' },
    // "UBND thành phố X": a district-level city unless X is a province-level city on the date.
    { name: 'laichau.laichau.gov.vn', opts: { asOf: P1, agency: 'UBND thành phố Lai Châu' }, verdict: 'compliant' },
    { name: 'dalat.lamdong.gov.vn', opts: { asOf: P1, agency: 'UBND thành phố Đà Lạt' }, verdict: 'compliant' },
    { name: 'dalat.gov.vn', opts: { asOf: P1, agency: 'UBND thành phố Đà Lạt' }, verdict: 'non-compliant', finding: 'district-domain/wrong-level', suggestion: 'dalat.lamdong.gov.vn' },
    // Abolished on 2025-07-01: no successor, no suggestion.
    ...[P2N, P3].map((asOf) => ({ name: 'tanuyen.laichau.gov.vn', opts: { asOf, agency: 'UBND huyện Tân Uyên', ...LC }, verdict: 'non-compliant' as const, finding: 'unit-validity/district-abolished', suggestion: null })),
  ],
  commune: [
    { name: 'taleng.laichau.gov.vn', opts: { asOf: P1, agency: 'UBND xã Tả Lèng', ...LC }, verdict: 'compliant', finding: 'commune-domain/no-national-format' },
    { name: 'taleng.tamduong.laichau.gov.vn', opts: { asOf: P2, agency: 'UBND xã Tả Lèng (huyện Tam Đường)', ...LC }, verdict: 'compliant', finding: 'commune-domain/no-national-format' },
    { name: 'xataleng.laichau.gov.vn', opts: { asOf: P1, agency: 'UBND xã Tả Lèng', ...LC }, verdict: 'non-compliant', finding: 'commune-domain/unit-type-prefix', suggestion: 'taleng.laichau.gov.vn' },
    { name: 'xatalenglaichau.gov.vn', opts: { asOf: P1 }, verdict: 'non-compliant', finding: 'commune-domain/wrong-level', suggestion: 'taleng.laichau.gov.vn' },
    { name: 'tanuyen.laichau.gov.vn', opts: { asOf: P2N, agency: 'UBND xã Tân Uyên', ...LC }, verdict: 'compliant', finding: 'commune-domain/no-national-format' },
    { name: 'tanuyen.laichau.gov.vn', opts: { asOf: P3, agency: 'UBND xã Tân Uyên', ...LC }, verdict: 'compliant' },
    { name: 'xatanuyen.gov.vn', opts: { asOf: P3, agency: 'UBND xã Tân Uyên', ...LC }, verdict: 'non-compliant', finding: 'commune-domain/wrong-level', suggestion: 'tanuyen.laichau.gov.vn' },
    { name: 'tanuyen.dienbien.gov.vn', opts: { asOf: P3, agency: 'UBND xã Tân Uyên', ...LC }, verdict: 'non-compliant', finding: 'commune-domain/wrong-province', suggestion: 'tanuyen.laichau.gov.vn' },
    { name: 'xa.tanuyen.laichau.gov.vn', opts: { asOf: P3, agency: 'UBND xã Tân Uyên', ...LC }, verdict: 'non-compliant', finding: 'commune-domain/wrong-level', suggestion: 'tanuyen.laichau.gov.vn' },
    // A commune merged on 2025-07-01: the successor's name.
    { name: 'thitrantanuyen.laichau.gov.vn', opts: { asOf: P3, agency: 'UBND thị trấn Tân Uyên', ...LC }, verdict: 'non-compliant', finding: 'unit-validity/commune-merged', suggestion: 'tanuyen.laichau.gov.vn' },
  ],
  school: [
    ...[P1, P2N, P3].map((asOf) => ({ name: 'chuyenlequydonlaichau.edu.vn', opts: { asOf, agency: 'Trường chuyên Lê Quý Đôn', ...LC }, verdict: 'compliant' as const })),
    { name: 'lequydon.laichau.gov.vn', opts: { asOf: P1, agency: 'Trường THPT chuyên Lê Quý Đôn', ...LC }, verdict: 'non-compliant', finding: 'education-domain/school-outside-edu-vn', suggestion: 'thptchuyenlequydonlaichau.edu.vn' },
  ],
  'education-authority': [
    { name: 'hanoi.edu.vn', opts: { asOf: P1, agency: 'Sở Giáo dục và Đào tạo Hà Nội' }, verdict: 'compliant' },
    { name: 'sgddt.hanoi.gov.vn', opts: { asOf: P3, agency: 'Sở Giáo dục và Đào tạo Hà Nội' }, verdict: 'compliant' },
    { name: 'sgddt-hanoi.com.vn', opts: { asOf: P1, agency: 'Sở Giáo dục và Đào tạo Hà Nội' }, verdict: 'non-compliant', finding: 'education-domain/outside-edu-vn', suggestion: 'hanoi.edu.vn' },
    // Circular 37/2020 (from about 2020-11-20): edu.vn depends on conditions, so only a warning.
    { name: 'sgddt-hanoi.com.vn', opts: { asOf: P2, agency: 'Sở Giáo dục và Đào tạo Hà Nội' }, verdict: 'compliant', finding: 'education-domain/edu-vn-conditional', suggestion: 'hanoi.edu.vn' },
    { name: 'tanuyen.edu.vn', opts: { asOf: P1, agency: 'Phòng Giáo dục và Đào tạo huyện Tân Uyên', ...LC }, verdict: 'compliant' },
    { name: 'tanuyen.edu.vn', opts: { asOf: P2N, agency: 'Phòng Giáo dục và Đào tạo huyện Tân Uyên', ...LC }, verdict: 'non-compliant', finding: 'unit-validity/district-abolished', suggestion: null },
  ],
  'public-service-unit': [
    { name: 'ioc.thuathienhue.gov.vn', opts: { asOf: P1, agency: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Thừa Thiên Huế' }, verdict: 'compliant' },
    { name: 'bachmai.gov.vn', opts: { asOf: P1, agency: 'Bệnh viện Bạch Mai' }, verdict: 'compliant', finding: 'ministry-unit-domain/own-level-3-name', suggestion: 'bachmai.moh.gov.vn' },
    // No decree format names a service unit: its own .vn name is compliant with a note; outside .vn the .vn duty.
    { name: 'bachmai.com.vn', opts: { asOf: P1, agency: 'Bệnh viện Bạch Mai' }, verdict: 'compliant', finding: 'gov-vn-zone/service-unit-own-name', suggestion: null },
    { name: 'bachmai.com', opts: { asOf: P1, agency: 'Bệnh viện Bạch Mai' }, verdict: 'non-compliant', finding: 'vn-domain/outside-vn', suggestion: 'bachmai.moh.gov.vn' },
  ],
  'party-body': [
    { name: 'tuyphong.binhthuan.dcs.vn', opts: { asOf: P1, agency: 'Huyện ủy Tuy Phong' }, verdict: 'compliant' },
    { name: 'huyenuytuyphong.com', opts: { asOf: P1, agency: 'Huyện ủy Tuy Phong' }, verdict: 'non-compliant', finding: 'vn-domain/outside-vn', suggestion: null },
    { name: 'huyenuytuyphong.binhthuan.gov.vn', opts: { asOf: P1, agency: 'Huyện ủy Tuy Phong' }, verdict: 'non-compliant', finding: 'gov-vn-eligibility/party-body-on-gov-vn', suggestion: null },
  ],
};

describe('How the rules apply: every kind of holder in every period', () => {
  for (const [kind, list] of Object.entries(cases)) {
    describe(kind, () => {
      for (const c of list) {
        const title = `${c.opts.asOf} ${c.opts.agency ?? '(no agency)'}: ${c.name} is ${c.verdict}${c.finding ? ` (${c.finding})` : ''}`;
        it(title, () => {
          const r = validate(c.name, { lang: 'en', ...c.opts });
          expect(r.verdict, JSON.stringify(r.issues.map((i) => `${i.ruleId}/${i.messageId}`))).toBe(c.verdict);
          if (c.opts.agency && kind !== 'party-body' || kind === 'party-body') expect(r.entity?.kind).toBe(kind);
          if (c.finding) expect(r.issues.map((i) => `${i.ruleId}/${i.messageId}`)).toContain(c.finding);
          if (c.suggestion === null) expect(r.suggestions).toEqual([]);
          else if (c.suggestion) expect(r.suggestions[0]).toBe(c.suggestion);
          // The property every suggestion must have: compliant for the same holder on the same date,
          // or, for a unit that no longer exists, for its successor (see successorEntity).
          const defunct = r.issues.some((i) => i.ruleId === 'unit-validity');
          if (!defunct) for (const s of r.suggestions) expect(validate(s, { lang: 'en', ...c.opts }).verdict, s).toBe('compliant');
        });
      }
    });
  }
});
