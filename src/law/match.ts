import { allProvinces } from '../data/lookup.js';

/** Words of unit types and of "People's Committee" that must not stand in a full-name label. */
const TYPE_WORDS = [
  'uybannhandan', 'ubnd', 'tinh', 'thanhpho', 'tp', 'huyen', 'quan', 'thixa', 'tx',
  'xa', 'phuong', 'thitran', 'tt', 'dackhu',
];

/** How a label falls short of a full-name requirement, or null when it is one of `labels`. */
export type FullNameMiss = null | 'unit-type-prefix' | 'not-full-name';

/**
 * Full-name kinds (province, district, commune): the label must be the unit's full
 * name. A unit-type word or a province name glued on is `unit-type-prefix`
 * (`huyentanuyen`, `xatalenglaichau`); anything else is `not-full-name` (`prtc`).
 */
export function fullNameMiss(label: string, labels: readonly string[], provinceLabels: readonly string[] = []): FullNameMiss {
  if (labels.includes(label)) return null;
  for (const want of labels) {
    const at = label.indexOf(want);
    if (at < 0) continue;
    const before = label.slice(0, at);
    const after = label.slice(at + want.length);
    if (before && !isTypeWords(before)) continue;
    if (after && !provinceLabels.includes(after) && !isTypeWords(after) && !isProvinceLabel(after)) continue;
    return 'unit-type-prefix';
  }
  return 'not-full-name';
}

/** "huyen", "ubndhuyen", "tp": one or more type words run together. */
export function isTypeWords(text: string): boolean {
  if (text === '') return false;
  let rest = text;
  outer: while (rest.length > 0) {
    for (const w of TYPE_WORDS) {
      if (rest.startsWith(w)) {
        rest = rest.slice(w.length);
        continue outer;
      }
    }
    return false;
  }
  return true;
}

/**
 * The lengths at which a label's start is a run of type words ("ubndhuyentanuyen"
 * → 4, 9): one pass, no slicing.
 */
export function typeWordPrefixLengths(label: string, longest = 24): number[] {
  const limit = Math.min(label.length - 1, longest);
  const out: number[] = [];
  if (limit < 1) return out;
  // Positions a run of type words reaches, one bit each (24 fit in a number): no array per call.
  let reach = 1;
  for (let pos = 0; pos <= limit; pos++) {
    if ((reach & (1 << pos)) === 0) continue;
    if (pos > 0) out.push(pos);
    for (const w of TYPE_WORDS) {
      const end = pos + w.length;
      if (end <= limit && label.startsWith(w, pos)) reach |= 1 << end;
    }
  }
  return out;
}

let provinceLabelSet: Set<string> | undefined;

/** A label some province uses or used. */
export function isProvinceLabel(label: string): boolean {
  if (!provinceLabelSet) {
    provinceLabelSet = new Set();
    for (const p of allProvinces()) for (const l of p.labels) provinceLabelSet.add(l);
  }
  return provinceLabelSet.has(label);
}

/** Abbreviation kinds: a label matches when it is one of the plausible forms. */
export function abbreviationMatches(label: string, candidates: readonly string[]): boolean {
  return candidates.includes(label);
}
