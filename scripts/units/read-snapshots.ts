/**
 * The GSO snapshots of the map before 2025 (the `dvhcvn` package at several dates,
 * installed side by side), checked against a schema of its three levels. Only facts
 * are taken: which unit, under which code and name, existed on the snapshot's date.
 */
import { z } from 'zod';
import { foldKey } from '../../src/vi/fold.js';
import { byCode, fail, parseWith } from './common.js';
import { packageRows, type HistorySnapshot } from './gso-history.js';
import { safeName } from './names.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'should be YYYY-MM-DD' });

/** The package's type numbers of each level (its enum `Type`; only the name is read), as the letters of the tables and the words names start with. */
const DISTRICT_TYPES: Readonly<Record<number, readonly [string, string]>> = {
  0: ['h', 'huyen'],
  1: ['q', 'quan'],
  4: ['x', 'thi xa'],
  6: ['t', 'thanh pho'],
};
const COMMUNE_TYPES: Readonly<Record<number, readonly [string, string]>> = {
  2: ['p', 'phuong'],
  3: ['t', 'thi tran'],
  8: ['x', 'xa'],
};

export interface SnapUnit {
  code: string;
  /** Type letter, as in the tables. */
  letter: string;
  bare: string;
  provinceCode: string;
  /** For a commune: its district's code. */
  districtCode?: string;
}

export interface Snapshot {
  /** The day the snapshot describes. */
  date: string;
  /** Dated the day its changes took effect (a unit first seen in it started that day), not a later publication day. */
  exact: boolean;
  districts: SnapUnit[];
  communes: SnapUnit[];
}

/**
 * Letter and bare name, by the type word the name starts with: the package writes it in
 * varying case ("Thị Xã"), and its type number sometimes disagrees with the name (a
 * "Phường 5" typed as a commune), so the name decides.
 */
function split(name: string, types: Readonly<Record<number, readonly [string, string]>>, what: string): [string, string] {
  const parts = name.split(' ');
  for (const [letter, word] of Object.values(types)) {
    const words = word.split(' ').length;
    if (parts.length > words && foldKey(parts.slice(0, words).join(' ')) === word) return [letter, safeName(parts.slice(words).join(' '))];
  }
  return fail(`${what} "${name}" does not start with a type word`);
}

/** A package snapshot (`level1s` of dvhcvn), dated by the caller. */
export function readSnapshot(date: unknown, level1s: unknown, what: string): Snapshot {
  return snapshotOf({ date: parseWith(isoDate, date, `${what} date`), exact: false, rows: packageRows(level1s, what) }, what);
}

/** Districts and communes of a whole GSO list, each with its type letter and bare name. */
export function snapshotOf(s: HistorySnapshot, what: string): Snapshot {
  const districts: SnapUnit[] = [];
  const communes: SnapUnit[] = [];
  const provinceOf = new Map<string, string>();
  for (const r of s.rows) if (r.level === 2) provinceOf.set(r.code, r.parent);
  for (const r of [...s.rows].sort((a, b) => byCode(a.code, b.code))) {
    if (r.level === 2) {
      const [letter, bare] = split(r.name, DISTRICT_TYPES, `${what} district ${r.code}`);
      districts.push({ code: r.code, letter, bare, provinceCode: r.parent });
    } else if (r.level === 3) {
      const [letter, bare] = split(r.name, COMMUNE_TYPES, `${what} commune ${r.code}`);
      const provinceCode = provinceOf.get(r.parent) ?? fail(`${what} commune ${r.code}: no district ${r.parent}`);
      communes.push({ code: r.code, letter, bare, provinceCode, districtCode: r.parent });
    }
  }
  return { date: s.date, exact: s.exact, districts, communes };
}
