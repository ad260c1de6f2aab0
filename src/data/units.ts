/**
 * Administrative units: the types, and the decoding of the generated tables
 * (units.generated.ts always, history.generated.ts once registered). Tables are
 * decoded on first use and labels derived then, so that the bundle carries names
 * only. The encoding is described in scripts/build-units.ts.
 */
import { fullNameLabels } from '../vi/fold.js';
import {
  COMMUNES,
  DISTRICTS,
  MAP_DATE,
  PROVINCES,
  SOURCE_PACKAGE,
  SOURCE_VERSION,
  TABLE_ID,
} from './units.generated.js';

export type ProvinceType = 'tinh' | 'thanh-pho';

export interface Province {
  /** Unique across eras: the code for the first record under a code, `<code>@<year>` for a later one. */
  id: string;
  /** GSO code. */
  code: string;
  /** Bare name: 'Lai Châu', 'Hồ Chí Minh', 'Huế', 'Bà Rịa - Vũng Tàu'. */
  name: string;
  /** 'Tỉnh Lai Châu', 'Thành phố Hồ Chí Minh'. */
  fullName: string;
  type: ProvinceType;
  /** Accepted domain labels, the one in use first. */
  labels: readonly string[];
  /** First day under this name; null: before 2011-10-01. */
  from: string | null;
  /** Last day; null: still exists. */
  to: string | null;
  /** The province that took its place on the day after `to`. */
  successorId?: string;
}

export type DistrictType = 'huyen' | 'quan' | 'thi-xa' | 'thanh-pho';

export interface District {
  /** `<province code>/<type>-<label>`, e.g. '12/huyen-tanuyen', '79/quan-1'. */
  id: string;
  provinceId: string;
  type: DistrictType;
  name: string;
  fullName: string;
  labels: readonly string[];
  from: string | null;
  to: string | null;
  /** For a district that ended before 2025-06-30: the district that took most of its communes, where one did. */
  successorId?: string;
}

export type CommuneType = 'xa' | 'phuong' | 'thi-tran' | 'dac-khu';

export interface Commune {
  /**
   * The code for a commune of 2025-06-30, `<code>@2025` for one from 2025-07-01 (codes were
   * reused), `<code>~<last day>` for one that ended before 2025-06-30.
   */
  id: string;
  /** GSO code, 5 digits. */
  code: string;
  provinceId: string;
  districtId?: string;
  type: CommuneType;
  name: string;
  fullName: string;
  labels: readonly string[];
  from: string | null;
  to: string | null;
  /** The communes that took its place, where the sources show them. */
  successorIds?: readonly string[];
}

export const DATA_SOURCE: { readonly package: string; readonly version: string; readonly mapDate: string } = Object.freeze({
  package: SOURCE_PACKAGE,
  version: SOURCE_VERSION,
  mapDate: MAP_DATE,
});

const LAST_OLD_DAY = '2025-06-30';
const NEW_SUFFIX = `@${MAP_DATE.slice(0, 4)}`;

const DISTRICT_TYPES: Readonly<Record<string, readonly [DistrictType, string]>> = {
  h: ['huyen', 'Huyện'],
  q: ['quan', 'Quận'],
  x: ['thi-xa', 'Thị xã'],
  t: ['thanh-pho', 'Thành phố'],
};

const COMMUNE_TYPES: Readonly<Record<string, readonly [CommuneType, string]>> = {
  x: ['xa', 'Xã'],
  p: ['phuong', 'Phường'],
  t: ['thi-tran', 'Thị trấn'],
  d: ['dac-khu', 'Đặc khu'],
};

/**
 * Labels of a district or commune: its bare name's, or, when the bare name is a number
 * ("Quận 1", "Phường 12"), its full name's, since a number alone names nothing.
 */
export function unitLabels(typeWord: string, bare: string): string[] {
  return fullNameLabels(/^\d+$/.test(bare) ? `${typeWord} ${bare}` : bare);
}

function decodeError(what: string): never {
  throw new Error(`govvn: corrupt units table (${what})`);
}

// ------------------------------------------------------------------ provinces

let provinces: readonly Province[] | undefined;
let provinceById: Map<string, Province> | undefined;

export function provinceTable(): readonly Province[] {
  if (provinces) return provinces;
  provinces = Object.freeze(
    PROVINCES.map((line) => {
      const [id, code, fullName, from, to, successorId, labels] = line.split('|');
      if (!id || !code || !fullName || labels === undefined) decodeError(line);
      const type: ProvinceType = fullName.startsWith('Thành phố ') ? 'thanh-pho' : 'tinh';
      const name = fullName.slice(type === 'thanh-pho' ? 'Thành phố '.length : 'Tỉnh '.length);
      const p: Province = {
        id,
        code,
        name,
        fullName,
        type,
        labels: Object.freeze(labels ? labels.split(',') : fullNameLabels(name)),
        from: from || null,
        to: to || null,
      };
      if (successorId) p.successorId = successorId;
      return Object.freeze(p);
    }),
  );
  return provinces;
}

export function provinceIndex(): ReadonlyMap<string, Province> {
  provinceById ??= new Map(provinceTable().map((p) => [p.id, p]));
  return provinceById;
}

/**
 * The id under which a province's districts and old communes are kept: its own, or
 * for a province renamed before 2025-06-30 (Thừa Thiên Huế), the renamed one's,
 * since the source names units as on 2025-06-30 only.
 */
export function holderId(provinceId: string): string {
  const index = provinceIndex();
  let p = index.get(provinceId);
  while (p?.successorId && p.to !== null && p.to < LAST_OLD_DAY) {
    const next = index.get(p.successorId);
    if (!next || next.code !== p.code) break;
    p = next;
  }
  return p?.id ?? provinceId;
}

// ------------------------------------------------------------------ districts

let districts: ReadonlyMap<string, readonly District[]> | undefined;

/** One DISTRICTS entry; an ended district's carries `@from@to@successor position`. */
function decodeDistrict(province: Province, provinceId: string, entry: string): [District, number | undefined] {
  const [type, word] = DISTRICT_TYPES[entry.charAt(0)] ?? decodeError(entry);
  const [name = '', from = '', to = LAST_OLD_DAY, next = ''] = entry.slice(1).split('@');
  const d: District = {
    id: `${province.code}/${type}-${fullNameLabels(name).at(-1) ?? ''}`,
    provinceId,
    type,
    name,
    fullName: `${word} ${name}`,
    labels: Object.freeze(unitLabels(word, name)),
    from: from || null,
    to,
  };
  return [d, next === '' ? undefined : Number(next)];
}

export function districtTable(): ReadonlyMap<string, readonly District[]> {
  if (districts) return districts;
  const index = provinceIndex();
  const out = new Map<string, readonly District[]>();
  for (const [provinceId, packed] of Object.entries(DISTRICTS)) {
    const province = index.get(provinceId) ?? decodeError(`district province ${provinceId}`);
    const list = packed.split('|').map((entry) => decodeDistrict(province, provinceId, entry));
    // An ended district names its successor by position in the same list.
    const frozen = list.map(([d, next]) => {
      if (next !== undefined) d.successorId = (list[next] ?? decodeError(`district successor ${provinceId}#${next}`))[0].id;
      return Object.freeze(d);
    });
    out.set(provinceId, Object.freeze(frozen));
  }
  districts = out;
  return districts;
}

// ------------------------------------------------------------------ communes

/** The registered history sits on the global object so that every copy of this module sees it. */
const HISTORY_SLOT = Symbol.for('govvn.units.history');

interface HistoryTable {
  tableId: string;
  provinces: Readonly<Record<string, string>>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Accepts the generated HISTORY object, or a module namespace that exports it. */
export function setHistory(table: unknown): void {
  const t = isRecord(table) && 'HISTORY' in table && isRecord(table.HISTORY) ? table.HISTORY : table;
  if (!isRecord(t) || typeof t.tableId !== 'string' || !isRecord(t.provinces)) {
    throw new TypeError('govvn: registerHistory expects the table of govvn/history');
  }
  if (t.tableId !== TABLE_ID) {
    throw new Error(
      `govvn: the history table (${t.tableId}) was built for other units than these (${TABLE_ID}); use govvn and govvn/history of the same version`,
    );
  }
  const packed: Record<string, string> = {};
  for (const [k, v] of Object.entries(t.provinces)) {
    if (typeof v !== 'string') throw new TypeError('govvn: registerHistory: the history table is malformed');
    packed[k] = v;
  }
  const current = registeredHistory();
  if (current?.tableId === t.tableId) return;
  (globalThis as Record<symbol, unknown>)[HISTORY_SLOT] = { tableId: t.tableId, provinces: packed } satisfies HistoryTable;
}

/** A new object whenever another table is registered, so that callers can drop their indexes. */
export function registeredHistory(): HistoryTable | undefined {
  return (globalThis as Record<symbol, unknown>)[HISTORY_SLOT] as HistoryTable | undefined;
}

const newCommunes = new Map<string, readonly Commune[]>();
let oldCommunes: { source: HistoryTable; byProvince: Map<string, readonly Commune[]> } | undefined;

function decodeNew(provinceId: string): readonly Commune[] {
  const cached = newCommunes.get(provinceId);
  if (cached) return cached;
  const packed = COMMUNES[provinceId];
  const list: Commune[] = [];
  if (packed) {
    let code = 0;
    for (const entry of packed.split('|')) {
      const m = /^(\d+)([a-z])(.*)$/.exec(entry) ?? decodeError(entry);
      code += Number(m[1]);
      const [type, word] = COMMUNE_TYPES[m[2]!] ?? decodeError(entry);
      const name = m[3]!;
      const c = String(code).padStart(5, '0');
      list.push(
        Object.freeze<Commune>({
          id: `${c}${NEW_SUFFIX}`,
          code: c,
          provinceId,
          type,
          name,
          fullName: `${word} ${name}`,
          labels: Object.freeze(unitLabels(word, name)),
          from: MAP_DATE,
          to: null,
        }),
      );
    }
  }
  const frozen = Object.freeze(list);
  newCommunes.set(provinceId, frozen);
  return frozen;
}

function decodeOld(history: HistoryTable, provinceId: string): readonly Commune[] {
  const packed = history.provinces[provinceId];
  if (!packed) return Object.freeze([]);
  const districtList = districtTable().get(provinceId) ?? decodeError(`history province ${provinceId}`);
  const list: Commune[] = [];
  packed.split('\n').forEach((whole, i) => {
    if (whole === '') return;
    const district = districtList[i] ?? decodeError(`history district ${provinceId}#${i}`);
    const cut = whole.indexOf('#');
    const line = cut < 0 ? whole : whole.slice(0, cut);
    let code = 0;
    for (const entry of line === '' ? [] : line.split('|')) {
      // `~<first day>` after the name: a commune that came into being after the oldest snapshot.
      const m = /^(\d+)([a-z])([^>~]*)(?:~(\d{4}-\d{2}-\d{2}))?>(.*)$/.exec(entry) ?? decodeError(entry);
      code += Number(m[1]);
      const [type, word] = COMMUNE_TYPES[m[2]!] ?? decodeError(entry);
      const name = m[3]!;
      const next = m[5] ? m[5].split(',').map((d) => `${String(code + Number(d)).padStart(5, '0')}${NEW_SUFFIX}`) : [];
      const c = String(code).padStart(5, '0');
      const commune: Commune = {
        id: c,
        code: c,
        provinceId,
        districtId: district.id,
        type,
        name,
        fullName: `${word} ${name}`,
        labels: Object.freeze(unitLabels(word, name)),
        from: m[4] ?? null,
        to: LAST_OLD_DAY,
      };
      if (next.length > 0) commune.successorIds = Object.freeze(next);
      list.push(Object.freeze(commune));
    }
    // After those of 2025-06-30: between two records alike in type, name and validity, the later one is meant.
    if (cut >= 0) for (const entry of whole.slice(cut + 1).split('|')) list.push(decodeEnded(provinceId, district, entry));
  });
  return Object.freeze(list);
}

/** A commune that ended before 2025-06-30: `code~from~to`, type letter, bare name, `>` and its successors' ids. */
function decodeEnded(provinceId: string, district: District, entry: string): Commune {
  const [code = '', from = '', rest = ''] = entry.split('~', 3);
  const gt = rest.indexOf('>');
  const to = rest.slice(0, 10);
  const [type, word] = COMMUNE_TYPES[rest.charAt(10)] ?? decodeError(entry);
  const name = rest.slice(11, gt < 0 ? undefined : gt);
  // A successor that itself ended carries its own `~last day`; the rest of `entry` after `>`.
  const next = gt < 0 ? '' : entry.slice(entry.indexOf('>') + 1);
  const commune: Commune = {
    id: `${code}~${to}`,
    code,
    provinceId,
    districtId: district.id,
    type,
    name,
    fullName: `${word} ${name}`,
    labels: Object.freeze(unitLabels(word, name)),
    from: from || null,
    to,
  };
  if (next !== '') commune.successorIds = Object.freeze(next.split(','));
  return Object.freeze(commune);
}

/** Old communes of a province (2025-06-30 map), or none while no history is registered. */
export function oldCommunesOf(provinceId: string): readonly Commune[] {
  const history = registeredHistory();
  if (!history) return [];
  if (oldCommunes?.source !== history) oldCommunes = { source: history, byProvince: new Map() };
  let list = oldCommunes.byProvince.get(provinceId);
  if (!list) {
    list = decodeOld(history, provinceId);
    oldCommunes.byProvince.set(provinceId, list);
  }
  return list;
}

/** Communes from 2025-07-01 of a province of the new map. */
export function newCommunesOf(provinceId: string): readonly Commune[] {
  return decodeNew(provinceId);
}

export function newCommuneProvinceIds(): readonly string[] {
  return Object.keys(COMMUNES);
}

export function oldCommuneProvinceIds(): readonly string[] {
  const history = registeredHistory();
  return history ? Object.keys(history.provinces) : [];
}
