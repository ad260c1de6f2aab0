import { describe, expect, it } from 'vitest';
import { GovvnOptionError, listAgencies, listProvinces, suggest, validate } from './index.js';

describe('listProvinces', () => {
  it('gives the 63 provinces before 2025-07-01 and the 34 after, with labels', () => {
    expect(listProvinces({ asOf: '2020-06-25' })).toHaveLength(63);
    const now = listProvinces({ asOf: '2026-11-28' });
    expect(now).toHaveLength(34);
    expect(now.find((p) => p.name === 'Lai Châu')).toEqual({ code: '12', name: 'Lai Châu', fullName: 'Tỉnh Lai Châu', label: 'laichau' });
    expect(now.some((p) => p.name === 'Hà Giang')).toBe(false);
  });

  it('throws GovvnOptionError for a bad date', () => {
    expect(() => listProvinces({ asOf: '2026-02-30' })).toThrow(GovvnOptionError);
  });
});

describe('listAgencies', () => {
  it('gives the committee, the departments of the date and the communes of Lai Châu in 2026', () => {
    const list = listAgencies('Lai Châu', { asOf: '2026-11-28' });
    expect(list[0]).toEqual({ name: 'UBND tỉnh Lai Châu', kind: 'province' });
    const departments = list.filter((a) => a.kind === 'province-agency' || a.kind === 'education-authority');
    expect(departments).toHaveLength(10);
    expect(departments.map((a) => a.name)).toContain('Sở Nông nghiệp và Môi trường tỉnh Lai Châu');
    expect(list).toContainEqual({ name: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu', kind: 'education-authority' });
    expect(list).toContainEqual({ name: 'UBND xã Tân Uyên', kind: 'commune' });
    expect(list).toContainEqual({ name: 'UBND phường Tân Phong', kind: 'commune' });
    expect(list.some((a) => a.kind === 'district')).toBe(false);
  });

  it('gives districts, and the departments before the restructuring, in 2020', () => {
    const list = listAgencies('Lai Châu', { asOf: '2020-06-25' });
    expect(list).toContainEqual({ name: 'UBND huyện Tân Uyên', kind: 'district' });
    expect(list).toContainEqual({ name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu', kind: 'province-agency' });
    expect(list.filter((a) => a.kind === 'province-agency' || a.kind === 'education-authority')).toHaveLength(15);
    // Communes of the old map ship in govvn/history only.
    expect(list.some((a) => a.kind === 'commune')).toBe(false);
  });

  it('finds a province by name, full name or code, on the date only', () => {
    const byName = listAgencies('Huế', { asOf: '2026-11-28' });
    expect(byName[0]!.name).toBe('UBND thành phố Huế');
    expect(listAgencies('Thành phố Huế', { asOf: '2026-11-28' })).toEqual(byName);
    expect(listAgencies('12', { asOf: '2026-11-28' })[0]!.name).toBe('UBND tỉnh Lai Châu');
    expect(listAgencies('Hà Giang', { asOf: '2026-11-28' })).toEqual([]);
    expect(listAgencies('Nowhere', { asOf: '2026-11-28' })).toEqual([]);
  });

  // Every name offered must be one the engine reads back as the same holder, with a compliant name
  // (this caught units named after a province, such as "xã Nguyễn Huệ" read as one of Huế).
  for (const asOf of ['2020-06-25', '2026-11-28']) {
    it(`offers only agencies the engine reads back, each with a compliant name (${asOf})`, () => {
      const wrong: string[] = [];
      for (const p of listProvinces({ asOf })) {
        for (const a of listAgencies(p.name, { asOf })) {
          const names = suggest(a.name, { asOf, province: p.name });
          const r = validate(names[0] ?? '', { agency: a.name, province: p.name, asOf });
          if (r.verdict !== 'compliant' || r.entity?.kind !== a.kind || r.entity.province?.code !== p.code) {
            wrong.push(`${p.name} | ${a.name} → ${names.join(', ') || 'no name'}: ${r.verdict}, ${r.entity?.kind}, ${r.entity?.province?.code}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
