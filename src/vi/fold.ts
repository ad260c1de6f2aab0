import { unaccent } from './unaccent.js';

// Unicode property escapes keep non-ASCII punctuation (NBSP, dashes, quotes,
// BOM) from counting as letters.
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Apostrophes of every keyboard: they join a name's parts (H'Drai, Ea H’Leo). */
function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '\u2019' || ch === '\u2018' || ch === '\u02bc';
}

/** Hyphens and dashes as typed between the halves of a name ("Bà Rịa – Vũng Tàu"). */
function isDash(ch: string): boolean {
  return ch === '-' || ch === '\u2010' || ch === '\u2011' || ch === '\u2012' || ch === '\u2013' || ch === '\u2014' || ch === '\u2212';
}

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
  for (const ch of plain) {
    // Before the letter test: U+02BC is a modifier letter to Unicode.
    if (isApostrophe(ch)) continue;
    const c = ch.charCodeAt(0);
    const isAlnum =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c > 0x7f && LETTER_OR_DIGIT.test(ch));
    if (isAlnum) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += ch;
    } else {
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
  const plain = unaccent(name).toLowerCase();
  const parts: string[] = [];
  let part = '';
  for (const ch of plain) {
    if (isDash(ch)) {
      if (part.length > 0) parts.push(part);
      part = '';
    } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      part += ch;
    }
  }
  if (part.length > 0) parts.push(part);
  if (parts.length === 0) return [];
  const joined = parts.join('');
  return parts.length > 1 ? [parts.join('-'), joined] : [joined];
}
