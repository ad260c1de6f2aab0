import { foldKey } from '../vi/fold.js';
import {
  isDashToken,
  isPunct,
  isSeparator,
  LOWER,
  matchAny,
  splitWords,
  tokenize,
  trimName,
  UPPER,
  UPPER_OR_DIGIT,
  type Token,
  type Word,
  type Words,
} from './tokens.js';
import type { Locality, UnitType } from './types.js';
import {
  EDUCATION_FIELD,
  HCM_NAMES,
  HCM_TOKENS,
  HEADS,
  HO_CHI_MINH,
  PARTY_PREFIX,
  SOCIETY_BEFORE,
  TYPE_WORDS,
  UY,
  type Head,
  type TypeWord,
} from './vocabulary.js';

export function matchHead(words: Word[]): { head: Head; len: number } | null {
  for (const { head, patterns } of HEADS) {
    const len = matchAny(words, patterns);
    if (len === 0) continue;
    if (head === 'so' || head === 'phong') {
      const rest = words.slice(1);
      // 'GD&ĐT' folds to 'gd dt': only the field's first word matters here.
      const isEducation = EDUCATION_FIELD.some((p) => p.every((w, k) => rest[k]?.w === w));
      if (isEducation) return { head: 'education', len };
    }
    return { head, len };
  }
  return null;
}

export interface Segment {
  loc?: Locality;
  /** A type word ending the text with no name: the locality is left implicit. */
  implicitType?: UnitType;
  /** Token range of the segment and of its name. */
  from: number;
  nameFrom: number;
  to: number;
}

const foldedForms = new Map<string, string>();

/** foldKey of a constant word form, worked out once. */
function folded(form: string): string {
  let f = foldedForms.get(form);
  if (f === undefined) {
    f = foldKey(form);
    foldedForms.set(form, f);
  }
  return f;
}

export class Parser {
  readonly tokens: Token[];
  readonly n: number;
  /** Token indices from which no locality chain runs to the end. */
  private readonly failedStarts = new Set<number>();
  /** typeAt and nameLike by token index: the chains ask about the same tokens many times. */
  private readonly types: Array<TypeWord | null | undefined> = [];
  private readonly names: Array<boolean | undefined> = [];
  private split: Words | undefined;

  constructor(
    readonly text: string,
    readonly ascii: boolean,
    readonly isPlace: ((name: string) => boolean) | undefined,
  ) {
    this.tokens = tokenize(text);
    this.n = this.tokens.length;
  }

  /** A token spelled as `form` (NFC, lower case): exactly, or by foldKey when the text has no diacritics at all. */
  is(i: number, form: string): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    return this.ascii ? t.key === folded(form) : t.lower === form;
  }

  typeAt(i: number): TypeWord | null {
    let found = this.types[i];
    if (found === undefined) {
      found = null;
      for (const tw of TYPE_WORDS) {
        if (tw.words.every((w, k) => this.is(i + k, w))) {
          found = tw;
          break;
        }
      }
      if (i >= 0) this.types[i] = found;
    }
    return found;
  }

  isUy(i: number): boolean {
    return UY.some((u) => this.is(i, u));
  }

  /** Could start or continue a place name: capitalised or a number, and no type word. */
  nameLike(i: number): boolean {
    let like = this.names[i];
    if (like === undefined) {
      const t = this.tokens[i];
      like = !!t && !isPunct(t) && UPPER_OR_DIGIT.test(t.raw[0] ?? '') && !this.typeAt(i) && !HCM_TOKENS.has(t.key) && !this.isUy(i);
      if (i >= 0) this.names[i] = like;
    }
    return like;
  }

  /** A lower-case word that is no type word ('phòng' of 'Hải phòng'). */
  lowerWord(i: number): boolean {
    const t = this.tokens[i];
    return !!t && !isPunct(t) && !isDashToken(t) && LOWER.test(t.raw[0] ?? '') && !this.typeAt(i);
  }

  /**
   * A capitalised one-word type word with no name after it ends the name before
   * it: 'xã Tân Xã', 'xã Tứ Quận', 'xã Phước Tỉnh' are units of those names.
   */
  typeWordEndingName(i: number): boolean {
    const t = this.tokens[i];
    const tw = this.typeAt(i);
    if (!t || !tw || tw.abbrev || tw.words.length !== 1 || !UPPER.test(t.raw[0] ?? '')) return false;
    return !this.nameLike(i + 1);
  }

  /** Folded words of tokens[from..], each with the index of its token and whether it ends the token. */
  wordsFrom(from: number): Word[] {
    // Split once per parse: the head is looked for at a few starts.
    this.split ??= splitWords(this.tokens);
    return from >= this.n ? [] : this.split.all.slice(this.split.firstOf[from]);
  }

  slice(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    if (!a || !b || to <= from) return '';
    return this.text.slice(a.start, b.end);
  }

  /** A typed locality starting at token i: a type word and a capitalised name. */
  segmentAt(i: number): Segment | null {
    const t = this.tokens[i];
    if (!t) return null;
    if (HCM_TOKENS.has(t.key)) {
      return { loc: { unitType: 'thanh-pho', name: HO_CHI_MINH }, from: i, nameFrom: i, to: i + 1 };
    }
    const tw = this.typeAt(i);
    if (!tw) return null;
    // 'Sở TT và TT …': an abbreviation after a conjunction is a word, not a unit.
    if (tw.abbrev && i > 0 && (this.is(i - 1, 'và') || this.tokens[i - 1]!.raw === '&')) return null;
    const nameFrom = i + tw.words.length;
    if (tw.type === 'xa' && this.is(nameFrom, 'hội')) {
      const alone = nameFrom + 1 >= this.n || !this.nameLike(nameFrom + 1);
      if (alone || SOCIETY_BEFORE.some((w) => this.is(i - 1, w))) return null;
    }
    let j = nameFrom;
    while (j < this.n) {
      if (this.nameLike(j)) j++;
      else if (j > nameFrom && isDashToken(this.tokens[j]!) && this.nameLike(j + 1)) j++;
      else if (j > nameFrom && this.typeWordEndingName(j)) j++;
      else break;
    }
    // Odd capitals ('Thành phố Hải phòng'): lower-case words that complete a known place belong to its name.
    if (j > nameFrom && j < this.n && this.isPlace && this.lowerWord(j) && !this.isPlace(this.slice(nameFrom, j))) {
      for (let k = j + 1; k <= Math.min(this.n, j + 2) && this.lowerWord(k - 1); k++) {
        if (this.isPlace(this.slice(nameFrom, k))) {
          j = k;
          break;
        }
      }
    }
    if (j === nameFrom) {
      if (j === this.n && !tw.abbrev) return { implicitType: tw.type, from: i, nameFrom, to: j };
      return null;
    }
    let name = trimName(this.slice(nameFrom, j));
    if (tw.type === 'thanh-pho' && HCM_NAMES.has(foldKey(name).replace(/ /g, ''))) name = HO_CHI_MINH;
    return { loc: { unitType: tw.type, name }, from: i, nameFrom, to: j };
  }

  /**
   * Typed localities from token i to the end ('xã X, huyện Y tỉnh Z'); text after
   * a separator that does not start another locality is a note and is ignored.
   */
  chainAt(i: number): Segment[] | null {
    const segs: Segment[] = [];
    let k = i;
    const fail = (): null => {
      // What follows a segment start does not depend on how it was reached: a
      // failed start fails every chain through it, which keeps the search linear.
      for (const s of segs) this.failedStarts.add(s.from);
      this.failedStarts.add(k);
      return null;
    };
    for (;;) {
      if (this.failedStarts.has(k)) return fail();
      const seg = this.segmentAt(k);
      if (!seg) return fail();
      segs.push(seg);
      k = seg.to;
      if (k >= this.n) break;
      const t = this.tokens[k]!;
      if (t.raw === ',' && this.segmentAt(k + 1)) {
        k++;
        continue;
      }
      // 'xã Ba Đình, Quảng Ngãi': a known place after the comma is the unit's province.
      if (t.raw === ',' && this.isPlace && k + 1 < this.n && this.nameLike(k + 1) && this.n - k <= 6 && this.isPlace(this.slice(k + 1, this.n))) {
        segs.push({ loc: { name: trimName(this.slice(k + 1, this.n)) }, from: k + 1, nameFrom: k + 1, to: this.n });
        return segs;
      }
      if (isSeparator(t)) break;
    }
    this.splitTrailingPlace(segs);
    return segs;
  }

  /** 'huyện Tam Đường Lai Châu': a known place at the end of the last name is a locality of its own. */
  splitTrailingPlace(segs: Segment[]): void {
    const last = segs[segs.length - 1];
    if (!this.isPlace || !last?.loc || last.loc.name === HO_CHI_MINH) return;
    if (this.isPlace(last.loc.name)) return;
    // Place names run to a few words, as in findPlace: asking about longer tails would
    // make a long name cost time quadratic in its length.
    for (let k = Math.max(last.nameFrom + 1, last.to - 8); k < last.to; k++) {
      if (!this.nameLike(k)) continue;
      const place = this.slice(k, last.to);
      if (!this.isPlace(place)) continue;
      last.loc = { ...last.loc, name: trimName(this.slice(last.nameFrom, k)) };
      segs.push({ loc: { name: place }, from: k, nameFrom: k, to: last.to });
      last.to = k;
      return;
    }
  }

  /** The leftmost typed locality chain after token `from` that runs to the end. */
  findChain(from: number): Segment[] | null {
    for (let i = from; i < this.n; i++) {
      if (!this.typeAt(i) && !HCM_TOKENS.has(this.tokens[i]!.key)) continue;
      const chain = this.chainAt(i);
      if (chain) return chain;
    }
    return null;
  }

  /** The longest capitalised tail after token `from` that the caller knows as a place. */
  findPlace(from: number): Segment | null {
    if (!this.isPlace) return null;
    // Place names run to a few words ('Bà Rịa - Vũng Tàu'): no need to ask about longer tails.
    for (let k = Math.max(from, this.n - 8); k < this.n; k++) {
      if (!this.nameLike(k)) continue;
      const name = this.slice(k, this.n);
      if (this.isPlace(name)) return { loc: { name: trimName(name) }, from: k, nameFrom: k, to: this.n };
    }
    return null;
  }

  /** A party committee named by its unit ('Huyện ủy Tuy Phong', 'Ban Tuyên giáo Tỉnh ủy Lai Châu'). */
  partyAt(from: number): { at: number; type?: UnitType } | null {
    for (let i = from; i + 1 < this.n; i++) {
      if (!this.isUy(i + 1)) continue;
      const prefix = PARTY_PREFIX.find((p) => this.is(i, p.word));
      if (prefix) return prefix.type ? { at: i, type: prefix.type } : { at: i };
    }
    return null;
  }
}
