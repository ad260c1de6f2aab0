/**
 * Unit names as the tables store them: a type letter and the bare name, split
 * on the type word the full name starts with.
 */
import { fail, type PType } from './common.js';

const PROVINCE_PREFIXES: readonly [string, PType][] = [
  ['Thành phố ', 'thanh-pho'],
  ['Tỉnh ', 'tinh'],
];
export const DISTRICT_PREFIXES: readonly [string, string][] = [
  ['Huyện ', 'h'],
  ['Quận ', 'q'],
  ['Thị xã ', 'x'],
  ['Thành phố ', 't'],
];
export const COMMUNE_PREFIXES: readonly [string, string][] = [
  ['Xã ', 'x'],
  ['Phường ', 'p'],
  ['Thị trấn ', 't'],
  ['Đặc khu ', 'd'],
];

export function splitType(name: string, prefixes: readonly [string, string][], what: string): [string, string] {
  for (const [prefix, letter] of prefixes) {
    if (name.startsWith(prefix) && name.length > prefix.length) return [letter, name.slice(prefix.length)];
  }
  fail(`${what} "${name}" has no known type word`);
}

export function provinceBare(fullName: string): string {
  for (const [prefix] of PROVINCE_PREFIXES) if (fullName.startsWith(prefix)) return fullName.slice(prefix.length);
  fail(`province "${fullName}" has no type word`);
}

export function provinceTypeOf(fullName: string): PType {
  for (const [prefix, t] of PROVINCE_PREFIXES) if (fullName.startsWith(prefix)) return t;
  fail(`province "${fullName}" has no type word`);
}

/** The separators of the encoding must not occur in names. */
export function safeName(name: string): string {
  if (/[|>,\n@~]/.test(name)) fail(`name "${name}" holds a character the encoding uses`);
  return name;
}
