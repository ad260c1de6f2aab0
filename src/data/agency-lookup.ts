import { foldKey } from '../vi/fold.js';
import { CENTRAL_AGENCIES, type CentralAgency } from './agencies.js';

interface Indexes {
  byId: Map<string, CentralAgency>;
  byLabel: Map<string, CentralAgency>;
  byName: Map<string, CentralAgency>;
  /** Branch words (folded) → agency, longest first so "Chi cục Thuế" wins over "Thuế". */
  branchWords: Array<[string, CentralAgency]>;
}

let indexes: Indexes | undefined;

function build(): Indexes {
  const byId = new Map<string, CentralAgency>();
  const byLabel = new Map<string, CentralAgency>();
  const byName = new Map<string, CentralAgency>();
  const branchWords: Array<[string, CentralAgency]> = [];
  for (const a of CENTRAL_AGENCIES) {
    byId.set(a.id, a);
    for (const l of a.labels) byLabel.set(l, a);
    for (const n of a.names) byName.set(foldKey(n), a);
    for (const b of a.branchNames ?? []) branchWords.push([foldKey(b), a]);
  }
  branchWords.sort((x, y) => y[0].length - x[0].length);
  return { byId, byLabel, byName, branchWords };
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
  return idx().byName.get(foldKey(name));
}

/** The central agency whose provincial branches are named with these words ("Bảo hiểm xã hội", "Cục Thuế"). */
export function agencyByBranchName(body: string): CentralAgency | undefined {
  const key = foldKey(body);
  for (const [words, agency] of idx().branchWords) if (key === words) return agency;
  return undefined;
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
