/** The matcher of labels against names and the name normaliser, at the edges mutation testing found. */
import { describe, expect, it } from 'vitest';
import { abbreviationMatches, fullNameMiss, isProvinceLabel, isTypeWords, typeWordPrefixLengths } from '../src/law/match.js';
import { foldKey, fullNameLabels } from '../src/vi/fold.js';
import { hasDiacritics, unaccent } from '../src/vi/unaccent.js';

describe('matching labels against names', () => {
  it('fullNameMiss: a type word or a province glued to the full name, or not the name at all', () => {
    expect(fullNameMiss('tanuyen', ['tanuyen'])).toBeNull();
    expect(fullNameMiss('huyentanuyen', ['tanuyen'])).toBe('unit-type-prefix');
    expect(fullNameMiss('ubndhuyentanuyen', ['tanuyen'])).toBe('unit-type-prefix');
    expect(fullNameMiss('tanuyenhuyen', ['tanuyen'])).toBe('unit-type-prefix');
    expect(fullNameMiss('tanuyenlaichau', ['tanuyen'], ['laichau'])).toBe('unit-type-prefix');
    expect(fullNameMiss('tanuyendienbien', ['tanuyen'], ['laichau'])).toBe('unit-type-prefix');
    expect(fullNameMiss('tanuyenabc', ['tanuyen'], ['laichau'])).toBe('not-full-name');
    expect(fullNameMiss('abctanuyen', ['tanuyen'])).toBe('not-full-name');
    expect(fullNameMiss('tu', ['tanuyen'])).toBe('not-full-name');
    expect(fullNameMiss('xatanuyen', ['abc', 'tanuyen'])).toBe('unit-type-prefix');
  });

  it('isTypeWords: one or more type words run together, nothing else', () => {
    expect(isTypeWords('')).toBe(false);
    expect(isTypeWords('huyen')).toBe(true);
    expect(isTypeWords('ubndhuyenxa')).toBe(true);
    expect(isTypeWords('huyenabc')).toBe(false);
    expect(isTypeWords('abchuyen')).toBe(false);
  });

  it('typeWordPrefixLengths: where a run of type words may end, leaving a name after it', () => {
    expect(typeWordPrefixLengths('ubndhuyentanuyen')).toEqual([4, 9]);
    expect(typeWordPrefixLengths('huyen')).toEqual([]);
    expect(typeWordPrefixLengths('huyenx')).toEqual([5]);
    expect(typeWordPrefixLengths('xab')).toEqual([2]);
    expect(typeWordPrefixLengths('tanuyen')).toEqual([]);
    expect(typeWordPrefixLengths('ubndhuyenx', 8)).toEqual([4]);
    expect(typeWordPrefixLengths('ubndhuyenx', 9)).toEqual([4, 9]);
  });

  it('isProvinceLabel and abbreviationMatches', () => {
    expect(isProvinceLabel('laichau')).toBe(true);
    expect(isProvinceLabel('hagiang')).toBe(true);
    expect(isProvinceLabel('abc')).toBe(false);
    expect(abbreviationMatches('stttt', ['sttt', 'stttt'])).toBe(true);
    expect(abbreviationMatches('st', ['sttt'])).toBe(false);
  });
});

describe('the name normaliser', () => {
  it.each(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212'])('%s between the halves of a name keeps the hyphenated label', (dash) => {
    expect(fullNameLabels(`Bà Rịa ${dash} Vũng Tàu`)).toEqual(['baria-vungtau', 'bariavungtau']);
  });

  it.each(["'", '\u2019', '\u2018', '\u02bc'])('an apostrophe (%s) joins the parts of a name', (a) => {
    expect(foldKey(`Ea H${a}Leo`)).toBe('ea hleo');
    expect(foldKey(`Ia H${a}Drai`)).toBe('ia hdrai');
  });

  it('Latin letters from a to z are letters, and punctuation around them is a single space', () => {
    expect(foldKey('  Zalo, Yên-Bái  ')).toBe('zalo yen bai');
    expect(foldKey('a\u007fb')).toBe('a b');
  });

  it('unaccent drops combining marks NFC cannot compose, from U+0300 to U+036F', () => {
    expect(unaccent('q\u0300')).toBe('q');
    expect(unaccent('q\u036f')).toBe('q');
    expect(unaccent('q\u0370')).toBe('q\u0370');
    expect(unaccent('Tie\u0302\u0301ng Vie\u0323\u0302t')).toBe('Tieng Viet');
  });

  it('unaccent maps a letter only to a single base letter', () => {
    // U+0149 decomposes to two characters (U+02BC n): not a Vietnamese letter, kept.
    expect(unaccent('\u0149')).toBe('\u0149');
    expect(unaccent('Đắk Lắk ơ ư Ơ Ư')).toBe('Dak Lak o u O U');
    expect(hasDiacritics('Lai Châu')).toBe(true);
    expect(hasDiacritics('Lai Chau')).toBe(false);
  });

  it('a name\u2019s label keeps only letters, digits and hyphens: no space, however typed, no punctuation', () => {
    // A no-break space, as pasted from a web page.
    expect(fullNameLabels('T\u00e2n\u00a0Uy\u00ean')).toEqual(['tanuyen']);
    expect(fullNameLabels('Tân_Uyên~')).toEqual(['tanuyen']);
    expect(fullNameLabels('Tân{Uyên}')).toEqual(['tanuyen']);
  });

  it('digits are kept, 0 and 9 included', () => {
    expect(fullNameLabels('Quận 10')).toEqual(['quan10']);
    expect(fullNameLabels('Phường 9')).toEqual(['phuong9']);
    expect(foldKey('Quận 9')).toBe('quan 9');
    expect(foldKey('Phường 09')).toBe('phuong 09');
  });
});
