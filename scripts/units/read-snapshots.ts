/**
 * The GSO snapshots of the map before 2025 (the `dvhcvn` package at several dates,
 * installed side by side), checked against a schema of its three levels. Only facts
 * are taken: which unit, under which code and name, existed on the snapshot's date.
 */
import { z } from 'zod';
import { foldKey } from '../../src/vi/fold.js';
import { clean, fail, parseWith } from './common.js';
import { safeName } from './names.js';

const text = z.string({ error: 'should be a non-empty string' }).min(1, { error: 'should be a non-empty string' });
const level3 = z.object({ id: text, name: text.transform(clean), type: z.number().int() });
const level2 = z.object({ id: text, name: text.transform(clean), type: z.number().int(), children: z.array(level3) });
const level1 = z.object({ id: text, name: text.transform(clean), type: z.number().int(), children: z.array(level2) });
const isoDate = text.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'should be YYYY-MM-DD' });

/** The package's type numbers (its enum `Type`) of each level, as the letters of the tables and the words names start with. */
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

export function readSnapshot(date: unknown, level1s: unknown, what: string): Snapshot {
  const day = parseWith(isoDate, date, `${what} date`);
  const provinces = parseWith(z.array(level1), level1s, what);
  const districts: SnapUnit[] = [];
  const communes: SnapUnit[] = [];
  for (const p of provinces) {
    for (const d of p.children) {
      const [letter, bare] = split(d.name, DISTRICT_TYPES, `${what} district ${d.id}`);
      districts.push({ code: d.id, letter, bare, provinceCode: p.id });
      for (const c of d.children) {
        const [cl, cb] = split(c.name, COMMUNE_TYPES, `${what} commune ${c.id}`);
        communes.push({ code: c.id, letter: cl, bare: cb, provinceCode: p.id, districtCode: d.id });
      }
    }
  }
  return { date: day, districts, communes };
}
