import { describe, expect, it } from 'vitest';
import { hasDiacritics, unaccent } from './unaccent.js';

// Written out by hand, not derived with NFD: the 12 vowels of Vietnamese,
// each with its 6 tones (level, huyền, hỏi, ngã, sắc, nặng), and the base
// letter each one loses its marks to.
const VOWELS: readonly [string, string][] = [
  ['a', 'aàảãáạ'],
  ['a', 'ăằẳẵắặ'],
  ['a', 'âầẩẫấậ'],
  ['e', 'eèẻẽéẹ'],
  ['e', 'êềểễếệ'],
  ['i', 'iìỉĩíị'],
  ['o', 'oòỏõóọ'],
  ['o', 'ôồổỗốộ'],
  ['o', 'ơờởỡớợ'],
  ['u', 'uùủũúụ'],
  ['u', 'ưừửữứự'],
  ['y', 'yỳỷỹýỵ'],
];

/** Every Vietnamese letter with a mark, and its expected base letter. */
const EXPECTED = new Map<string, string>();
for (const [base, row] of VOWELS) {
  for (const ch of row) {
    if (ch === base) continue;
    EXPECTED.set(ch, base);
    EXPECTED.set(ch.toUpperCase(), base.toUpperCase());
  }
}
EXPECTED.set('đ', 'd');
EXPECTED.set('Đ', 'D');

describe('the expected table', () => {
  it('holds 12 vowels × 5 marked tones + 3 marked level vowels (ă â ê ô ơ ư), both cases, and đ', () => {
    // 12 × 5 toned forms + ă â ê ô ơ ư, in two cases, + đ Đ.
    expect(EXPECTED.size).toBe((12 * 5 + 6) * 2 + 2);
  });

  it('covers every letter of U+1EA0–U+1EF9', () => {
    for (let cp = 0x1ea0; cp <= 0x1ef9; cp++) {
      const ch = String.fromCodePoint(cp);
      expect(EXPECTED.has(ch), `U+${cp.toString(16).toUpperCase()} ${ch}`).toBe(true);
    }
  });

  it('covers the Vietnamese letters of Latin-1, Latin Extended-A and -B', () => {
    const latin = 'àáâãèéêìíòóôõùúýăđĩũơư';
    for (const ch of latin + latin.toUpperCase()) expect(EXPECTED.has(ch), ch).toBe(true);
  });

  it('holds only precomposed letters (NFC)', () => {
    for (const ch of EXPECTED.keys()) expect(ch.normalize('NFC')).toBe(ch);
  });
});

describe('unaccent', () => {
  it('maps every Vietnamese letter to its base ASCII letter', () => {
    for (const [ch, base] of EXPECTED) expect(unaccent(ch), ch).toBe(base);
  });

  it('gives the same result for decomposed (NFD) input', () => {
    for (const [ch, base] of EXPECTED) {
      const nfd = ch.normalize('NFD');
      expect(unaccent(nfd), `${ch} as NFD`).toBe(base);
    }
    const name = 'Ủy ban nhân dân huyện Sìn Hồ, tỉnh Lai Châu';
    expect(unaccent(name.normalize('NFD'))).toBe(unaccent(name));
    expect(unaccent(name)).toBe('Uy ban nhan dan huyen Sin Ho, tinh Lai Chau');
  });

  it('maps đ and Đ, which Unicode does not decompose', () => {
    expect(unaccent('Điện Biên')).toBe('Dien Bien');
    expect(unaccent('đặc khu')).toBe('dac khu');
  });

  it('removes marks whatever their placement (Hoà / Hòa)', () => {
    expect(unaccent('Hoà Bình')).toBe('Hoa Binh');
    expect(unaccent('Hòa Bình')).toBe('Hoa Binh');
    expect(unaccent('Thuỷ')).toBe('Thuy');
    expect(unaccent('Thủy')).toBe('Thuy');
  });

  it('removes a combining mark NFC cannot compose', () => {
    // No precomposed q with an acute exists.
    expect(unaccent('q\u0301')).toBe('q');
  });

  it('keeps ASCII unchanged', () => {
    const ascii = "UBND huyen Tan Uyen (Lai Chau) - 0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    expect(unaccent(ascii)).toBe(ascii);
    expect(unaccent('')).toBe('');
  });

  it('keeps non-Latin letters unchanged', () => {
    expect(unaccent('а')).toBe('а'); // Cyrillic а, a lookalike of Latin a
    expect(unaccent('Москва')).toBe('Москва');
    expect(unaccent('越南')).toBe('越南');
  });

  it('keeps other characters as they are', () => {
    expect(unaccent('Bà Rịa – Vũng Tàu')).toBe('Ba Ria – Vung Tau');
    expect(unaccent('Ea H’Leo')).toBe('Ea H’Leo');
  });
});

describe('hasDiacritics', () => {
  it('is true for any Vietnamese letter with a mark', () => {
    for (const ch of EXPECTED.keys()) expect(hasDiacritics(ch), ch).toBe(true);
    expect(hasDiacritics('Lai Châu')).toBe(true);
    expect(hasDiacritics('Sơn La')).toBe(true);
    expect(hasDiacritics('Đ')).toBe(true);
  });

  it('is true for decomposed input', () => {
    expect(hasDiacritics('Lai Châu'.normalize('NFD'))).toBe(true);
  });

  it('is false for ASCII and for non-Latin letters', () => {
    expect(hasDiacritics('Lai Chau')).toBe(false);
    expect(hasDiacritics('')).toBe(false);
    expect(hasDiacritics('а')).toBe(false);
    expect(hasDiacritics('Bà Rịa – Vũng Tàu'.replace(/[^–]/g, ''))).toBe(false);
  });
});
