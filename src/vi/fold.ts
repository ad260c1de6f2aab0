import { unaccent } from './unaccent.js';

/**
 * A key for comparing names as inspectors write them: case, diacritics, tone-mark
 * placement ("Hoà"/"Hòa"), spelling variants that differ only in tones
 * ("Sin Hồ"/"Sìn Hồ"), punctuation and spacing do not matter.
 * Letters and digits are kept, separated by single spaces.
 */
export function foldKey(text: string): string {
  const plain = unaccent(text).toLowerCase();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    const isAlnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c > 0x7f;
    if (isAlnum) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += plain[i];
    } else if (c !== 0x27 && c !== 0x2019) {
      // An apostrophe joins (H'Drai), anything else separates.
      pendingSpace = true;
    }
  }
  return out;
}

/**
 * The domain labels a unit's full name gives, preferred first: diacritics removed,
 * spaces dropped; a hyphen the official name carries may be kept or dropped
 * ("Bà Rịa - Vũng Tàu" → `baria-vungtau`, `bariavungtau`).
 */
export function fullNameLabels(name: string): string[] {
  const parts = unaccent(name)
    .toLowerCase()
    .split('-')
    .map((p) => p.replace(/[^a-z0-9]/g, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return [];
  const joined = parts.join('');
  return parts.length > 1 ? [parts.join('-'), joined] : [joined];
}
