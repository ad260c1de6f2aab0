/**
 * Scripts of a Unicode label, for spotting homographs: UTS #46 accepts a
 * Cyrillic 'а' in 'lаichau', so validity alone does not reveal a lookalike.
 */

/**
 * Scripts tried in order; Latin first because it is by far the most common
 * here. Built once; a letter of any other script is reported as 'Other'.
 */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Lao', /\p{Script=Lao}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Myanmar', /\p{Script=Myanmar}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Syriac', /\p{Script=Syriac}/u],
  ['Thaana', /\p{Script=Thaana}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u],
  ['Gujarati', /\p{Script=Gujarati}/u],
  ['Oriya', /\p{Script=Oriya}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Telugu', /\p{Script=Telugu}/u],
  ['Kannada', /\p{Script=Kannada}/u],
  ['Malayalam', /\p{Script=Malayalam}/u],
  ['Sinhala', /\p{Script=Sinhala}/u],
  ['Tibetan', /\p{Script=Tibetan}/u],
  ['Mongolian', /\p{Script=Mongolian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Canadian_Aboriginal', /\p{Script=Canadian_Aboriginal}/u],
  ['Tifinagh', /\p{Script=Tifinagh}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
  ['Yi', /\p{Script=Yi}/u],
  ['Nko', /\p{Script=Nko}/u],
  ['Coptic', /\p{Script=Coptic}/u],
  ['Glagolitic', /\p{Script=Glagolitic}/u],
  ['Runic', /\p{Script=Runic}/u],
  ['Ogham', /\p{Script=Ogham}/u],
];

const LETTER = /\p{L}/u;

function scriptOf(ch: string): string {
  for (const [name, test] of SCRIPTS) {
    if (test.test(ch)) return name;
  }
  return 'Other';
}

/**
 * The scripts of the label's letters, in order of first appearance. Digits,
 * hyphens and combining marks carry no script of their own.
 */
export function labelScripts(unicodeLabel: string): string[] {
  let ascii = true;
  let asciiLetter = false;
  for (let i = 0; i < unicodeLabel.length; i++) {
    const c = unicodeLabel.charCodeAt(i);
    if (c > 0x7f) {
      ascii = false;
      break;
    }
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) asciiLetter = true;
  }
  if (ascii) return asciiLetter ? ['Latin'] : [];

  const scripts: string[] = [];
  for (const ch of unicodeLabel) {
    const c = ch.charCodeAt(0);
    let script: string;
    if (c < 0x80) {
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) continue;
      script = 'Latin';
    } else {
      if (!LETTER.test(ch)) continue;
      script = scriptOf(ch);
    }
    if (!scripts.includes(script)) scripts.push(script);
  }
  return scripts;
}

/**
 * mixed: letters of more than one script; nonLatin: any letter outside Latin.
 * A Cyrillic 'а' in 'lаichau' is both.
 */
export function isLookalikeRisk(unicodeLabel: string): { scripts: string[]; mixed: boolean; nonLatin: boolean } {
  const scripts = labelScripts(unicodeLabel);
  return {
    scripts,
    mixed: scripts.length > 1,
    nonLatin: scripts.some((s) => s !== 'Latin'),
  };
}
