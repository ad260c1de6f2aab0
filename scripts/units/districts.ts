/**
 * The districts of 2025-06-30, in the order of their first ward code (GSO
 * order), with the island districts the package cannot name; and for each,
 * its old communes and the new communes that took their place (the history).
 */
import { foldKey } from '../../src/vi/fold.js';
import { byCode, fail, LAST_OLD_DAY } from './common.js';
import { COMMUNE_PREFIXES, DISTRICT_PREFIXES, safeName, splitType } from './names.js';
import type { OldProvinceOf, ProvinceRec } from './provinces.js';
import { communeKey, districtKey, endedUnits, type Ended, type EndedCommune, type EndedDistrict, type MapState } from './ended.js';
import type { EffectiveDate, IslandDistrict } from './read-hand-kept.js';
import type { SrcMapping, SrcWard } from './read-source.js';
import type { BuildReport } from './report.js';

interface OldWard {
  code: string;
  letter: string;
  bare: string;
  /** The codes of the new communes it went into. */
  next: Set<string>;
}

interface DistrictAcc {
  letter: string;
  bare: string;
  firstCode: string;
  wards: Map<string, OldWard>;
}

export interface DistrictTables {
  /** Province id → the DISTRICTS entry. */
  districtLines: [string, string][];
  /** Province id → the HISTORY entry. */
  historyLines: [string, string][];
}

/** Province id → district full name → the district and its old wards, from the coded rows. */
function gatherDistricts(rows: readonly SrcMapping[], oldOf: OldProvinceOf): Map<string, Map<string, DistrictAcc>> {
  const districts = new Map<string, Map<string, DistrictAcc>>();
  for (const m of rows) {
    const old = oldOf(m.oldProvince!, `ward_mappings row ${m.id}`);
    const byName = districts.get(old.id) ?? new Map<string, DistrictAcc>();
    districts.set(old.id, byName);
    let d = byName.get(m.oldDistrict!);
    if (!d) {
      const [letter, bare] = splitType(m.oldDistrict!, DISTRICT_PREFIXES, `district of row ${m.id}`);
      d = { letter, bare: safeName(bare), firstCode: m.oldCode!, wards: new Map() };
      byName.set(m.oldDistrict!, d);
    }
    if (byCode(m.oldCode!, d.firstCode) < 0) d.firstCode = m.oldCode!;
    let w = d.wards.get(m.oldCode!);
    if (!w) {
      const [letter, bare] = splitType(m.oldName!, COMMUNE_PREFIXES, `old ward ${m.oldCode}`);
      w = { code: m.oldCode!, letter, bare: safeName(bare), next: new Set() };
      d.wards.set(m.oldCode!, w);
    } else if (`${w.letter}${w.bare}` !== splitType(m.oldName!, COMMUNE_PREFIXES, `old ward ${m.oldCode}`).join('')) {
      fail(`old ward ${m.oldCode} has two names`);
    }
    w.next.add(m.newCode);
  }
  // One old ward code in one place only.
  const seenOld = new Map<string, string>();
  for (const [pid, byName] of districts) {
    for (const [dn, d] of byName) {
      for (const code of d.wards.keys()) {
        const where = `${pid} ${dn}`;
        if (seenOld.has(code)) fail(`old ward ${code} in both ${seenOld.get(code)} and ${where}`);
        seenOld.set(code, where);
      }
    }
  }
  return districts;
}

/** The island districts of one province, sorted by name; none may also be in the package. */
function islandsOf(province: ProvinceRec, islands: readonly IslandDistrict[], list: readonly DistrictAcc[]): DistrictAcc[] {
  const out = islands
    .filter((i) => i.province === province.code)
    .map((i) => {
      const [letter, bare] = splitType(i.name, DISTRICT_PREFIXES, `island district "${i.name}"`);
      return { letter, bare: safeName(bare), firstCode: '', wards: new Map<string, OldWard>() } satisfies DistrictAcc;
    })
    .sort((a, b) => (a.bare < b.bare ? -1 : 1));
  for (const i of out) {
    if (list.some((d) => d.letter === i.letter && foldKey(d.bare) === foldKey(i.bare))) fail(`island district ${i.bare} is also in the package`);
  }
  return out;
}

/** One district's old wards in code order: code step, type letter, bare name, `~` and its first day when a snapshot shows it, `>`, the new codes minus the old. */
function historyOf(d: DistrictAcc, startOf: ReadonlyMap<string, string>): string {
  return [...d.wards.values()]
    .sort((a, b) => byCode(a.code, b.code))
    .map((w, i, all) => {
      const code = Number(w.code);
      const step = code - (i === 0 ? 0 : Number(all[i - 1]!.code));
      const next = [...w.next].sort(byCode).map((n) => Number(n) - code);
      const from = startOf.get(communeKey(w));
      return `${step}${w.letter}${w.bare}${from === undefined ? '' : `~${from}`}>${next.join(',')}`;
    })
    .join('|');
}

/** The map of 2025-06-30 as a state to compare the snapshots with. */
function finalState(districts: Map<string, Map<string, DistrictAcc>>, lastOld: ReadonlyMap<string, ProvinceRec>, islands: readonly IslandDistrict[]): MapState {
  const state: MapState = { date: LAST_OLD_DAY, exact: false, districts: [], communes: [] };
  for (const old of lastOld.values()) {
    const found = [...(districts.get(old.id)?.values() ?? [])];
    for (const d of [...found, ...islandsOf(old, islands, found)]) {
      state.districts.push({ code: d.firstCode, letter: d.letter, bare: d.bare, provinceCode: old.code });
      const key = districtKey(old.code, d.letter, d.bare);
      for (const w of d.wards.values()) state.communes.push({ code: w.code, letter: w.letter, bare: w.bare, provinceCode: old.code, districtKey: key });
    }
  }
  return state;
}

/** An ended district: type letter, bare name, `@from@to@` and the position of its successor in the province's list. */
function endedDistrictEntry(d: EndedDistrict, position: ReadonlyMap<string, number>): string {
  const next = d.successorKey === null ? '' : String(position.get(d.successorKey) ?? '');
  return `${d.letter}${d.bare}@${d.from ?? ''}@${d.to}@${next}`;
}

/** An ended commune: full code, `~from~to`, type letter, bare name, `>` and the ids of its successors. */
function endedCommuneEntry(c: EndedCommune, ended: Ended): string {
  let next = '';
  if (c.successor) {
    const end = ended.endOf.get(c.successor.key);
    next = end === undefined ? c.successor.code : `${c.successor.code}~${end}`;
  }
  return `${c.code}~${c.from ?? ''}~${c.to}${c.letter}${c.bare}>${next}`;
}

export function districtTables(
  rows: readonly SrcMapping[],
  oldOf: OldProvinceOf,
  lastOld: ReadonlyMap<string, ProvinceRec>,
  islands: readonly IslandDistrict[],
  wards: readonly SrcWard[],
  report: BuildReport,
  before: { states: readonly MapState[]; dates: readonly EffectiveDate[] },
): DistrictTables {
  const districts = gatherDistricts(rows, oldOf);
  const ended = endedUnits([...before.states, finalState(districts, lastOld, islands)], before.dates);
  const districtLines: [string, string][] = [];
  const historyLines: [string, string][] = [];
  const provinceOrder = [...lastOld.values()].sort((a, b) => byCode(a.code, b.code));
  for (const old of provinceOrder) {
    const list = [...(districts.get(old.id)?.values() ?? [])].sort((a, b) => byCode(a.firstCode, b.firstCode));
    const all = [...list, ...islandsOf(old, islands, list)];
    const keys = new Set<string>();
    for (const d of all) {
      const key = `${d.letter}${foldKey(d.bare)}`;
      if (keys.has(key)) fail(`two districts of ${old.fullName} named alike: ${d.bare}`);
      keys.add(key);
    }
    const gone = ended.districts.get(old.code) ?? [];
    if (all.length === 0 && gone.length === 0) continue;
    const position = new Map<string, number>();
    all.forEach((d, i) => position.set(districtKey(old.code, d.letter, d.bare), i));
    gone.forEach((d, i) => position.set(d.key, all.length + i));
    const lines = [...all.map((d) => historyOf(d, ended.startOf)), ...gone.map(() => '')];
    for (const c of ended.communes.get(old.code) ?? []) {
      const at = position.get(c.districtKey) ?? fail(`ended commune ${c.code}: no district ${c.districtKey}`);
      lines[at] += `${lines[at]!.includes('#') ? '|' : '#'}${endedCommuneEntry(c, ended)}`;
      report.counts.endedCommunes += 1;
    }
    districtLines.push([old.id, [...all.map((d) => `${d.letter}${d.bare}`), ...gone.map((d) => endedDistrictEntry(d, position))].join('|')]);
    report.counts.districts += all.length;
    report.counts.endedDistricts += gone.length;
    historyLines.push([old.id, lines.join('\n')]);
    report.counts.oldCommunes += list.reduce((n, d) => n + d.wards.size, 0);
  }
  for (const i of islands) {
    if (!lastOld.has(i.province)) fail(`island district ${i.name}: unknown province code ${i.province}`);
    const zone = wards.find((w) => w.name === i.successor);
    if (!zone) fail(`island district ${i.name}: successor "${i.successor}" is not a new commune`);
  }
  return { districtLines, historyLines };
}
