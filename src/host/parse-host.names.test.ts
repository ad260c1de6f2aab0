/** parseHost on names as they are written: plain, absent, and in forms a browser maps to the canonical host. */
import { describe, expect, it } from 'vitest';
import { parseHost, vnSuffixLength } from './index.js';
import { notCanonical, summary } from './parse-host.helpers.js';

describe('parseHost: plain names', () => {
  it('a compliant-looking name is valid and split into its labels', () => {
    expect(parseHost('muongte.laichau.gov.vn')).toEqual({
      input: 'muongte.laichau.gov.vn',
      hostname: 'muongte.laichau.gov.vn',
      valid: true,
      problems: [],
      notes: [],
      www: false,
      labels: ['muongte', 'laichau', 'gov', 'vn'],
      unicodeLabels: ['muongte', 'laichau', 'gov', 'vn'],
    });
  });

  it('one leading www is kept in hostname but left out of labels', () => {
    const r = parseHost('www.laichau.gov.vn');
    expect(r.hostname).toBe('www.laichau.gov.vn');
    expect(r.www).toBe(true);
    expect(r.labels).toEqual(['laichau', 'gov', 'vn']);
    expect(r.unicodeLabels).toEqual(['laichau', 'gov', 'vn']);
  });

  it('only the first of two www labels is taken off', () => {
    const r = parseHost('www.www.laichau.gov.vn');
    expect(r.www).toBe(true);
    expect(r.labels).toEqual(['www', 'laichau', 'gov', 'vn']);
  });

  it('a lone www is a label, not a prefix', () => {
    const r = parseHost('www');
    expect(r.www).toBe(false);
    expect(r.labels).toEqual(['www']);
  });

  it('edu.vn, vn and provincial .vn suffixes', () => {
    expect(parseHost('thpt-tanuyen.laichau.edu.vn').labels).toEqual(['thpt-tanuyen', 'laichau', 'edu', 'vn']);
    // The ICANN section lists the provinces' second-level names under .vn.
    expect(vnSuffixLength(parseHost('laichau.vn').labels)).toBe(2);
    expect(vnSuffixLength(parseHost('ubnd.laichau.vn').labels)).toBe(2);
    expect(vnSuffixLength(parseHost('baochinhphu.vn').labels)).toBe(1);
    expect(parseHost('gov.vn')).toMatchObject({ valid: true, labels: ['gov', 'vn'] });
  });

  it('surrounding spaces and control characters are trimmed silently', () => {
    expect(summary('  \u0001laichau.gov.vn \n')).toEqual({
      hostname: 'laichau.gov.vn',
      valid: true,
      problems: [],
      notes: [],
    });
  });

  it('a tab inside is dropped as a browser does, and noted as not canonical', () => {
    expect(summary('lai\tchau.gov.vn')).toEqual({
      hostname: 'laichau.gov.vn',
      valid: true,
      problems: [],
      notes: [notCanonical('lai\tchau.gov.vn', 'laichau.gov.vn')],
    });
  });
});

describe('parseHost: no host at all', () => {
  it('empty string', () => {
    expect(parseHost('')).toMatchObject({ hostname: null, valid: false, problems: [{ code: 'empty', data: {} }] });
  });

  it('white space only', () => {
    expect(parseHost(' \t\r\n ')).toMatchObject({ hostname: null, valid: false, problems: [{ code: 'empty', data: {} }] });
  });

  it("'http://'", () => {
    expect(summary('http://')).toEqual({ hostname: null, valid: false, problems: [{ code: 'no-host', data: {} }], notes: [] });
  });

  it("'mailto:a@b' has no host (the address is not a host name)", () => {
    expect(summary('mailto:a@b')).toEqual({ hostname: null, valid: false, problems: [{ code: 'no-host', data: {} }], notes: [] });
  });

  it("'file:///etc/hosts'", () => {
    expect(parseHost('file:///etc/hosts')).toMatchObject({ hostname: null, problems: [{ code: 'no-host' }] });
  });

  it('only characters a browser ignores', () => {
    expect(parseHost('http://\u00AD/')).toMatchObject({ hostname: null, problems: [{ code: 'no-host' }] });
  });
});

describe('parseHost: forms a browser maps to the canonical hostname', () => {
  it.each([
    ['ＬＡＩＣＨＡＵ.gov.vn', 'fullwidth capitals'],
    ['LAICHAU.GOV.VN', 'upper case'],
    ['laichau\u3002gov.vn', 'ideographic full stop U+3002'],
    ['laichau\uFF0Egov.vn', 'fullwidth full stop U+FF0E'],
    ['lai\u00ADchau.gov.vn', 'soft hyphen U+00AD, ignored'],
    ['lai\u200Bchau.gov.vn', 'zero width space U+200B, ignored'],
    ['laichau.gov.vn.', 'one trailing dot'],
  ])('%s (%s) → laichau.gov.vn, not canonical', (input) => {
    expect(summary(input)).toEqual({
      hostname: 'laichau.gov.vn',
      valid: true,
      problems: [],
      notes: [notCanonical(input, 'laichau.gov.vn')],
    });
  });

  it('a Vietnamese IDN is valid; hostname is its xn-- form and unicodeLabels show the accents', () => {
    const r = parseHost('sởtttt.laichau.gov.vn');
    expect(r.valid).toBe(true);
    expect(r.hostname).toBe('xn--stttt-5c2b.laichau.gov.vn');
    expect(r.labels).toEqual(['xn--stttt-5c2b', 'laichau', 'gov', 'vn']);
    expect(r.unicodeLabels).toEqual(['sởtttt', 'laichau', 'gov', 'vn']);
    expect(r.notes).toEqual([notCanonical('sởtttt.laichau.gov.vn', 'xn--stttt-5c2b.laichau.gov.vn')]);
  });

  it('the same IDN written as xn-- is canonical', () => {
    const r = parseHost('xn--stttt-5c2b.laichau.gov.vn');
    expect(r.valid).toBe(true);
    expect(r.notes).toEqual([]);
    expect(r.unicodeLabels[0]).toBe('sởtttt');
  });

  it('an upper-case xn-- label is lower-cased', () => {
    expect(summary('XN--STTTT-5C2B.laichau.gov.vn')).toMatchObject({
      hostname: 'xn--stttt-5c2b.laichau.gov.vn',
      valid: true,
    });
  });

  it('a decomposed accent is composed (NFC) by the mapping', () => {
    expect(parseHost('so\u031Bttt.vn').hostname).toBe(parseHost('sơttt.vn').hostname);
  });

  it('a Cyrillic а (U+0430) in lаichau is a valid host: UTS #46 allows it (see lookalike.ts)', () => {
    const r = parseHost('l\u0430ichau.gov.vn');
    expect(r.valid).toBe(true);
    expect(r.hostname).toBe('xn--lichau-3nf.gov.vn');
    expect(r.unicodeLabels[0]).toBe('l\u0430ichau');
    expect(r.labels).toEqual(['xn--lichau-3nf', 'gov', 'vn']);
  });
});
