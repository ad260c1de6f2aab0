import { ENGLISH_ABBREVIATIONS } from './english-abbreviations.js';
import { unaccent } from './unaccent.js';

interface Syllable {
  /** Lower-case ASCII. */
  plain: string;
  /** An acronym inside the name ('TT' of 'Sở TT&TT') counts whole, not by its initial. */
  acronym: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Function words the initials leave out: 'và' (and) always; 'các', 'của' as well ('Ban Quản lý các KCN' → bqlkcn). */
const DROPPED = new Set(['va', 'cac', 'cua']);

/**
 * Head words that name the kind of body ('Sở', 'Tổng cục'); the forms built on
 * the head ('sotttt', 'tttt') are offered only after one of these, since in a
 * fixed name such as 'Hội đồng nhân dân' the first syllables are no head.
 */
const HEADS = new Set([
  'so',
  'bo',
  'ban',
  'cuc',
  'vu',
  'vien',
  'phong',
  'truong',
  'dai',
  'tong cuc',
  'chi cuc',
  'trung tam',
  'benh vien',
  'hoc vien',
  'van phong',
  'thanh tra',
  'cong an',
  'kho bac',
]);

function ascii(s: string): string {
  let out = '';
  for (const ch of unaccent(s).toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
  }
  return out;
}

function syllables(text: string): Syllable[] {
  const nfc = text.normalize('NFC');
  const words: string[] = [];
  let cur = '';
  for (const ch of nfc) {
    if (WORD_CHAR.test(ch)) cur += ch;
    else if (cur) {
      words.push(cur);
      cur = '';
    }
  }
  if (cur) words.push(cur);
  // A name typed all in capitals has no acronyms to tell apart.
  const shouting = !LOWER.test(nfc);
  return words
    .map((w) => {
      const letters = Array.from(w).filter((c) => UPPER.test(c) || LOWER.test(c));
      const acronym = !shouting && letters.length >= 2 && letters.every((c) => UPPER.test(c));
      return { plain: ascii(w), acronym };
    })
    .filter((s) => s.plain.length > 0);
}

function initials(syls: Syllable[], drop: boolean): string {
  let out = '';
  for (const s of syls) {
    if (drop && DROPPED.has(s.plain)) continue;
    // Numbers count whole: 'Trường THCS số 1'.
    out += s.acronym || /^[0-9]+$/.test(s.plain) ? s.plain : s.plain[0];
  }
  return out;
}

function full(syls: Syllable[], drop: boolean): string {
  return syls
    .filter((s) => !(drop && DROPPED.has(s.plain)))
    .map((s) => s.plain)
    .join('');
}

/** The English forms for a 'Sở …' or 'Bộ …' whose field is in the table. */
function english(head: string, rest: Syllable[]): string[] {
  const column = head === 'so' ? 'department' : head === 'bo' ? 'ministry' : null;
  if (!column || rest.length === 0) return [];
  const restFull = full(rest, true);
  const restInitials = initials(rest, true);
  const hasAcronym = rest.some((s) => s.acronym);
  for (const row of ENGLISH_ABBREVIATIONS) {
    const field = syllables(row.field);
    if (restFull === full(field, true) || (hasAcronym && restInitials === initials(field, true))) {
      return [...row[column]];
    }
  }
  return [];
}

/**
 * Labels an agency named `body` plausibly uses, most likely first. The law does
 * not define abbreviations; these are the forms in use (docs/legal-basis.md,
 * "How each kind of holder is judged"): initials of the syllables ('stttt'), initials kept with 'và'
 * ('sttvtt'), the head spelt out before the initials ('sotttt'), initials
 * without the head ('tttt'), English department or ministry abbreviations
 * ('dost'), and the unaccented name with and without its head
 * ('sonoivu', 'thongtinvatruyenthong').
 */
export function abbreviationCandidates(body: string): string[] {
  const syls = syllables(body);
  if (syls.length === 0) return [];
  const firstTwo = syls.length >= 2 ? `${syls[0]!.plain} ${syls[1]!.plain}` : '';
  const headLen = HEADS.has(firstTwo) ? 2 : HEADS.has(syls[0]!.plain) ? 1 : 0;
  const head = syls.slice(0, headLen);
  const rest = headLen > 0 ? syls.slice(headLen) : [];
  const headFull = full(head, false);

  const out: string[] = [initials(syls, true), initials(syls, false)];
  if (rest.length > 0) {
    out.push(headFull + initials(rest, true), initials(rest, true));
  }
  out.push(...english(headFull, rest));
  out.push(...fullForms(syls, rest));
  return unique(out);
}

function fullForms(syls: Syllable[], rest: Syllable[]): string[] {
  const out = [full(syls, false), full(syls, true)];
  if (rest.length > 0) out.push(full(rest, false), full(rest, true));
  return out;
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    if (c.length < 2 || seen.has(c)) return false;
    seen.add(c);
    return true;
  });
}

/**
 * The same forms split in two: abbreviations (initials, English), which every
 * decree allows, and the unaccented full name with or without its head word
 * ('sonoivu', 'thongtinvatruyenthong'), which Decree 224/2026 allows as well.
 */
export function nameForms(body: string): { abbreviations: string[]; fullNames: string[] } {
  const syls = syllables(body);
  if (syls.length === 0) return { abbreviations: [], fullNames: [] };
  const firstTwo = syls.length >= 2 ? `${syls[0]!.plain} ${syls[1]!.plain}` : '';
  const headLen = HEADS.has(firstTwo) ? 2 : HEADS.has(syls[0]!.plain) ? 1 : 0;
  const rest = headLen > 0 ? syls.slice(headLen) : [];
  const fullNames = unique(fullForms(syls, rest));
  const abbreviations = abbreviationCandidates(body).filter((c) => !fullNames.includes(c));
  return { abbreviations, fullNames };
}

/** Initial consonants written with more than one letter, longest first ('ngh' before 'ng'). */
const CLUSTERS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr'];

function cluster(plain: string): string {
  for (const c of CLUSTERS) if (plain.startsWith(c) && plain.length > c.length) return c;
  return plain[0]!;
}

/**
 * Initials that keep each syllable's whole initial consonant ('Sở Ngoại vụ' →
 * 'sngv'): the form that tells a body apart from another whose plain initials
 * are the same ('Sở Nội vụ' → 'snv'). Null when it is no different.
 */
export function distinctInitials(body: string): string | null {
  const syls = syllables(body);
  let out = '';
  for (const s of syls) {
    if (DROPPED.has(s.plain)) continue;
    out += s.acronym || /^[0-9]+$/.test(s.plain) ? s.plain : cluster(s.plain);
  }
  return out.length >= 2 && out !== initials(syls, true) ? out : null;
}
