import {
  agencyByBranchName,
  agencyByLabel,
  agencyByName,
  allAgencies,
  parentOn,
} from '../data/agency-lookup.js';
import type { CentralAgency } from '../data/agencies.js';
import {
  allProvinces,
  communesByLabel,
  historyLoaded,
  communesOf,
  districtsByLabel,
  districtsOf,
  findCommunes,
  findDistricts,
  findProvinces,
  isValidOn,
  provinceById,
  provincesByLabel,
  provincesOn,
  type Commune,
  type CommuneType,
  type District,
  type DistrictType,
  type Province,
} from '../data/lookup.js';
import type { EntityFacts, HostFacts } from '../law/facts.js';
import { typeWordPrefixLengths } from '../law/match.js';
import type { EntityKind } from '../result.js';
import { abbreviationCandidates, nameForms } from '../vi/abbreviation.js';
import { parseAgencyName, type AgencyName, type Locality, type UnitType } from '../agency-name/index.js';
import { fullNameLabels } from '../vi/fold.js';

export interface EntityInput {
  agency?: string;
  kind?: EntityKind;
  province?: string;
}

/** Of several records, the one valid on the date; else the latest one before it; else the first. */
function pickOn<T extends { from: string | null; to: string | null }>(list: readonly T[], date: string): T | undefined {
  let best: T | undefined;
  for (const x of list) {
    if (isValidOn(x, date)) return x;
    if (x.to !== null && x.to < date && (!best || (best.to !== null && best.to < x.to))) best = x;
  }
  return best ?? list[0];
}

function provinceNamed(text: string | undefined, date: string): Province | undefined {
  if (!text) return undefined;
  const p = pickOn(findProvinces(text), date);
  return p && !isValidOn(p, date) ? (sameCodeOn(p, date) ?? p) : p;
}

/**
 * The record of the same province valid on the date, when a name points to another
 * era of it ("Huế" in 2020 is Thừa Thiên Huế, code 46).
 */
function sameCodeOn(p: Province, date: string): Province | undefined {
  return allProvinces().find((x) => x.code === p.code && isValidOn(x, date));
}

function isPlace(name: string): boolean {
  return findProvinces(name).length > 0;
}

const DISTRICT_TYPES: Partial<Record<UnitType, DistrictType>> = {
  huyen: 'huyen',
  quan: 'quan',
  'thi-xa': 'thi-xa',
  'thanh-pho': 'thanh-pho',
};
const COMMUNE_TYPES: Partial<Record<UnitType, CommuneType>> = {
  xa: 'xa',
  phuong: 'phuong',
  'thi-tran': 'thi-tran',
  'dac-khu': 'dac-khu',
};

/** A holder of this kind with nothing else known yet. */
export function blankEntity(kind: EntityKind, name: string, source: 'agency' | 'domain'): EntityFacts {
  return {
    kind,
    name,
    source,
    province: null,
    district: null,
    commune: null,
    central: null,
    self: null,
    branch: false,
    body: null,
    abbreviations: [],
    fullNames: [],
    found: true,
  };
}

/** Prefer records of the wanted type, then those valid on the date. */
/** Prefer records of the wanted type, then those spelled as written (Vân Phúc is not Vạn Phúc), then those valid on the date. */
function rank<T extends { type: string; name: string; from: string | null; to: string | null }>(
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
  // Each score worked out once (lower-casing by locale is dear); the sort is stable.
  const scored = list.map((x) => ({ x, s: score(x) }));
  scored.sort((a, b) => a.s - b.s);
  return scored.map((e) => e.x);
}

function searchDistricts(name: string, province: Province | undefined, date: string): District[] {
  if (province) return [...findDistricts(province.id, name)];
  const out: District[] = [];
  for (const p of provincesOn(date < '2025-07-01' ? date : '2025-06-30')) out.push(...findDistricts(p.id, name));
  return out;
}

function searchCommunes(name: string, province: Province | undefined, date: string): Commune[] {
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

function synthetic<T extends District | Commune>(fields: Omit<T, 'labels' | 'from' | 'to' | 'id' | 'fullName'> & { name: string; fullName?: string }): T {
  return {
    id: '?',
    fullName: fields.name,
    ...fields,
    labels: fullNameLabels(fields.name),
    from: null,
    to: null,
  } as unknown as T;
}

/**
 * 'phường Phố Huế', 'huyện Đức Huệ', 'phường Nguyễn Thái Bình': the parser reads a
 * trailing word that names a province as the unit's locality; when the whole name
 * is a unit of that type (in the given province, else anywhere), it is the unit's name.
 */
function keepPlaceInName(parsed: AgencyName, option: Province | undefined, date: string): AgencyName {
  const unit = parsed.unit;
  const loc = parsed.locality;
  if (!unit?.unitType || !loc || loc.unitType || parsed.hints.includes(loc)) return parsed;
  const whole = `${unit.name} ${loc.name}`;
  const dType = DISTRICT_TYPES[unit.unitType];
  const cType = COMMUNE_TYPES[unit.unitType];
  const known = dType
    ? searchDistricts(whole, option, date).some((d) => d.type === dType)
    : cType
      ? searchCommunes(whole, option, date).some((c) => c.type === cType)
      : false;
  if (!known) return parsed;
  const { locality: _split, ...rest } = parsed;
  return { ...rest, unit: { ...unit, name: whole } };
}

/** Where the parsed name places the agency: its locality, its hints, or the option. */
function provinceOfName(parsed: AgencyName, option: Province | undefined, date: string): Province | undefined {
  const places: Locality[] = [];
  if (parsed.locality) places.push(parsed.locality);
  places.push(...parsed.hints);
  for (const l of places) {
    if (l.unitType && l.unitType !== 'tinh' && l.unitType !== 'thanh-pho') continue;
    const p = provinceNamed(l.name, date);
    if (p) return p;
  }
  return option;
}

function fromUnit(parsed: AgencyName, unit: Locality, option: Province | undefined, date: string): EntityFacts | null {
  const province = provinceOfName(parsed, option, date);
  const t = unit.unitType;
  if (t === 'tinh' || t === 'thanh-pho') {
    const asProvince = findProvinces(unit.name).filter((p) => t === 'tinh' || p.type === 'thanh-pho');
    const p = asProvince.find((x) => isValidOn(x, date)) ?? (t === 'tinh' ? pickOn(asProvince, date) : undefined);
    if (p) {
      const e = blankEntity('province', parsed.text, 'agency');
      e.province = p;
      return e;
    }
    if (t === 'tinh') {
      const e = blankEntity('province', parsed.text, 'agency');
      e.found = false;
      return e;
    }
  }
  const dType = t ? DISTRICT_TYPES[t] : undefined;
  if (dType) {
    const found = rank(searchDistricts(unit.name, province, date), dType, date, unit.name);
    const d = found[0];
    const e = blankEntity('district', parsed.text, 'agency');
    if (d) {
      e.district = d;
      e.province = province ?? pickOn(provincesOfDistrict(d, date), date) ?? null;
    } else {
      e.found = false;
      e.province = province ?? null;
      e.district = synthetic<District>({ provinceId: province?.id ?? '?', type: dType, name: unit.name });
    }
    return e;
  }
  const cType = t ? COMMUNE_TYPES[t] : undefined;
  if (cType) {
    let found = rank(searchCommunes(unit.name, province, date), cType, date, unit.name);
    const districtHint = parsed.hints.find((h) => h.unitType && DISTRICT_TYPES[h.unitType]);
    if (districtHint && province) {
      const ds = findDistricts(province.id, districtHint.name).map((d) => d.id);
      const narrowed = found.filter((c) => c.districtId !== undefined && ds.includes(c.districtId));
      if (narrowed.length > 0) found = narrowed;
    }
    const c = found[0];
    const e = blankEntity('commune', parsed.text, 'agency');
    e.province = province ?? null;
    if (c) {
      e.commune = c;
      if (c.districtId) e.district = districtsOf(c.provinceId).find((d) => d.id === c.districtId) ?? null;
      if (!e.province) e.province = provinceById(c.provinceId) ?? null;
    } else {
      e.found = false;
      e.commune = synthetic<Commune>({ code: '', provinceId: province?.id ?? '?', type: cType, name: unit.name });
      if (districtHint && province) e.district = findDistricts(province.id, districtHint.name)[0] ?? null;
    }
    return e;
  }
  return null;
}

/** A district's province as it stood on the date (a district table row names the 2025-06-30 one). */
function provincesOfDistrict(d: District, date?: string): Province[] {
  const p = provinceById(d.provinceId);
  if (!p) return [];
  return [date && !isValidOn(p, date) ? (sameCodeOn(p, date) ?? p) : p];
}

interface AgencyForms {
  abbreviations: readonly string[];
  fullNames: readonly string[];
}

const agencyForms = new WeakMap<CentralAgency, AgencyForms>();

/** The labels an agency's names give (bkhcn, tct; boyte): a table entry's, worked out once. */
function formsOf(a: CentralAgency): AgencyForms {
  let f = agencyForms.get(a);
  if (!f) {
    const forms = a.names.map((n) => nameForms(n));
    f = {
      abbreviations: [...new Set(forms.flatMap((x) => x.abbreviations))],
      fullNames: [...new Set(forms.flatMap((x) => x.fullNames))],
    };
    agencyForms.set(a, f);
  }
  return f;
}

function centralEntity(a: CentralAgency, name: string, source: 'agency' | 'domain', date: string): EntityFacts {
  const parent = parentOn(a, date);
  // Its own labels first; the initials of its names are what it may also use (bkhcn, tct).
  const { abbreviations, fullNames } = formsOf(a);
  if (!parent) {
    const e = blankEntity('ministry', name, source);
    e.central = a;
    e.abbreviations = abbreviations;
    e.fullNames = fullNames;
    return e;
  }
  const e = blankEntity(a.serviceUnit ? 'public-service-unit' : 'ministry-unit', name, source);
  e.self = a;
  e.central = parent;
  e.abbreviations = abbreviations;
  e.fullNames = fullNames;
  return e;
}

/** Who the name is for, from the agency's name as written. */
export function entityFromAgency(input: EntityInput, date: string): EntityFacts {
  const option = provinceNamed(input.province, date);
  const parsed = keepPlaceInName(parseAgencyName(input.agency ?? '', isPlace), option, date);
  const text = parsed.text || (input.agency ?? '');
  let e: EntityFacts | null = null;

  if (parsed.unit && (parsed.kind === null || parsed.kind === 'province' || parsed.kind === 'district' || parsed.kind === 'commune')) {
    e = fromUnit(parsed, parsed.unit, option, date);
  }
  const body = parsed.body ?? text;
  const hasLocality = parsed.locality !== undefined || parsed.localityImplicit;
  if (!e) {
    switch (parsed.kind) {
      case 'ministry': {
        const a = agencyByName(body);
        e = a ? centralEntity(a, text, 'agency', date) : blankEntity('ministry', text, 'agency');
        if (e.kind === 'ministry' && !a) e.abbreviations = abbreviationCandidates(body);
        break;
      }
      case 'ministry-unit': {
        const branchOf = hasLocality ? agencyByBranchName(body) : undefined;
        if (branchOf) {
          e = blankEntity('ministry-unit', text, 'agency');
          e.branch = true;
          e.central = branchOf;
          e.province = provinceOfName(parsed, option, date) ?? null;
        } else {
          const a = agencyByName(body);
          e = a ? centralEntity(a, text, 'agency', date) : blankEntity('ministry-unit', text, 'agency');
          if (!a) e.abbreviations = abbreviationCandidates(body);
        }
        break;
      }
      case 'public-service-unit': {
        const a = agencyByName(body);
        if (a) e = centralEntity(a, text, 'agency', date);
        else {
          e = blankEntity('public-service-unit', text, 'agency');
          e.province = provinceOfName(parsed, option, date) ?? null;
          e.abbreviations = abbreviationCandidates(body);
        }
        break;
      }
      case 'province-agency':
      case 'education-authority':
      case 'school':
      case 'party-body': {
        e = blankEntity(parsed.kind, text, 'agency');
        e.province = provinceOfName(parsed, option, date) ?? null;
        e.abbreviations = parsed.kind === 'province-agency' || parsed.kind === 'education-authority' ? abbreviationCandidates(body) : [];
        const loc = parsed.locality;
        // "TP.HCM" is a province; "thành phố Lai Châu" in 2020 a district-level city.
        const cityIsProvince = loc?.unitType === 'thanh-pho' && provinceNamed(loc.name, date) !== undefined;
        const dl = loc?.unitType && !cityIsProvince ? DISTRICT_TYPES[loc.unitType] : undefined;
        if (parsed.kind === 'education-authority' && dl && parsed.locality) {
          const d = rank(searchDistricts(parsed.locality.name, e.province ?? undefined, date), dl, date)[0];
          e.district = d ?? synthetic<District>({ provinceId: e.province?.id ?? '?', type: dl, name: parsed.locality.name });
          if (!e.province && d) e.province = pickOn(provincesOfDistrict(d, date), date) ?? null;
        }
        break;
      }
      default: {
        const a = agencyByName(body) ?? agencyByName(text);
        if (a) e = centralEntity(a, text, 'agency', date);
        else {
          // A newspaper, a portal, a project: not a body the decrees name.
          e = blankEntity('other', text, 'agency');
          e.province = provinceOfName(parsed, option, date) ?? null;
        }
      }
    }
  }
  e.body = parsed.body ?? null;
  if (e.abbreviations.length > 0 && e.fullNames.length === 0) {
    const forms = nameForms(body);
    e.abbreviations = forms.abbreviations;
    e.fullNames = forms.fullNames;
  }
  if (input.kind) e.kind = input.kind;
  return e;
}

interface Placed<T> {
  unit: T;
  province: Province;
}

interface UnitIndex {
  history: boolean;
  districts: Map<string, Array<Placed<District>>>;
  communes: Map<string, Array<Placed<Commune>>>;
  /** Every province label with its provinces (all eras). */
  provinceByLabel: Map<string, Province[]>;
  /**
   * The lengths province labels come in, longest first, by the labels' last two
   * letters: a glued suffix is looked up only at lengths where it could end a label.
   */
  provinceLabelLengths: Map<string, number[]>;
}

let unitIndex: UnitIndex | undefined;

/** Districts and communes of every province by label, built once (again when govvn/history arrives). */
function units(): UnitIndex {
  const history = historyLoaded();
  if (unitIndex && unitIndex.history === history) return unitIndex;
  const districts = new Map<string, Array<Placed<District>>>();
  const communes = new Map<string, Array<Placed<Commune>>>();
  const seen = new Set<string>();
  const put = <T>(map: Map<string, Array<Placed<T>>>, label: string, placed: Placed<T>) => {
    const list = map.get(label);
    if (list) list.push(placed);
    else map.set(label, [placed]);
  };
  const labels = new Map<string, Province[]>();
  for (const p of allProvinces()) {
    for (const l of p.labels) labels.set(l, [...(labels.get(l) ?? []), p]);
    for (const d of districtsOf(p.id)) {
      if (seen.has(`d ${d.id}`)) continue;
      seen.add(`d ${d.id}`);
      const home = provinceById(d.provinceId) ?? p;
      for (const l of d.labels) put(districts, l, { unit: d, province: home });
    }
    for (const c of communesOf(p.id)) {
      if (seen.has(`c ${c.id}`)) continue;
      seen.add(`c ${c.id}`);
      const home = provinceById(c.provinceId) ?? p;
      for (const l of c.labels) put(communes, l, { unit: c, province: home });
    }
  }
  const provinceLabelLengths = new Map<string, number[]>();
  for (const l of [...labels.keys()].sort((a, b) => b.length - a.length)) {
    const lengths = provinceLabelLengths.get(l.slice(-2)) ?? [];
    if (!lengths.includes(l.length)) lengths.push(l.length);
    provinceLabelLengths.set(l.slice(-2), lengths);
  }
  unitIndex = { history, districts, communes, provinceByLabel: labels, provinceLabelLengths };
  return unitIndex;
}

const TYPE_OF: Record<string, string> = {
  huyen: 'huyen',
  quan: 'quan',
  thixa: 'thi-xa',
  tx: 'thi-xa',
  thanhpho: 'thanh-pho',
  tp: 'thanh-pho',
  xa: 'xa',
  phuong: 'phuong',
  thitran: 'thi-tran',
  tt: 'thi-tran',
  dackhu: 'dac-khu',
  tinh: 'tinh',
};

const COMMITTEE_WORDS = ['uybannhandan', 'ubnd'] as const;

/** The unit type a run of type words ends with ("ubndhuyen" → huyen). */
function typeOf(words: string): string | undefined {
  for (const prefix of COMMITTEE_WORDS) {
    if (words.startsWith(prefix)) return TYPE_OF[words.slice(prefix.length)];
  }
  return TYPE_OF[words];
}

/** A unit-type word or a province glued to a unit's name: `huyentanuyen`, `xatalenglaichau`, `tinhlaichau`. */
function miswritten(label: string, date: string, hint: Province | undefined): EntityFacts | null {
  const branch = branchWritten(label, date);
  if (branch) return branch;
  const index = units();
  const cores: Array<{ core: string; type?: string; province?: Province }> = [];
  // Type words run together are short ("uybannhandanthanhpho" is the longest run read).
  for (const i of typeWordPrefixLengths(label)) {
    const head = label.slice(0, i);
    const core = label.slice(i);
    const type = typeOf(head);
    cores.push({ core, type });
    for (const n of index.provinceLabelLengths.get(core.slice(-2)) ?? []) {
      if (core.length <= n) continue;
      const provinces = index.provinceByLabel.get(core.slice(-n));
      if (!provinces) continue;
      const p = provinces.find((x) => isValidOn(x, date)) ?? provinces[0]!;
      cores.push({ core: core.slice(0, -n), type, province: p });
    }
  }
  // A province name with a type word (tinhlaichau, ubndlaichau).
  for (const c of cores) {
    if (c.province) continue;
    const p = pickOn(provincesByLabel(c.core), date);
    if (p && (c.type === undefined || c.type === 'tinh' || c.type === 'thanh-pho')) {
      const e = blankEntity('province', p.fullName, 'domain');
      e.province = p;
      return e;
    }
  }
  const newMap = date >= '2025-07-01';
  for (const c of cores) {
    const want = c.province ?? hint;
    if (!newMap && c.type !== 'xa' && c.type !== 'phuong' && c.type !== 'thi-tran') {
      const d = onlyMatch(index.districts.get(c.core), want, c.type, null);
      if (d) {
        const e = blankEntity('district', d.unit.fullName, 'domain');
        e.district = d.unit;
        e.province = isValidOn(d.province, date) ? d.province : (sameCodeOn(d.province, date) ?? d.province);
        return e;
      }
    }
    if (c.type === undefined || COMMUNE_TYPES[c.type as UnitType]) {
      const m = onlyMatch(index.communes.get(c.core), want, c.type, date);
      if (m) {
        const e = blankEntity('commune', m.unit.fullName, 'domain');
        e.commune = m.unit;
        e.province = isValidOn(m.province, date) ? m.province : (sameCodeOn(m.province, date) ?? m.province);
        return e;
      }
    }
  }
  return null;
}

/**
 * The one unit of a label that is in the wanted province (any, without one), of the
 * wanted type (any, without one) and, given a date, valid on it; none when zero or several are.
 */
function onlyMatch<T extends District | Commune>(
  list: ReadonlyArray<Placed<T>> | undefined,
  province: Province | undefined,
  type: string | undefined,
  date: string | null,
): Placed<T> | undefined {
  if (!list) return undefined;
  let hit: Placed<T> | undefined;
  for (const x of list) {
    if (date !== null && !isValidOn(x.unit, date)) continue;
    if (province && x.province.code !== province.code) continue;
    if (type && x.unit.type !== type) continue;
    if (hit) return undefined;
    hit = x;
  }
  return hit;
}

interface BranchForms {
  /** Every form with its agency, longest first. */
  all: Array<[string, CentralAgency]>;
  /** Positions in `all` by a form's first two letters, and by its last two. */
  byStart: Map<string, number[]>;
  byEnd: Map<string, number[]>;
}

let branchForms: BranchForms | undefined;

/** The ways a provincial branch's agency is written inside one label: bhxh, baohiemxahoi, cucthue. */
function branchWordForms(): BranchForms {
  if (!branchForms) {
    const all: Array<[string, CentralAgency]> = [];
    for (const a of allAgencies()) {
      if (!a.branchNames) continue;
      const forms = new Set<string>(a.labels);
      for (const n of a.branchNames) for (const c of abbreviationCandidates(n)) if (c.length >= 3) forms.add(c);
      for (const f of forms) all.push([f, a]);
    }
    all.sort((x, y) => y[0].length - x[0].length);
    const byStart = new Map<string, number[]>();
    const byEnd = new Map<string, number[]>();
    all.forEach(([form], i) => {
      byStart.set(form.slice(0, 2), [...(byStart.get(form.slice(0, 2)) ?? []), i]);
      byEnd.set(form.slice(-2), [...(byEnd.get(form.slice(-2)) ?? []), i]);
    });
    branchForms = { all, byStart, byEnd };
  }
  return branchForms;
}

/** The forms that could start or end `label`, in the order of `all`. */
function branchFormsAround(label: string): Array<[string, CentralAgency]> {
  const forms = branchWordForms();
  const start = forms.byStart.get(label.slice(0, 2));
  const end = forms.byEnd.get(label.slice(-2));
  if (!start && !end) return [];
  const at = [...new Set([...(start ?? []), ...(end ?? [])])].sort((a, b) => a - b);
  return at.map((i) => forms.all[i]!);
}

/** `bhxhdienbien`, `cucthuelaichau`: a branch of a central agency on a level-3 name of its own. */
function branchWritten(label: string, date: string): EntityFacts | null {
  // A few dozen agency forms, each looked up at either end of the label: no scan of provinces.
  const labels = units().provinceByLabel;
  for (const [form, agency] of branchFormsAround(label)) {
    if (label.length <= form.length) continue;
    const pl = label.startsWith(form) ? label.slice(form.length) : label.endsWith(form) ? label.slice(0, -form.length) : null;
    const provinces = pl === null ? undefined : labels.get(pl);
    if (!provinces) continue;
    const p = provinces.find((x) => isValidOn(x, date));
    if (!p) continue;
    const e = blankEntity('ministry-unit', `${agency.branchNames![0]} ${p.fullName.charAt(0).toLowerCase()}${p.fullName.slice(1)}`, 'domain');
    e.branch = true;
    e.central = agency;
    e.province = p;
    return e;
  }
  return null;
}

/** Who the name is for, read from its labels alone. */
export function entityFromDomain(host: HostFacts, date: string, provinceHint?: string): EntityFacts | null {
  if (host.zone !== 'gov.vn') return null;
  const hint = provinceNamed(provinceHint, date);
  const rest = host.portal ? host.rest.slice(1) : host.rest;
  const last = rest[rest.length - 1];
  if (last === undefined) return null;
  const province = pickOn(provincesByLabel(last), date);
  const central = agencyByLabel(last);
  if (rest.length === 1) {
    if (province) {
      const e = blankEntity('province', province.fullName, 'domain');
      e.province = province;
      return e;
    }
    if (central) return centralEntity(central, central.names[0]!, 'domain', date);
    return miswritten(last, date, hint);
  }
  if (province) return underProvince(rest, province, date);
  if (central) {
    const first = rest[rest.length - 2]!;
    const branchProvince = pickOn(provincesByLabel(first), date);
    if (rest.length === 2 && branchProvince && central.branchNames) {
      const e = blankEntity('ministry-unit', `${central.names[0]} ${branchProvince.fullName}`, 'domain');
      e.branch = true;
      e.central = central;
      e.province = branchProvince;
      return e;
    }
    const parent = parentOn(central, date);
    const e = blankEntity('ministry-unit', central.names[0]!, 'domain');
    if (parent) {
      e.self = central; // a unit's own sub-unit, judged under the unit's name
      e.central = parent;
    } else {
      e.central = central;
    }
    e.found = false;
    return e;
  }
  return null;
}

function underProvince(rest: readonly string[], province: Province, date: string): EntityFacts {
  const newMap = date >= '2025-07-01';
  const label = rest[0]!;
  if (rest.length === 2) {
    const communes = communesByLabel(province.id, label);
    const commune = communes.find((c) => isValidOn(c, date));
    const district = pickOn(districtsByLabel(province.id, label), date);
    if (commune && (newMap || !district)) {
      const e = blankEntity('commune', commune.fullName, 'domain');
      e.commune = commune;
      e.province = province;
      return e;
    }
    if (district) {
      const e = blankEntity('district', district.fullName, 'domain');
      e.district = district;
      e.province = province;
      return e;
    }
    // A commune merged away (known with govvn/history): judged as the unit it was.
    const old = communes.filter((c) => c.to !== null && c.to < date).sort((a, b) => ((a.to ?? '') < (b.to ?? '') ? 1 : -1))[0];
    if (old && !district) {
      const e = blankEntity('commune', old.fullName, 'domain');
      e.commune = old;
      e.province = province;
      return e;
    }
    const wrong = miswritten(label, date, province);
    if (wrong && (wrong.kind === 'district' || wrong.kind === 'commune') && wrong.province?.id === province.id) return wrong;
  }
  if (rest.length === 3 && !newMap) {
    const district = districtsByLabel(province.id, rest[1]!)[0];
    if (district) {
      const c = communesOf(province.id).find((x) => x.districtId === district.id && x.labels.includes(label));
      if (c) {
        const e = blankEntity('commune', c.fullName, 'domain');
        e.commune = c;
        e.district = district;
        e.province = province;
        return e;
      }
    }
  }
  const e = blankEntity('province-agency', `${label}.${province.labels[0]}`, 'domain');
  e.province = province;
  e.found = false;
  return e;
}
