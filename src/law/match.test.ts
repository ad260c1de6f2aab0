import { describe, expect, it } from 'vitest';
import { fullNameMiss, isTypeWords, typeWordPrefixLengths } from './match.js';

describe('full-name labels', () => {
  it('accepts the full name, hyphen kept or dropped', () => {
    expect(fullNameMiss('tanuyen', ['tanuyen'])).toBeNull();
    expect(fullNameMiss('phanrangthapcham', ['phanrang-thapcham', 'phanrangthapcham'])).toBeNull();
  });

  it('calls a type word or a province glued to the name a unit-type prefix', () => {
    expect(fullNameMiss('huyentanuyen', ['tanuyen'])).toBe('unit-type-prefix');
    expect(fullNameMiss('ubndhuyentanuyen', ['tanuyen'])).toBe('unit-type-prefix');
    expect(fullNameMiss('xataleng', ['taleng'])).toBe('unit-type-prefix');
    expect(fullNameMiss('talenglaichau', ['taleng'], ['laichau'])).toBe('unit-type-prefix');
  });

  it('calls anything else not the full name', () => {
    expect(fullNameMiss('prtc', ['phanrang-thapcham', 'phanrangthapcham'])).toBe('not-full-name');
    expect(fullNameMiss('tanuyenx', ['tanuyen'])).toBe('not-full-name');
  });
});

describe('type words run together', () => {
  it('reads runs of type words', () => {
    expect(isTypeWords('ubndhuyen')).toBe(true);
    expect(isTypeWords('huyenx')).toBe(false);
    expect(isTypeWords('')).toBe(false);
  });

  it('finds every length at which a label starts with such a run', () => {
    expect(typeWordPrefixLengths('huyentanuyen')).toEqual([5]);
    expect(typeWordPrefixLengths('ubndhuyentanuyen')).toEqual([4, 9]);
    // "tt" and "tinh" both start "tinhlaichau": only the whole word leaves a name behind.
    expect(typeWordPrefixLengths('tinhlaichau')).toEqual([4]);
    expect(typeWordPrefixLengths('laichau')).toEqual([]);
    // The whole label is never a prefix of itself: a name must remain.
    expect(typeWordPrefixLengths('huyen')).toEqual([]);
  });
});
