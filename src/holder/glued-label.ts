/**
 * A level-3 label that runs a unit-type word, a province or a central agency's
 * name into a unit's name: `huyentanuyen`, `xatalenglaichau`, `tinhlaichau`,
 * `bhxhdienbien`. What it must be, when only one unit fits.
 */
import type { UnitType } from '../agency-name/index.js';
import { isValidOn, provincesByLabel, type Province } from '../data/lookup.js';
import type { EntityFacts } from '../law/facts.js';
import { typeWordPrefixLengths } from '../law/match.js';
import { blankEntity } from './blank.js';
import { branchFormsAround, onlyMatch, units } from './label-index.js';
import { pickOn, provinceAsOf } from './rank.js';
import { COMMUNE_TYPES } from './unit-types.js';

/** Unit-type words as they stand in a label (no spaces, no diacritics), by the table type they mean. */
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

/** "People's Committee" as it stands in a label, before a type word. */
const COMMITTEE_WORDS = ['uybannhandan', 'ubnd'] as const;

/** The unit type a run of type words ends with ("ubndhuyen" → huyen). */
function typeOf(words: string): string | undefined {
  for (const prefix of COMMITTEE_WORDS) {
    if (words.startsWith(prefix)) return TYPE_OF[words.slice(prefix.length)];
  }
  return TYPE_OF[words];
}

/**
 * A unit-type word or a province glued to a unit's name (`huyentanuyen`,
 * `xatalenglaichau`, `tinhlaichau`), or a branch's agency glued to its province.
 */
export function miswritten(label: string, date: string, hint: Province | undefined): EntityFacts | null {
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
        e.province = provinceAsOf(d.province, date);
        return e;
      }
    }
    if (c.type === undefined || COMMUNE_TYPES[c.type as UnitType]) {
      const m = onlyMatch(index.communes.get(c.core), want, c.type, date);
      if (m) {
        const e = blankEntity('commune', m.unit.fullName, 'domain');
        e.commune = m.unit;
        e.province = provinceAsOf(m.province, date);
        return e;
      }
    }
  }
  return null;
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
    e.parent = agency;
    e.province = p;
    return e;
  }
  return null;
}
