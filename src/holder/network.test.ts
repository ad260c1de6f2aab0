import { describe, expect, it } from 'vitest';
import { holderFromAgency } from './from-agency.js';

const on = '2025-08-01';

describe('bodies the registry places under a central parent', () => {
  it.each([
    ['Công an thành phố Hồ Chí Minh', 'mps'],
    ['Công an tỉnh Lai Châu', 'mps'],
    ['Kho bạc Nhà nước Đà Nẵng', 'vst'],
    ['Bộ Chỉ huy Quân sự tỉnh Lai Châu', 'mod'],
    ['Đài Khí tượng Thủy văn tỉnh Lai Châu', 'kttv'],
    ['Cục Thi hành án dân sự tỉnh Lai Châu', 'thads'],
    ['Ngân hàng Nhà nước chi nhánh Lai Châu', 'sbv'],
  ])('reads %s as a branch of %s in its province', (agency, parent) => {
    const e = holderFromAgency({ agency }, on);
    expect(e.kind).toBe('ministry-unit');
    expect(e.branch).toBe(true);
    expect(e.parent?.id).toBe(parent);
    expect(e.province).not.toBeNull();
  });

  it('takes the province given beside "Công an thành phố"', () => {
    const e = holderFromAgency({ agency: 'Công an thành phố', province: 'Đà Nẵng' }, on);
    expect(e.parent?.id).toBe('mps');
    expect(e.province?.labels[0]).toBe('danang');
  });

  it('takes a branch\'s bare words with the province given beside them (a provincial list)', () => {
    const e = holderFromAgency({ agency: 'Cục Thống kê', province: 'Đà Nẵng' }, '2020-01-01');
    expect([e.branch, e.parent?.id, e.province?.labels[0]]).toEqual([true, 'gso', 'danang']);
    expect(holderFromAgency({ agency: 'Cục Thống kê' }, '2020-01-01').self?.id).toBe('gso');
  });

  it('leaves a commune police to the other readings', () => {
    expect(holderFromAgency({ agency: 'Công an xã Tà Lèng', province: 'Lai Châu' }, on).branch).toBe(false);
  });

  it('places a unit under the parent named in parentheses', () => {
    const listed = holderFromAgency({ agency: 'Cục An toàn thực phẩm (Bộ Y tế)' }, on);
    expect([listed.self?.id, listed.parent?.id]).toEqual(['vfa', 'moh']);
    const unlisted = holderFromAgency({ agency: 'Cục Quản lý Môi trường y tế (Bộ Y tế)' }, on);
    expect([unlisted.kind, unlisted.parent?.id]).toEqual(['ministry-unit', 'moh']);
  });

  it('reads an academy named after Hồ Chí Minh as a school, not in the city', () => {
    const e = holderFromAgency({ agency: 'Học viện Chính trị quốc gia Hồ Chí Minh' }, on);
    expect(e.kind).toBe('school');
    expect(e.province).toBeNull();
  });

  it('knows the Government Office, the ethnic affairs committee and the State Audit', () => {
    expect(holderFromAgency({ agency: 'Văn phòng Chính phủ' }, on).self?.id).toBe('vpcp');
    expect(holderFromAgency({ agency: 'Ủy ban Dân tộc' }, '2024-01-01').self?.id).toBe('cema');
    expect(holderFromAgency({ agency: 'Kiểm toán Nhà nước' }, on).self?.id).toBe('sav');
  });
});
