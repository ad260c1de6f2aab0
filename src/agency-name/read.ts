import type { EntityKind } from '../result.js';
import { hasDiacritics } from '../vi/unaccent.js';
import { matchHead, Parser, type Segment } from './parser.js';
import { collapse, isDashToken, LOWER, matchAny, splitParens, trimJunkEnd, trimName, UPPER } from './tokens.js';
import type { AgencyName, Locality, UnitType } from './types.js';
import { DECORATIONS, ENGLISH_TYPES, HCM_TOKENS, NOTE_OPENERS, PROVINCE_INITIALS, PROVINCE_OFFICES, SITE_NAMES, type Head } from './vocabulary.js';

type Level = 'province' | 'city' | 'district' | 'commune' | 'none';

function levelOf(type: UnitType | undefined): Level {
  switch (type) {
    case undefined:
    case 'tinh':
      return 'province';
    case 'thanh-pho':
      return 'city';
    case 'huyen':
    case 'quan':
    case 'thi-xa':
      return 'district';
    default:
      return 'commune';
  }
}

function unitKind(type: UnitType | undefined): EntityKind | null {
  switch (type) {
    case 'tinh':
      return 'province';
    case 'huyen':
    case 'quan':
    case 'thi-xa':
      return 'district';
    case 'xa':
    case 'phuong':
    case 'thi-tran':
    case 'dac-khu':
      return 'commune';
    default:
      // 'thanh-pho' is a province or a district-level city; no type says nothing.
      return null;
  }
}

/** Places a parenthesised note names: typed ('huyện Lộc Hà, tỉnh Hà Tĩnh') or bare ('Lai Châu, cũ'). */
function parenLocalities(content: string, ascii: boolean, isPlace: ((name: string) => boolean) | undefined): Locality[] {
  const whole = parenPart(content, ascii, isPlace);
  if (whole.length > 0 || !content.includes(',')) return whole;
  return content.split(',').flatMap((part) => parenPart(collapse(part), ascii, isPlace));
}

function parenPart(content: string, ascii: boolean, isPlace: ((name: string) => boolean) | undefined): Locality[] {
  const p = new Parser(content, ascii, isPlace);
  if (p.n === 0) return [];
  const chain = p.chainAt(0);
  if (chain) return chain.flatMap((s) => (s.loc ? [s.loc] : []));
  if (isPlace) return isPlace(content) ? [{ name: trimName(content) }] : [];
  return looksLikePlace(p) ? [{ name: trimName(content) }] : [];
}


/** Without a gazetteer: a few title-case words ('Lai Châu'), not an acronym, not an agency. */
function looksLikePlace(p: Parser): boolean {
  if (p.n > 5) return false;
  const first = p.tokens[0]!;
  if (NOTE_OPENERS.has(first.key) || matchHead(p.wordsFrom(0))) return false;
  return p.tokens.every((t) => {
    if (isDashToken(t)) return true;
    const chars = Array.from(t.raw);
    return UPPER.test(chars[0] ?? '') && (LOWER.test(chars[1] ?? '') || chars[1] === "'" || chars[1] === '\u2019');
  });
}

/**
 * Reads an agency's Vietnamese name as inspectors write it: what kind of body it
 * is, its own name, and the places it names. `isPlace` recognises a bare place
 * name at the end ('Sở Nội vụ Bắc Giang'); without it only typed localities
 * ('tỉnh Lai Châu') and title-case names in parentheses are found.
 */
export function parseAgencyName(text: string, isPlace?: (name: string) => boolean): AgencyName {
  const nfc = text.normalize('NFC');
  const { text: clean, parens } = splitParens(nfc);
  const ascii = !hasDiacritics(nfc);
  const p = new Parser(withProvinceSpelt(clean), ascii, isPlace);
  const parenHints = parens.flatMap((c) => parenLocalities(c, ascii, isPlace));
  const result: AgencyName = { input: text, text: clean, kind: null, hints: [], localityImplicit: false };
  if (p.n === 0) return result;

  let start = 0;
  const deco = matchAny(p.wordsFrom(0), DECORATIONS) || matchAny(p.wordsFrom(0), SITE_NAMES);
  if (deco > 0 && deco < p.n) start = deco;

  const headMatch = matchHead(p.wordsFrom(start));
  const head = headMatch?.head ?? null;

  if (head === 'committee') {
    readUnit(p, start + headMatch!.len, false, result);
  } else if (!head && (p.typeAt(start) || HCM_TOKENS.has(p.tokens[start]!.key))) {
    // A bare unit name ('Tỉnh Lai Châu'); when its name does not read as one, it is a body.
    if (!readUnit(p, start, true, result)) readBody(p, start, 1, null, result);
  } else {
    readBody(p, start, headMatch?.len ?? 1, head, result);
  }

  if (!result.locality && parenHints[0]) result.locality = parenHints[0];
  result.hints.push(...parenHints);
  return result;
}

function capitals(word: string): number {
  let n = 0;
  for (const ch of word) if (ch !== ch.toLowerCase()) n++;
  return n;
}

/** Province initials ending the name ('… BRVT', 'UBND TP.HN') spelt out, so the province is read as any other. */
function withProvinceSpelt(text: string): string {
  const cut = text.lastIndexOf(' ') + 1;
  let last = trimJunkEnd(text.slice(cut)).toUpperCase();
  let typed = '';
  if (last.startsWith('TP.') && last.length > 3) {
    typed = text.slice(cut, cut + 3) + ' ';
    last = last.slice(3);
  }
  const province = PROVINCE_INITIALS.get(last);
  // Initials are capitals: 'Hn' or 'hn' is a word.
  if (!province || capitals(text.slice(cut)) < 2) return text;
  return `${text.slice(0, cut)}${typed}${province}`;
}

/** A committee's or bare unit's name from token `from`. False when a bare unit does not read as one. */
function readUnit(p: Parser, from: number, strict: boolean, out: AgencyName): boolean {
  if (from >= p.n) return !strict;
  const chain = p.chainAt(from);
  if (chain) {
    const [first, ...rest] = chain;
    if (first!.loc) out.unit = first!.loc;
    out.kind = unitKind(first!.loc?.unitType ?? first!.implicitType);
    applyChain(rest, out);
    if (first!.implicitType) out.localityImplicit = true;
    return true;
  }
  if (strict) return false;
  const tw = p.typeAt(from);
  if (tw) {
    // Lower-case or otherwise unusual names: everything after the type word.
    const name = trimName(p.slice(from + tw.words.length, p.n));
    if (name) out.unit = { unitType: tw.type, name };
    out.kind = unitKind(tw.type);
    return true;
  }
  const english = englishUnit(p, from);
  if (english) {
    out.unit = english;
    out.kind = unitKind(english.unitType);
    return true;
  }
  const name = trimName(p.slice(from, p.n));
  if (name) out.unit = { name };
  return true;
}

/** "People's Committee of Lai Chau Province", "… of District 1". */
function englishUnit(p: Parser, from: number): Locality | null {
  if (p.n - from < 2) return null;
  const first = p.tokens[from]!.key;
  const last = p.tokens[p.n - 1]!.key;
  const firstType = ENGLISH_TYPES.get(first);
  if (firstType) {
    const name = trimName(p.slice(from + 1, p.n));
    const numbered = /^[0-9]+$/.test(name);
    return { unitType: numbered && firstType === 'huyen' ? 'quan' : firstType, name };
  }
  const lastType = ENGLISH_TYPES.get(last);
  if (lastType) return { unitType: lastType, name: trimName(p.slice(from, p.n - 1)) };
  return null;
}

/** Locality first, then further localities as hints; a trailing bare type word marks it implicit. */
function applyChain(segs: Segment[], out: AgencyName): void {
  for (const s of segs) {
    if (s.implicitType) {
      out.localityImplicit = true;
    } else if (s.loc) {
      if (!out.locality) out.locality = s.loc;
      else out.hints.push(s.loc);
    }
  }
}

function readBody(p: Parser, start: number, headLen: number, head: Head | null, out: AgencyName): void {
  const bodyMin = start + Math.max(1, headLen);
  let locFrom = p.n;
  let level: Level = 'none';

  const partyUnit = p.partyAt(start);
  const party = head === 'party' || partyUnit !== null;
  let done = false;
  if (partyUnit?.type) {
    // 'Huyện ủy Tuy Phong': the name after the committee is its unit's.
    const nameFrom = partyUnit.at + 2;
    let j = nameFrom;
    while (j < p.n && (p.nameLike(j) || (j > nameFrom && isDashToken(p.tokens[j]!) && p.nameLike(j + 1)))) j++;
    if (j > nameFrom && j === p.n) {
      out.locality = { unitType: partyUnit.type, name: trimName(p.slice(nameFrom, j)) };
      locFrom = nameFrom;
      done = true;
    }
  }
  if (!done) {
    const chain = p.findChain(bodyMin);
    if (chain) {
      locFrom = chain[0]!.from;
      applyChain(chain, out);
      const first = chain[0]!;
      level = levelOf(first.loc?.unitType ?? first.implicitType);
    } else if (head !== 'school') {
      // A school's trailing place is usually part of its name ('Trường THPT chuyên Lai Châu').
      const place = p.findPlace(bodyMin);
      if (place) {
        locFrom = place.from;
        out.locality = place.loc!;
        level = 'province';
      }
    }
  }

  const body = trimJunkEnd(p.slice(start, locFrom));
  if (body) out.body = body;
  out.kind = party ? 'party-body' : kindOfBody(head, level);
  // 'Văn phòng UBND' with no place: the province's office, as a province's list writes it.
  if (!out.kind && level === 'none' && head === 'local-agency' && locFrom === p.n && matchAny(p.wordsFrom(start), PROVINCE_OFFICES) === p.n - start) {
    out.kind = 'province-agency';
  }
}

function kindOfBody(head: Head | null, level: Level): EntityKind | null {
  switch (head) {
    case 'so':
    case 'board':
      // Departments and these boards exist only at province level.
      return 'province-agency';
    case 'education':
      return 'education-authority';
    case 'hdnd':
    case 'local-agency':
      // The head alone fits any level; a province-level place makes it provincial.
      return level === 'province' || level === 'city' ? 'province-agency' : null;
    case 'branch':
      return 'ministry-unit';
    case 'institute':
      return level === 'none' ? 'ministry-unit' : 'public-service-unit';
    case 'ministry':
      // 'Bộ Chỉ huy Quân sự tỉnh …' is no ministry.
      return level === 'none' ? 'ministry' : null;
    case 'school':
      return 'school';
    case 'service':
      return 'public-service-unit';
    case 'party':
      return 'party-body';
    case 'court':
      // A provincial court or procuracy is a unit of the supreme one; the supreme ones are in the agency table.
      return level === 'none' ? null : 'ministry-unit';
    default:
      return null;
  }
}
