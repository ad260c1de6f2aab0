import { foldKey } from '../vi/fold.js';
import { CENTRAL_AGENCIES, type CentralAgency } from './agencies.js';

interface Indexes {
  byId: Map<string, CentralAgency>;
  byLabel: Map<string, CentralAgency>;
  byName: Map<string, CentralAgency>;
  /** Branch words (folded) → agency, longest first so "Chi cục Thuế" wins over "Thuế". */
  branchWords: Array<[string, CentralAgency]>;
  /** A branch's inner units' names (folded), longest first, with their agency and label. */
  subUnitWords: Array<[string, CentralAgency, string]>;
}

let indexes: Indexes | undefined;

function build(): Indexes {
  const byId = new Map<string, CentralAgency>();
  const byLabel = new Map<string, CentralAgency>();
  const byName = new Map<string, CentralAgency>();
  const branchWords: Array<[string, CentralAgency]> = [];
  const subUnitWords: Array<[string, CentralAgency, string]> = [];
  for (const a of CENTRAL_AGENCIES) {
    byId.set(a.id, a);
    for (const l of a.labels) byLabel.set(l, a);
    for (const n of a.names) byName.set(foldKey(n), a);
    for (const b of a.branchNames ?? []) branchWords.push([foldKey(b), a]);
    for (const s of a.subUnits ?? []) for (const n of s.names) subUnitWords.push([foldKey(n), a, s.label]);
  }
  branchWords.sort((x, y) => y[0].length - x[0].length);
  subUnitWords.sort((x, y) => y[0].length - x[0].length);
  return { byId, byLabel, byName, branchWords, subUnitWords };
}

function idx(): Indexes {
  return (indexes ??= build());
}

export function agencyById(id: string): CentralAgency | undefined {
  return idx().byId.get(id);
}

/** The central agency holding a level-3 label (any period). */
export function agencyByLabel(label: string): CentralAgency | undefined {
  return idx().byLabel.get(label);
}

/** The central agency called by this name (case, accents and punctuation ignored). */
export function agencyByName(name: string): CentralAgency | undefined {
  const key = foldKey(name);
  const found = idx().byName.get(key);
  // Lists add the country to a ministry's name ('Bộ Y tế Việt Nam'); no body's official name ends so.
  if (found || !key.endsWith(' viet nam')) return found;
  return idx().byName.get(key.slice(0, -' viet nam'.length));
}

/** The central agency whose provincial branches are named with these words ("Bảo hiểm xã hội", "Cục Thuế"). */
export function agencyByBranchName(body: string): CentralAgency | undefined {
  const key = foldKey(body);
  for (const [words, agency] of idx().branchWords) if (key === words) return agency;
  return undefined;
}

/**
 * A unit inside a branch, by its name: the unit's own words alone ('Phòng Quản lý
 * xuất nhập cảnh', the place given beside it) or followed by the branch's
 * ('… Công an', the place after them).
 */
export function subUnitByName(body: string): { agency: CentralAgency; label: string } | undefined {
  const key = foldKey(body);
  for (const [words, agency, label] of idx().subUnitWords) {
    if (key === words) return { agency, label };
    if (!key.startsWith(`${words} `)) continue;
    const rest = key.slice(words.length + 1);
    if (idx().branchWords.some(([w, a]) => a === agency && w === rest)) return { agency, label };
  }
  return undefined;
}

/** The labels a branch in this province goes by: the agency's practice first, then the province's own. */
export function branchLabelsOf(agency: CentralAgency, provinceCode: string, provinceLabels: readonly string[]): readonly string[] {
  const practice = agency.branchLabels?.[provinceCode];
  return practice ? [...practice, ...provinceLabels] : provinceLabels;
}

export function agencyExistsOn(a: CentralAgency, date: string): boolean {
  return (a.from === undefined || date >= a.from) && (a.to === undefined || date <= a.to);
}

/** The ministry governing a unit on a date; undefined for a ministry-level body. */
export function parentOn(a: CentralAgency, date: string): CentralAgency | undefined {
  for (const p of a.parents ?? []) {
    if ((p.from === undefined || date >= p.from) && (p.to === undefined || date <= p.to)) return agencyById(p.id);
  }
  return undefined;
}

export function allAgencies(): readonly CentralAgency[] {
  return CENTRAL_AGENCIES;
}
