/**
 * The labels the name reader looks units and agencies up by, across every province
 * and era: built once per process (again when govvn/history arrives).
 */
import type { CentralAgency } from '../data/agencies.js';
import { allAgencies } from '../data/agency-lookup.js';
import {
  allProvinces,
  communesOf,
  districtsOf,
  historyLoaded,
  isValidOn,
  provinceById,
  type Commune,
  type District,
  type Province,
} from '../data/lookup.js';
import { abbreviationCandidates } from '../vi/abbreviation.js';

/** A unit with the province its table row names. */
export interface Placed<T> {
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
export function units(): UnitIndex {
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

/**
 * The one unit of a label that is in the wanted province (any, without one), of the
 * wanted type (any, without one) and, given a date, valid on it; none when zero or several are.
 */
export function onlyMatch<T extends District | Commune>(
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

/** The forms by the two letters a label starts with and the two it ends with: each pair worked out once. */
const aroundByEnds = new Map<string, ReadonlyArray<[string, CentralAgency]>>();
const NO_FORMS: ReadonlyArray<[string, CentralAgency]> = [];

/** The forms that could start or end `label`, in the order of `all`. */
export function branchFormsAround(label: string): ReadonlyArray<[string, CentralAgency]> {
  const forms = branchWordForms();
  const head = label.slice(0, 2);
  const tail = label.slice(-2);
  const start = forms.byStart.get(head);
  const end = forms.byEnd.get(tail);
  if (!start && !end) return NO_FORMS;
  const key = `${head}${tail}`;
  let around = aroundByEnds.get(key);
  if (!around) {
    const at = [...new Set([...(start ?? []), ...(end ?? [])])].sort((a, b) => a - b);
    around = at.map((i) => forms.all[i]!);
    aroundByEnds.set(key, around);
  }
  return around;
}
