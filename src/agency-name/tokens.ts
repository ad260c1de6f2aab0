/**
 * An agency's name as text: cleaned (NFC, spaces collapsed, parentheses set apart)
 * and cut into tokens, then into the folded words the vocabulary is compared on.
 */
import { foldKey } from '../vi/fold.js';
import { GLUED_PREFIXES } from './vocabulary.js';

// ---------------------------------------------------------------------------
// Tokens

export interface Token {
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
export const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
export const UPPER = /\p{Lu}/u;
export const LOWER = /\p{Ll}/u;

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


export function tokenize(text: string): Token[] {
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

export function isPunct(t: Token): boolean {
  return t.key === '';
}

export function isDashToken(t: Token): boolean {
  return t.raw === '-' || t.raw === '\u2013' || t.raw === '\u2014';
}

/** A separator after which the rest of the name is a note ('TP.HCM - cổng du lịch'). */
export function isSeparator(t: Token): boolean {
  return isPunct(t) && (isDashToken(t) || t.raw === ',' || t.raw === ';' || t.raw === ':' || t.raw === '/' || t.raw === '|');
}

// ---------------------------------------------------------------------------
// Cleaning

const ZERO_WIDTH = /[\u200b-\u200d\u2060]/g;
const SPACES = /\s+/g;

export function collapse(s: string): string {
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
export function splitParens(nfc: string): { text: string; parens: string[] } {
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

export function trimJunkEnd(s: string): string {
  let b = s.length;
  while (b > 0 && TRAILING_JUNK.has(s[b - 1]!)) b--;
  return s.slice(0, b);
}

/** Letters and digits at both edges ('Lai Châu.' → 'Lai Châu'). */
export function trimName(s: string): string {
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
export interface Word {
  w: string;
  tok: number;
  last: boolean;
}

/** The folded words of a token list, and where each token's first word stands. */
export interface Words {
  all: Word[];
  firstOf: number[];
}

export function splitWords(tokens: Token[]): Words {
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

export function matchAny(words: Word[], patterns: readonly (readonly string[])[]): number {
  for (const p of patterns) {
    const len = matchPattern(words, p);
    if (len > 0) return len;
  }
  return 0;
}
