/** parseHost against strict DNS and IDNA syntax: the problems it reports, and xn-- labels. */
import { describe, expect, it } from 'vitest';
import { parseHost } from './index.js';
import { notCanonical, summary } from './parse-host.helpers.js';

describe('parseHost: strict syntax problems', () => {
  it("'a_b.gov.vn': '_' passes the URL parser but not DNS host name rules", () => {
    expect(summary('a_b.gov.vn')).toEqual({
      hostname: 'a_b.gov.vn',
      valid: false,
      problems: [{ code: 'bad-character', data: { label: 'a_b', char: '_' } }],
      notes: [],
    });
  });

  it('every offending character of a label is named once, the non-printable as U+XXXX', () => {
    expect(parseHost('a*b_c*d.vn').problems).toEqual([
      { code: 'bad-character', data: { label: 'a*b_c*d', char: '*' } },
      { code: 'bad-character', data: { label: 'a*b_c*d', char: '_' } },
    ]);
    expect(parseHost('http://a%20b.vn/').problems).toEqual([
      { code: 'bad-character', data: { label: 'a%20b', char: '%' } },
    ]);
  });

  it("'-a.gov.vn': leading hyphen", () => {
    expect(parseHost('-a.gov.vn').problems).toEqual([{ code: 'hyphen-edge', data: { label: '-a' } }]);
  });

  it("'a-.gov.vn': trailing hyphen", () => {
    expect(parseHost('a-.gov.vn').problems).toEqual([{ code: 'hyphen-edge', data: { label: 'a-' } }]);
  });

  it("'ab--cd.gov.vn': '--' in positions 3–4 is reserved for xn--", () => {
    expect(summary('ab--cd.gov.vn')).toEqual({
      hostname: 'ab--cd.gov.vn',
      valid: false,
      problems: [{ code: 'hyphen-3-4', data: { label: 'ab--cd' } }],
      notes: [],
    });
  });

  it("'a--b.vn' is fine: the double hyphen is not in positions 3–4", () => {
    expect(parseHost('a--b.vn').valid).toBe(true);
  });

  it("'..': two empty labels", () => {
    expect(summary('..')).toEqual({
      hostname: '.',
      valid: false,
      problems: [
        { code: 'empty-label', data: { position: 1 } },
        { code: 'empty-label', data: { position: 2 } },
      ],
      notes: [notCanonical('..', '.')],
    });
  });

  it("'.laichau.gov.vn': leading dot", () => {
    expect(summary('.laichau.gov.vn')).toEqual({
      hostname: '.laichau.gov.vn',
      valid: false,
      problems: [{ code: 'empty-label', data: { position: 1 } }],
      notes: [],
    });
  });

  it("'laichau.gov.vn..': one trailing dot is dropped, the second leaves an empty label", () => {
    expect(summary('laichau.gov.vn..')).toEqual({
      hostname: 'laichau.gov.vn.',
      valid: false,
      problems: [{ code: 'empty-label', data: { position: 4 } }],
      notes: [notCanonical('laichau.gov.vn..', 'laichau.gov.vn.')],
    });
  });

  it("'laichau..gov.vn': empty label in the middle", () => {
    expect(parseHost('laichau..gov.vn').problems).toEqual([{ code: 'empty-label', data: { position: 2 } }]);
  });

  it('a 63-octet label is the longest allowed', () => {
    expect(parseHost('a'.repeat(63) + '.gov.vn').valid).toBe(true);
  });

  it('a 64-octet label is too long', () => {
    const label = 'a'.repeat(64);
    expect(parseHost(label + '.gov.vn').problems).toEqual([{ code: 'label-too-long', data: { label, length: 64 } }]);
  });

  it('a 253-octet name is the longest allowed, a 254-octet one is too long', () => {
    const a63 = 'a'.repeat(63);
    const n253 = [a63, a63, a63, 'b'.repeat(61)].join('.');
    expect(n253.length).toBe(253);
    expect(parseHost(n253).valid).toBe(true);
    const n254 = [a63, a63, a63, 'b'.repeat(62)].join('.');
    expect(parseHost(n254).problems).toEqual([{ code: 'name-too-long', data: { length: 254 } }]);
  });

  it('a trailing dot does not count towards the 253 octets', () => {
    const a63 = 'a'.repeat(63);
    expect(parseHost([a63, a63, a63, 'b'.repeat(61)].join('.') + '.').valid).toBe(true);
  });

  it('128 labels are too many (and too long)', () => {
    const r = parseHost(Array.from({ length: 128 }, () => 'a').join('.'));
    expect(r.problems).toEqual([
      { code: 'name-too-long', data: { length: 255 } },
      { code: 'too-many-labels', data: { count: 128 } },
    ]);
  });

  it('127 one-letter labels (253 octets) are allowed', () => {
    const r = parseHost(Array.from({ length: 127 }, () => 'a').join('.'));
    expect(r.problems).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('all problems are reported, label by label, then for the whole name', () => {
    expect(parseHost('-a_.ab--c..x' + '.y'.repeat(130)).problems).toEqual([
      { code: 'bad-character', data: { label: '-a_', char: '_' } },
      { code: 'hyphen-edge', data: { label: '-a_' } },
      { code: 'hyphen-3-4', data: { label: 'ab--c' } },
      { code: 'empty-label', data: { position: 3 } },
      { code: 'name-too-long', data: { length: 272 } },
      { code: 'too-many-labels', data: { count: 134 } },
    ]);
  });

  it('the problem list is capped, keeping the whole-name problems', () => {
    const r = parseHost(Array.from({ length: 200 }, (_, i) => `_${i}`).join('.'));
    expect(r.problems).toHaveLength(20);
    expect(r.problems.slice(-2).map((p) => p.code)).toEqual(['name-too-long', 'too-many-labels']);
  });
});

describe('parseHost: xn-- labels', () => {
  it("'xn--a' decodes to U+0080, a control character: a UTS #46 error, not a Punycode one", () => {
    expect(parseHost('xn--a.gov.vn').problems).toEqual([
      { code: 'uts46', data: { label: 'xn--a', reason: 'code point U+0080 is not allowed here' } },
    ]);
  });

  it("'xn--zz-' decodes to plain ASCII 'zz', so it is no A-label (and it ends with a hyphen)", () => {
    expect(parseHost('xn--zz-.gov.vn').problems).toEqual([
      { code: 'hyphen-edge', data: { label: 'xn--zz-' } },
      { code: 'bad-punycode', data: { label: 'xn--zz-' } },
    ]);
  });

  it("'xn--' alone decodes to nothing", () => {
    expect(parseHost('xn--.vn').problems).toContainEqual({ code: 'bad-punycode', data: { label: 'xn--' } });
  });

  it("'xn--99999999999' overflows the Punycode decoder", () => {
    expect(parseHost('xn--99999999999.vn').problems).toEqual([{ code: 'bad-punycode', data: { label: 'xn--99999999999' } }]);
  });

  it("'xn--tda0' does not decode", () => {
    expect(parseHost('xn--tda0.vn').problems).toEqual([{ code: 'bad-punycode', data: { label: 'xn--tda0' } }]);
  });

  it("'xn--s--qbt' decodes to 'sở-': CheckHyphens on the Unicode form", () => {
    expect(parseHost('xn--s--qbt.vn').problems).toEqual([
      { code: 'uts46', data: { label: 'xn--s--qbt', reason: 'hyphen at the start or end of the Unicode label' } },
    ]);
    expect(parseHost('sở-.vn').problems).toEqual(parseHost('xn--s--qbt.vn').problems);
  });

  it("an A-label of a non-mapped form (capital letter 'Ở') is refused", () => {
    // 'xn--s-jym' is Punycode for 'sỞ'; a browser would map it to 'sở' = 'xn--s-lym'.
    const r = parseHost('xn--s-jym.vn');
    expect(r.problems).toEqual([
      { code: 'uts46', data: { label: 'xn--s-jym', reason: 'not in mapped form: a browser reads it as xn--s-lym' } },
    ]);
  });

  it('an A-label of a non-NFC string is refused', () => {
    // 'o' + U+031B + U+0309 is 'ở' decomposed.
    const r = parseHost('xn--so-yub5e.vn');
    expect(r.problems).toEqual([
      { code: 'uts46', data: { label: 'xn--so-yub5e', reason: 'not in Unicode normalisation form C' } },
    ]);
  });

  it('a Bidi rule violation the URL parser lets through', () => {
    expect(parseHost('a\u05D0.com').problems).toEqual([
      {
        code: 'uts46',
        data: { label: 'xn--a-0hc', reason: 'bidi rule: mixes left-to-right and right-to-left characters' },
      },
    ]);
  });

  it('a joiner out of context, refused by the URL parser, is named', () => {
    expect(parseHost('a\u200Db.com').problems).toEqual([
      { code: 'uts46', data: { label: 'a\u200Db', reason: 'code point U+200D is not allowed here' } },
    ]);
  });

  it('a leading combining mark', () => {
    expect(parseHost('\u0301a.com').problems).toEqual([
      { code: 'uts46', data: { label: '\u0301a', reason: 'begins with a combining mark' } },
    ]);
  });
});
