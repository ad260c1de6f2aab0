import type { EntityKind } from '../result.js';
import { foldKey } from './fold.js';
import { hasDiacritics } from './unaccent.js';

export type UnitType =
  | 'tinh'
  | 'thanh-pho'
  | 'huyen'
  | 'quan'
  | 'thi-xa'
  | 'xa'
  | 'phuong'
  | 'thi-tran'
  | 'dac-khu';

export interface Locality {
  unitType?: UnitType;
  name: string;
}

export interface AgencyName {
  /** The input exactly as given. */
  input: string;
  /** NFC, spaces collapsed, trimmed, parenthesised parts removed. */
  text: string;
  /**
   * Guessed from the name's head; `null` when the head says nothing (central
   * agencies such as 'Thanh tra Chính phủ' are recognised later from a table) or
   * when it depends on facts the caller holds (a `thanh-pho` unit is a province
   * or a district-level city).
   */
  kind: EntityKind | null;
  /** For a People's Committee or a bare unit name ('Tỉnh Lai Châu'): the unit. */
  unit?: Locality;
  /** The agency's own name without the trailing locality ('Sở Thông tin và Truyền thông'). */
  body?: string;
  /**
   * The locality after the body or after a committee's unit ('tỉnh Lai Châu',
   * 'TP.HCM', or a bare place the `isPlace` callback knows); failing that, the
   * first locality found in parentheses.
   */
  locality?: Locality;
  /**
   * Further localities: those chained after `locality` in the text ('xã X huyện Y
   * tỉnh Z'), then every locality found in parentheses, in order (so the first
   * parenthesised one is repeated here when it also became `locality`).
   */
  hints: Locality[];
  /** The name ends in a type word with nothing after it: 'Bảo hiểm Xã hội tỉnh'. */
  localityImplicit: boolean;
}

// ---------------------------------------------------------------------------
// Tokens

interface Token {
  /** The token as written (NFC). */
  raw: string;
  /** Offsets into the cleaned text, so that names and bodies keep their spelling. */
  start: number;
  end: number;
  /** foldKey of the token; '' for punctuation. */
  key: string;
  /** Lower case, letters and digits at the edges only ('TP.' → 'tp'). */
  lower: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Punctuation that stands alone as a token even when glued to a word. */
function isSplitPunct(ch: string): boolean {
  return ch === ',' || ch === ';' || ch === ':' || ch === '/' || ch === '\u2013' || ch === '\u2014' || ch === '|';
}

function isSpace(ch: string): boolean {
  return ch === ' ';
}

/** An ASCII letter or digit: the common edge, decided without a regular expression. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** A letter or digit in one UTF-16 unit at s[i] (a surrogate half is not decided here: false). */
function isAlnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return isAsciiAlnum(c);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(s[i]!);
}

/** Both ends already a letter or digit: nothing to trim. */
function alnumEdges(s: string): boolean {
  return s.length > 0 && isAlnumAt(s, 0) && isAlnumAt(s, s.length - 1);
}

/** Letters and digits at the edges only, lower case ('TP.' → 'tp'). */
function edgeTrimmedLower(raw: string): string {
  return trimName(raw.toLowerCase());
}

function makeToken(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  // A word of ASCII letters and digits folds to itself in lower case.
  const key = isAsciiAlnumWord(raw) ? raw.toLowerCase() : foldKey(raw);
  return { raw, start, end, key, lower: edgeTrimmedLower(raw) };
}

function isAsciiAlnumWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isAsciiAlnum(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** Type-word abbreviations written glued to the name: 'TP.HCM', 'Tp.Lai Châu'. */
const GLUED_PREFIXES = ['tp.', 'tx.', 'tt.'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (isSplitPunct(ch)) {
      tokens.push(makeToken(text, i, i + 1));
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isSpace(text[j]!) && !isSplitPunct(text[j]!)) j++;
    // Only a word with a dot third ('TP.', 'tx.') can start with a glued abbreviation.
    const glued =
      j - i > 3 && text.charCodeAt(i + 2) === 0x2e ? GLUED_PREFIXES.find((p) => text.slice(i, i + 3).toLowerCase() === p) : undefined;
    if (glued) {
      tokens.push(makeToken(text, i, i + glued.length));
      tokens.push(makeToken(text, i + glued.length, j));
    } else {
      tokens.push(makeToken(text, i, j));
    }
    i = j;
  }
  return tokens;
}

function isPunct(t: Token): boolean {
  return t.key === '';
}

function isDashToken(t: Token): boolean {
  return t.raw === '-' || t.raw === '\u2013' || t.raw === '\u2014';
}

/** A separator after which the rest of the name is a note ('TP.HCM - cổng du lịch'). */
function isSeparator(t: Token): boolean {
  return isPunct(t) && (isDashToken(t) || t.raw === ',' || t.raw === ';' || t.raw === ':' || t.raw === '/' || t.raw === '|');
}

// ---------------------------------------------------------------------------
// Cleaning

const ZERO_WIDTH = /[\u200b-\u200d\u2060]/g;
const SPACES = /\s+/g;

function collapse(s: string): string {
  return isCollapsed(s) ? s : s.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/** Single spaces between printable ASCII or letters above U+00FF, none at the ends: nothing to collapse. */
function isCollapsed(s: string): boolean {
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (space) return false;
      space = true;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || (c >= 0x2000 && c <= 0x206f) || c === 0x1680 || c === 0x3000 || c === 0xfeff) {
      // Controls, the no-break space, the general punctuation block (spaces, zero-width), other spaces: the long way.
      return false;
    } else {
      space = false;
    }
  }
  return !space;
}

/** The text outside parentheses, and the contents of each top-level pair. */
function splitParens(nfc: string): { text: string; parens: string[] } {
  if (!nfc.includes('(') && !nfc.includes(')')) return { text: collapse(nfc), parens: [] };
  let out = '';
  let inner = '';
  let depth = 0;
  const parens: string[] = [];
  for (const ch of nfc) {
    if (ch === '(') {
      if (depth > 0) inner += ' ';
      depth++;
      out += ' ';
    } else if (ch === ')') {
      if (depth === 0) {
        out += ' ';
        continue;
      }
      depth--;
      if (depth === 0) {
        parens.push(inner);
        inner = '';
      } else {
        inner += ' ';
      }
    } else if (depth > 0) {
      inner += ch;
    } else {
      out += ch;
    }
  }
  // An unclosed parenthesis runs to the end.
  if (depth > 0) parens.push(inner);
  return { text: collapse(out), parens: parens.map(collapse).filter((p) => p.length > 0) };
}

const TRAILING_JUNK = new Set([' ', ',', ';', ':', '/', '-', '\u2013', '\u2014', '&', '|', '.']);

function trimJunkEnd(s: string): string {
  let b = s.length;
  while (b > 0 && TRAILING_JUNK.has(s[b - 1]!)) b--;
  return s.slice(0, b);
}

/** Letters and digits at both edges ('Lai Châu.' → 'Lai Châu'). */
function trimName(s: string): string {
  if (alnumEdges(s)) return s;
  const chars = Array.from(s);
  let a = 0;
  let b = chars.length;
  while (a < b && !LETTER_OR_DIGIT.test(chars[a]!)) a++;
  while (b > a && !LETTER_OR_DIGIT.test(chars[b - 1]!)) b--;
  return chars.slice(a, b).join('');
}

// ---------------------------------------------------------------------------
// Words of the head, compared on foldKey

/** Folded words of tokens[from..], each with the index of its token and whether it ends the token. */
interface Word {
  w: string;
  tok: number;
  last: boolean;
}

/** The folded words of a token list, and where each token's first word stands. */
interface Words {
  all: Word[];
  firstOf: number[];
}

function splitWords(tokens: Token[]): Words {
  const all: Word[] = [];
  const firstOf: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    firstOf.push(all.length);
    const key = tokens[t]!.key;
    if (key === '') {
      all.push({ w: '', tok: t, last: true });
      continue;
    }
    if (!key.includes(' ')) {
      all.push({ w: key, tok: t, last: true });
      continue;
    }
    const parts = key.split(' ');
    for (let k = 0; k < parts.length; k++) all.push({ w: parts[k]!, tok: t, last: k === parts.length - 1 });
  }
  return { all, firstOf };
}

/** Tokens a folded word pattern consumes at tokens[from], or 0 when it does not match whole tokens. */
function matchPattern(words: Word[], pattern: readonly string[]): number {
  if (words.length < pattern.length) return 0;
  for (let k = 0; k < pattern.length; k++) {
    if (words[k]!.w !== pattern[k]) return 0;
  }
  const lastWord = words[pattern.length - 1]!;
  if (!lastWord.last) return 0;
  return lastWord.tok - words[0]!.tok + 1;
}

function matchAny(words: Word[], patterns: readonly (readonly string[])[]): number {
  for (const p of patterns) {
    const len = matchPattern(words, p);
    if (len > 0) return len;
  }
  return 0;
}

const split = (...ps: string[]): string[][] => ps.map((p) => p.split(' '));

/** Portal and page wrappers around an agency's name. */
const DECORATIONS = split(
  'cong thong tin dien tu cua',
  'cong thong tin dien tu',
  'trang thong tin dien tu cua',
  'trang thong tin dien tu',
  'cong ttdt cua',
  'cong ttdt',
  'cong tt dt',
  'trang ttdt cua',
  'trang ttdt',
  'trang tt dt',
  'website cua',
  'website',
);

type Head =
  | 'committee'
  | 'hdnd'
  | 'so'
  | 'education'
  | 'phong'
  | 'local-agency'
  | 'branch'
  | 'institute'
  | 'court'
  | 'ministry'
  | 'school'
  | 'service'
  | 'party';

/** Longer patterns before their prefixes ('vien kiem sat' before 'vien'). */
const HEADS: readonly { head: Head; patterns: string[][] }[] = [
  { head: 'committee', patterns: split('ubnd', 'uy ban nhan dan', 'ub nd', 'u b n d', 'peoples committee of', 'peoples committee') },
  { head: 'hdnd', patterns: split('hdnd', 'hoi dong nhan dan') },
  { head: 'party', patterns: split('dang uy', 'dang bo', 'dang cong san', 'tinh uy', 'thanh uy', 'huyen uy', 'quan uy', 'thi uy') },
  { head: 'court', patterns: split('vien kiem sat', 'vksnd', 'toa an', 'tand') },
  { head: 'service', patterns: split('benh vien', 'trung tam', 'hoc vien') },
  { head: 'school', patterns: split('truong', 'dai hoc') },
  { head: 'service', patterns: split('dai') },
  {
    head: 'branch',
    patterns: split('bao hiem xa hoi', 'bhxh', 'tong cuc', 'chi cuc', 'cuc', 'thue', 'kho bac nha nuoc', 'kho bac', 'kbnn', 'vu'),
  },
  { head: 'institute', patterns: split('vien') },
  { head: 'so', patterns: split('so') },
  { head: 'phong', patterns: split('phong') },
  { head: 'local-agency', patterns: split('van phong', 'cong an', 'thanh tra', 'ban') },
  { head: 'ministry', patterns: split('bo') },
];

const EDUCATION_FIELD = split('giao duc', 'gd', 'gddt');

function matchHead(words: Word[]): { head: Head; len: number } | null {
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

// ---------------------------------------------------------------------------
// Type words, compared exactly when the text carries diacritics

interface TypeWord {
  words: string[];
  type: UnitType;
  /** TP, TX, TT: also common abbreviations of other words, so used with care. */
  abbrev: boolean;
}

const TYPE_WORDS: readonly TypeWord[] = [
  { words: ['thành', 'phố'], type: 'thanh-pho', abbrev: false },
  { words: ['thị', 'xã'], type: 'thi-xa', abbrev: false },
  { words: ['thị', 'trấn'], type: 'thi-tran', abbrev: false },
  { words: ['đặc', 'khu'], type: 'dac-khu', abbrev: false },
  { words: ['tỉnh'], type: 'tinh', abbrev: false },
  { words: ['huyện'], type: 'huyen', abbrev: false },
  { words: ['quận'], type: 'quan', abbrev: false },
  { words: ['xã'], type: 'xa', abbrev: false },
  { words: ['phường'], type: 'phuong', abbrev: false },
  { words: ['tp'], type: 'thanh-pho', abbrev: true },
  { words: ['tx'], type: 'thi-xa', abbrev: true },
  { words: ['tt'], type: 'thi-tran', abbrev: true },
];

const HO_CHI_MINH = 'Hồ Chí Minh';
/** Single tokens that name Ho Chi Minh City with its type. */
const HCM_TOKENS = new Set(['tphcm', 'hcmc']);
/** Names that stand for Ho Chi Minh City after a type word. */
const HCM_NAMES = new Set(['hcm', 'hcmc']);

/** Party committees: '<unit> ủy' ('Huyện ủy Tuy Phong'), with the unit type it implies. */
const PARTY_PREFIX: readonly { word: string; type?: UnitType }[] = [
  { word: 'tỉnh', type: 'tinh' },
  { word: 'thành', type: 'thanh-pho' },
  { word: 'huyện', type: 'huyen' },
  { word: 'quận', type: 'quan' },
  { word: 'thị', type: 'thi-xa' },
  { word: 'đảng' },
];
const UY = ['ủy', 'uỷ'];

/** Words before 'xã hội' (society) that show it is not a commune: Bảo hiểm, Chính sách, Thương binh và … */
const SOCIETY_BEFORE = ['hiểm', 'sách', 'và', 'học', 'nghĩa', 'binh'];

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

/** English unit words after "People's Committee of". */
const ENGLISH_TYPES = new Map<string, UnitType>([
  ['province', 'tinh'],
  ['city', 'thanh-pho'],
  ['district', 'huyen'],
  ['town', 'thi-xa'],
  ['commune', 'xa'],
  ['ward', 'phuong'],
  ['township', 'thi-tran'],
]);

interface Segment {
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

class Parser {
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
    // Place names run to a few words, as in findPlace: asking about longer tails made a
    // long name cost time quadratic in its length.
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

/** Words that open notes, not places: '(Cổng TTĐT)', '(nay …)', '(Hệ thống …)'. */
const NOTE_OPENERS = new Set(['cong', 'trang', 'he', 'nay', 'den', 'cu', 'tu', 'truoc', 'sau', 'alias']);

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
  const p = new Parser(clean, ascii, isPlace);
  const parenHints = parens.flatMap((c) => parenLocalities(c, ascii, isPlace));
  const result: AgencyName = { input: text, text: clean, kind: null, hints: [], localityImplicit: false };
  if (p.n === 0) return result;

  let start = 0;
  const deco = matchAny(p.wordsFrom(0), DECORATIONS);
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
}

function kindOfBody(head: Head | null, level: Level): EntityKind | null {
  switch (head) {
    case 'so':
      // Departments exist only at province level.
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
    default:
      return null;
  }
}
