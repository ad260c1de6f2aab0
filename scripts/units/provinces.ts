/**
 * The provinces of both eras: the 63 of 2011 with their changes up to
 * 2025-06-30 (hand-kept), the 34 of 2025-07-01 (the package), and which old
 * province each new one continues or succeeds.
 */
import { foldKey } from '../../src/vi/fold.js';
import { byCode, dayBefore, fail, LAST_OLD_DAY, MAP_DATE, type PType } from './common.js';
import { provinceTypeOf } from './names.js';
import type { HandProvince, ProvinceChange } from './read-hand-kept.js';
import type { SrcProvince } from './read-source.js';
import { addSpelling, checkLabels, type BuildReport } from './report.js';

/** One line of the PROVINCES table: a province under one name for one span of time. */
export interface ProvinceRec {
  id: string;
  code: string;
  fullName: string;
  from: string | null;
  to: string | null;
  successorId: string | null;
  /** Stored only when the name does not give them. */
  labels: string[] | null;
}

export interface OldProvinces {
  /** Every record so far, the 2011 provinces and those their changes began. */
  records: ProvinceRec[];
  /** The province of each code on 2025-06-30 (the old map the package describes). */
  lastOld: Map<string, ProvinceRec>;
}

/** The hand-kept provinces, checked, each followed by the records its changes began. */
export function oldProvinces(hand: readonly HandProvince[], changes: readonly ProvinceChange[], report: BuildReport): OldProvinces {
  if (hand.length !== 63) fail(`provinces-2011.json should list 63 provinces, not ${hand.length}`);
  const handByCode = new Map<string, HandProvince>();
  for (const p of hand) {
    if (!/^\d{2}$/.test(p.code)) fail(`province code "${p.code}" should be two digits`);
    if (handByCode.has(p.code)) fail(`province code ${p.code} listed twice`);
    if (provinceTypeOf(p.name) !== p.type) fail(`${p.name}: type ${p.type} does not match the name`);
    handByCode.set(p.code, p);
    checkLabels(report, p.name, [p.label, ...(p.alsoAccepted ?? [])], p.labelNote !== undefined);
  }

  const records: ProvinceRec[] = [];
  const lastOld = new Map<string, ProvinceRec>();
  for (const p of [...hand].sort((a, b) => byCode(a.code, b.code))) {
    let rec: ProvinceRec = {
      id: p.code,
      code: p.code,
      fullName: p.name,
      from: null,
      to: null,
      successorId: null,
      labels: p.labelNote !== undefined ? [p.label, ...(p.alsoAccepted ?? [])] : null,
    };
    records.push(rec);
    const own = changes.filter((c) => c.code === p.code).sort((a, b) => (a.date < b.date ? -1 : 1));
    for (const c of own) {
      if (foldKey(c.before) !== foldKey(rec.fullName)) fail(`change of ${c.date}: "${c.before}" is not the name of code ${c.code} then`);
      if (c.date >= MAP_DATE || c.date <= '2011-10-01') fail(`change of ${c.date} is outside 2011-10-02..2025-06-30`);
      if (provinceTypeOf(c.after) !== c.type) fail(`change of ${c.date}: type ${c.type} does not match "${c.after}"`);
      checkLabels(report, c.after, [c.label], false);
      const next: ProvinceRec = {
        id: `${c.code}@${c.date.slice(0, 4)}`,
        code: c.code,
        fullName: c.after,
        from: c.date,
        to: null,
        successorId: null,
        labels: null,
      };
      rec.to = dayBefore(c.date);
      rec.successorId = next.id;
      records.push(next);
      rec = next;
    }
    lastOld.set(p.code, rec);
  }
  for (const c of changes) if (!handByCode.has(c.code)) fail(`change of ${c.date}: unknown code ${c.code}`);
  return { records, lastOld };
}

/** The old province a package row names, found by fold key; a spelling that differs is reported. */
export type OldProvinceOf = (name: string, where: string) => ProvinceRec;

export function oldProvinceLookup(lastOld: ReadonlyMap<string, ProvinceRec>, report: BuildReport): OldProvinceOf {
  const oldByFold = new Map<string, ProvinceRec>();
  for (const rec of lastOld.values()) oldByFold.set(foldKey(rec.fullName), rec);
  return (name, where) => {
    const rec = oldByFold.get(foldKey(name));
    if (!rec) fail(`${where}: old province "${name}" is not in provinces-2011.json (with its changes)`);
    if (rec.fullName !== name) addSpelling(report, `old province "${name}" (package) = "${rec.fullName}" (hand-kept)`);
    return rec;
  };
}

export interface NewProvince {
  code: string;
  /** As the package writes it (without `Tỉnh`). */
  srcName: string;
  fullName: string;
}

/** The 34 provinces of 2025-07-01, with their full names. */
export function newProvinces(src: readonly SrcProvince[]): NewProvince[] {
  const out = src.map((p) => {
    const fullName = p.name.startsWith('Thành phố ') ? p.name : `Tỉnh ${p.name}`;
    const type: PType =
      p.placeType === 'Tỉnh' ? 'tinh' : p.placeType === 'Thành phố Trung Ương' ? 'thanh-pho' : fail(`place_type "${p.placeType}"`);
    if (provinceTypeOf(fullName) !== type) fail(`new province "${p.name}": place_type ${p.placeType} does not match the name`);
    return { code: p.code, srcName: p.name, fullName };
  });
  if (out.length !== 34) fail(`the package should list 34 provinces, not ${out.length}`);
  if (new Set(out.map((p) => p.code)).size !== 34) fail('two new provinces share a code');
  return out;
}

export interface Flows {
  /** Old province id → new province code → rows of old wards that went there. */
  flows: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** New province code → the old province ids its wards came from. */
  sources: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The provinces of 2025-07-01 added to the records: one unchanged keeps its
 * record; the others end on 2025-06-30, each succeeded by the new province most
 * of its wards went to, and the new ones begin. Gives each new code's record id.
 */
export function mergeProvinces(old: OldProvinces, news: readonly NewProvince[], { flows, sources }: Flows, report: BuildReport): Map<string, string> {
  const { records, lastOld } = old;
  const newByCode = new Map(news.map((p) => [p.code, p]));
  const newIdOf = new Map<string, string>();
  for (const np of [...news].sort((a, b) => byCode(a.code, b.code))) {
    const prev = lastOld.get(np.code);
    const from = sources.get(np.code) ?? new Set<string>();
    const unchanged =
      prev !== undefined &&
      foldKey(prev.fullName) === foldKey(np.fullName) &&
      from.size === 1 &&
      from.has(prev.id) &&
      (flows.get(prev.id)?.size ?? 0) === 1;
    if (unchanged) {
      if (prev.fullName !== np.fullName) addSpelling(report, `new province "${np.fullName}" (package) = "${prev.fullName}" (hand-kept)`);
      newIdOf.set(np.code, prev.id);
      report.unchanged.push(prev.fullName);
      continue;
    }
    const like = prev !== undefined && foldKey(prev.fullName) === foldKey(np.fullName) ? prev : undefined;
    const rec: ProvinceRec = {
      id: `${np.code}@${MAP_DATE.slice(0, 4)}`,
      code: np.code,
      fullName: np.fullName,
      from: MAP_DATE,
      to: null,
      successorId: null,
      // A province that keeps its name keeps a label the name does not give (hochiminhcity).
      labels: like?.labels ?? null,
    };
    if (records.some((r) => r.id === rec.id)) fail(`province id ${rec.id} used twice`);
    records.push(rec);
    newIdOf.set(np.code, rec.id);
  }
  for (const prev of lastOld.values()) {
    if (report.unchanged.includes(prev.fullName)) continue;
    const f = flows.get(prev.id);
    if (!f) fail(`no ward_mappings row for old province ${prev.fullName}`);
    // Most old wards decide; the lower code breaks a tie so that the output is stable.
    const [bestCode] = [...f].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))[0]!;
    prev.to = LAST_OLD_DAY;
    prev.successorId = newIdOf.get(bestCode)!;
    report.successors[prev.fullName] = newByCode.get(bestCode)!.fullName;
  }
  records.sort((a, b) => byCode(a.code, b.code) || (a.from ?? '').localeCompare(b.from ?? ''));
  report.counts.provinces = records.length;
  return newIdOf;
}
