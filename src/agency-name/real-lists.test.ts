import { describe, expect, it } from 'vitest';
import '../history.js';
import { validate } from '../index.js';

// Names as real lists write them (RULES.md, "Names written the way people write them").
describe('agency names as real lists write them', () => {
  it.each([
    ['phuquoc.angiang.gov.vn', 'Cổng thông tin đặc khu Phú Quốc', 'commune', 'angiang', '2026-08-01'],
    ['badinh.quangngai.gov.vn', 'Cổng TTĐT xã Ba Đình, Quảng Ngãi', 'commune', 'quangngai', '2026-08-01'],
    ['bqlkcn.baria-vungtau.gov.vn', 'Ban Quản lý Khu công nghiệp BRVT', 'province-agency', 'baria-vungtau', '2024-01-01'],
    ['skhdt.baria-vungtau.gov.vn', 'Sở Kế hoạch - Đầu Tư BRVT', 'province-agency', 'baria-vungtau', '2024-01-01'],
    ['skhdt.hanoi.gov.vn', 'Sở Kế hoạch và Đầu tư HN', 'province-agency', 'hanoi', '2024-01-01'],
    ['skhdt.danang.gov.vn', 'Sở Kế hoạch và Đầu tư ĐN', 'province-agency', 'danang', '2024-01-01'],
    ['laichau.gov.vn', 'UBND TỈNH LAI CHÂU', 'province', 'laichau', '2026-08-01'],
    ['haiphong.gov.vn', 'Thành phố Hải phòng', 'province', 'haiphong', '2026-08-01'],
  ])('%s for %s', (name, agency, kind, province, asOf) => {
    const r = validate(name, { agency, asOf });
    expect(r.entity?.kind).toBe(kind);
    expect(r.entity?.province?.label).toBe(province);
    expect(r.verdict).toBe('compliant');
  });

  it('keeps no province initials inside a suggested abbreviation (skhdtbrvt → skhdt)', () => {
    const r = validate('abc.baria-vungtau.gov.vn', { agency: 'Sở Kế hoạch - Đầu Tư BRVT', asOf: '2024-01-01' });
    expect(r.suggestions[0]).toBe('skhdt.baria-vungtau.gov.vn');
  });

  it('reads "Văn phòng UBND" with the province given as the province\u2019s office', () => {
    const r = validate('vpubnd.laichau.gov.vn', { agency: 'Văn phòng UBND', province: 'Lai Châu', asOf: '2024-01-01' });
    expect(r.entity?.kind).toBe('province-agency');
  });

  it('reads a name that only mentions a province\u2019s initials in lower case as words', () => {
    const r = validate('hn.laichau.gov.vn', { agency: 'Sở Nội vụ hn', province: 'Lai Châu', asOf: '2024-01-01' });
    expect(r.entity?.province?.label).toBe('laichau');
  });
});
