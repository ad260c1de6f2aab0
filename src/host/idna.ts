/**
 * Internationalised labels. Decoding and encoding are left to `punycode`;
 * mapping and the code point tables to the URL parser, which is what a browser
 * actually applies. What the URL parser does not check (it runs UTS #46 with
 * CheckHyphens off and only part of the Bidi rule) is checked here.
 */
import punycode from 'punycode/punycode.js';

/** Why an 'xn--' label is unacceptable, or its Unicode form when it is fine. */
export type ALabelResult =
  | { ok: true; unicode: string }
  | { ok: false; code: 'bad-punycode' }
  | { ok: false; code: 'uts46'; reason: string; unicode: string };

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return true;
  }
  return false;
}

export function hexCodePoint(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Check one lower-case 'xn--' label that already passed the ASCII checks.
 * A label that decodes to nothing or to plain ASCII is not an A-label at all
 * (RFC 5890 §2.3.2.1: it must decode to a U-label), so it counts as bad
 * Punycode rather than as a UTS #46 finding.
 */
export function checkALabel(label: string): ALabelResult {
  const encoded = label.slice(4);
  let unicode: string;
  try {
    unicode = punycode.decode(encoded);
    if (punycode.encode(unicode) !== encoded) return { ok: false, code: 'bad-punycode' };
  } catch {
    return { ok: false, code: 'bad-punycode' };
  }
  if (!hasNonAscii(unicode)) return { ok: false, code: 'bad-punycode' };
  const reason = uLabelProblem(unicode, label);
  return reason === null ? { ok: true, unicode } : { ok: false, code: 'uts46', reason, unicode };
}

const STARTS_WITH_MARK = /^\p{M}/u;

/**
 * Strict UTS #46 validity of a decoded label whose A-label is `aLabel`:
 * NFC, no leading combining mark, CheckHyphens, and (through the URL parser)
 * only valid code points, already in mapped form, joiners in context.
 */
export function uLabelProblem(unicode: string, aLabel: string): string | null {
  if (unicode.normalize('NFC') !== unicode) return 'not in Unicode normalisation form C';
  if (STARTS_WITH_MARK.test(unicode)) return 'begins with a combining mark';
  if (unicode.charCodeAt(0) === 0x2d || unicode.charCodeAt(unicode.length - 1) === 0x2d) {
    return 'hyphen at the start or end of the Unicode label';
  }
  if (unicode.charCodeAt(2) === 0x2d && unicode.charCodeAt(3) === 0x2d) {
    return 'hyphens in positions 3 and 4 of the Unicode label';
  }
  let mapped: string;
  try {
    mapped = new URL('http://' + unicode).hostname;
  } catch {
    return refusalReason(unicode);
  }
  if (mapped !== aLabel) return `not in mapped form: a browser reads it as ${mapped}`;
  return null;
}

/**
 * Why the URL parser refused a Unicode label: a leading mark, else the first
 * code point it refuses on its own (after an 'a', so that a combining mark is
 * not judged as a label start), else the Bidi rule, else a general reason.
 */
export function refusalReason(unicode: string): string {
  if (STARTS_WITH_MARK.test(unicode)) return 'begins with a combining mark';
  let probed = 0;
  for (const ch of unicode) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    // Bounded: a long label is already reported as too long.
    if (++probed > 64) break;
    try {
      new URL('http://a' + ch);
    } catch {
      return `code point ${hexCodePoint(cp)} is not allowed here`;
    }
  }
  if (isRightToLeftLabel(unicode)) {
    const bidi = bidiProblem(unicode);
    if (bidi !== null) return bidi;
  }
  return 'refused by the URL parser';
}

/**
 * The A-label form of one label the way a browser maps it, or null when the
 * URL parser refuses it. Used only when the whole host was refused and we look
 * for the culprit label by label. A dummy last label keeps a numeric label
 * from being read as an IPv4 address on its own.
 */
export function toASCIILabel(label: string): string | null {
  try {
    const hostname = new URL('http://' + label + '.x').hostname;
    return hostname.endsWith('.x') ? hostname.slice(0, -2) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Bidi rule (RFC 5893 §2), which UTS #46 applies with CheckBidi to every label
// of a domain that has a right-to-left label. JavaScript exposes no
// Bidi_Class, so classes are derived from blocks and general categories; this
// is exact for the letters, digits and marks a host label can hold.

type BidiClass = 'L' | 'R' | 'AN' | 'EN' | 'ES' | 'ON' | 'NSM';

const NONSPACING_MARK = /^[\p{Mn}\p{Me}]$/u;
const SYMBOL_OR_PUNCTUATION = /^[\p{S}\p{P}\p{Z}\p{C}]$/u;

function isArabicNumber(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x0605) ||
    (cp >= 0x0660 && cp <= 0x0669) ||
    cp === 0x066b ||
    cp === 0x066c ||
    cp === 0x06dd ||
    cp === 0x0890 ||
    cp === 0x0891 ||
    cp === 0x08e2 ||
    (cp >= 0x10d30 && cp <= 0x10d39) ||
    (cp >= 0x10e60 && cp <= 0x10e7e)
  );
}

/** Blocks whose letters are right-to-left (Bidi_Class R or AL). */
function inRightToLeftBlock(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff) ||
    (cp >= 0x10800 && cp <= 0x10fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff)
  );
}

function bidiClass(ch: string): BidiClass {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) {
    if (cp >= 0x30 && cp <= 0x39) return 'EN';
    if (cp === 0x2d) return 'ES';
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return 'L';
    return 'ON';
  }
  if (NONSPACING_MARK.test(ch)) return 'NSM';
  if (isArabicNumber(cp)) return 'AN';
  if (cp >= 0x06f0 && cp <= 0x06f9) return 'EN';
  if (inRightToLeftBlock(cp)) return 'R';
  if (SYMBOL_OR_PUNCTUATION.test(ch)) return 'ON';
  return 'L';
}

/** A label with a right-to-left character makes its domain a Bidi domain name. */
export function isRightToLeftLabel(label: string): boolean {
  if (!hasNonAscii(label)) return false;
  for (const ch of label) {
    const c = bidiClass(ch);
    if (c === 'R' || c === 'AN') return true;
  }
  return false;
}

/** The RFC 5893 condition a label of a Bidi domain name breaks, or null. */
export function bidiProblem(label: string): string | null {
  let first: BidiClass | null = null;
  let lastStrong: BidiClass | null = null;
  let hasEN = false;
  let hasAN = false;
  let forbidden: BidiClass | null = null;
  for (const ch of label) {
    const c = bidiClass(ch);
    if (first === null) first = c;
    if (c !== 'NSM') lastStrong = c;
    if (c === 'EN') hasEN = true;
    if (c === 'AN') hasAN = true;
    if (forbidden === null && (c === 'R' || c === 'AN' || c === 'L')) {
      // Which of these is out of place depends on the direction, known from `first`.
      if (first === 'R' ? c === 'L' : c !== 'L') forbidden = c;
    }
  }
  if (first === null) return null;
  if (first !== 'L' && first !== 'R') return 'bidi rule: must start with a letter';
  if (forbidden !== null) return 'bidi rule: mixes left-to-right and right-to-left characters';
  if (first === 'R') {
    if (lastStrong !== 'R' && lastStrong !== 'EN' && lastStrong !== 'AN') {
      return 'bidi rule: a right-to-left label must end with a letter or digit';
    }
    if (hasEN && hasAN) return 'bidi rule: mixes European and Arabic-Indic digits';
  } else if (lastStrong !== 'L' && lastStrong !== 'EN') {
    return 'bidi rule: a left-to-right label must end with a letter or digit';
  }
  return null;
}
