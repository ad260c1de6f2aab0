/**
 * Finding units and provinces by name, and choosing among several records of one
 * name: by type, by spelling, by date. Both readers of the holder use these.
 */
import {
  allProvinces,
  findCommunes,
  findDistricts,
  findProvinces,
  isValidOn,
  provinceById,
  provincesOn,
  type Commune,
  type District,
  type Province,
} from '../data/lookup.js';

/** Of several records, the one valid on the date; else the latest one before it; else the first. */
export function pickOn<T extends { from: string | null; to: string | null }>(list: readonly T[], date: string): T | undefined {
  let best: T | undefined;
  for (const x of list) {
    if (isValidOn(x, date)) return x;
    if (x.to !== null && x.to < date && (!best || (best.to !== null && best.to < x.to))) best = x;
  }
  return best ?? list[0];
}

/** The province a name gives on the date: the record of its code valid then, when the name is of another era. */
export function provinceNamed(text: string | undefined, date: string): Province | undefined {
  if (!text) return undefined;
  const p = pickOn(findProvinces(text), date);
  return p && provinceAsOf(p, date);
}

/**
 * The record of the same province valid on the date, when a name points to another
 * era of it under another name ("Huế" in 2020 is Thừa Thiên Huế, code 46); the record
 * itself when none is.
 */
export function provinceAsOf(p: Province, date: string): Province {
  if (isValidOn(p, date)) return p;
  // Only a rename keeps its place (Thừa Thiên Huế → Huế): in 2025 the merged Bắc Ninh took
  // Bắc Giang's code 24, yet a unit of Bắc Giang stays a unit of Bắc Giang.
  const renamed = (x: Province): boolean => x.name.includes(p.name) || p.name.includes(x.name);
  return allProvinces().find((x) => x.code === p.code && isValidOn(x, date) && renamed(x)) ?? p;
}

/** Whether a text names a province of any era: the agency-name parser's gazetteer. */
export function isPlace(name: string): boolean {
  return findProvinces(name).length > 0;
}

/** Prefer records of the wanted type, then those spelled as written (Vân Phúc is not Vạn Phúc), then those valid on the date. */
export function rank<T extends { type: string; name: string; from: string | null; to: string | null }>(
  list: readonly T[],
  type: string | undefined,
  date: string,
  written?: string,
): T[] {
  if (list.length <= 1) return [...list];
  const spelled = written === undefined ? undefined : written.normalize('NFC').toLocaleLowerCase('vi');
  const score = (x: T) =>
    (type && x.type === type ? 0 : 4) +
    (spelled !== undefined && x.name.toLocaleLowerCase('vi') !== spelled ? 2 : 0) +
    (isValidOn(x, date) ? 0 : 1);
  // Of records gone before the date, the one that lasted longest is meant (a commune of
  // 2025-06-30 rather than a namesake merged away earlier).
  const ended = (x: T) => (x.to !== null && x.to < date ? x.to : '');
  // Each score worked out once (lower-casing by locale is dear); the sort is stable.
  const scored = list.map((x) => ({ x, s: score(x), e: ended(x) }));
  scored.sort((a, b) => a.s - b.s || (a.e === b.e || a.e === '' || b.e === '' ? 0 : a.e < b.e ? 1 : -1));
  return scored.map((e) => e.x);
}

/** The districts of that name in the province; without one, in every province of the last map that had districts. */
export function searchDistricts(name: string, province: Province | undefined, date: string): District[] {
  if (province && province.to !== null) return [...findDistricts(province.id, name)];
  if (province) {
    // A province of the new map has no districts: its predecessors' are the ones a name can mean.
    const out = [...findDistricts(province.id, name)];
    for (const p of provincesOn('2025-06-30')) {
      if (p !== province && (p.code === province.code || p.successorId === province.id)) out.push(...findDistricts(p.id, name));
    }
    return out;
  }
  const out: District[] = [];
  for (const p of provincesOn(date < '2025-07-01' ? date : '2025-06-30')) out.push(...findDistricts(p.id, name));
  return out;
}

/** The communes of that name in the province (every province of the date without one), and those merged away into it. */
export function searchCommunes(name: string, province: Province | undefined, date: string): Commune[] {
  const scope = province ? [province] : provincesOn(date);
  const out: Commune[] = [];
  for (const p of scope) out.push(...findCommunes(p.id, name));
  if (date <= '2025-06-30') return out;
  // A commune merged away on 2025-07-01 is kept with its province's record of 2025-06-30
  // (Tuyên Quang before and after its merger are two records): look there too, and let
  // `rank` choose by type, spelling and date.
  for (const p of provincesOn('2025-06-30')) {
    if (scope.includes(p)) continue;
    const mergedInto = p.successorId !== undefined && scope.some((q) => q.id === p.successorId);
    if (!province || p.code === province.code || mergedInto) out.push(...findCommunes(p.id, name));
  }
  return out;
}

/** A district's province as it stood on the date (a district table row names the 2025-06-30 one). */
export function provincesOfDistrict(d: District, date: string): Province[] {
  const p = provinceById(d.provinceId);
  if (!p) return [];
  return [provinceAsOf(p, date)];
}
