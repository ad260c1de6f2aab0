import { describe, expect, it } from 'vitest';
import { bidiProblem, checkALabel, isRightToLeftLabel, refusalReason, toASCIILabel, uLabelProblem } from './idna.js';

describe('checkALabel', () => {
  it('decodes a valid A-label', () => {
    expect(checkALabel('xn--stttt-5c2b')).toEqual({ ok: true, unicode: 'sởtttt' });
    expect(checkALabel('xn--lichau-3nf')).toEqual({ ok: true, unicode: 'l\u0430ichau' });
  });

  it('refuses what does not decode', () => {
    expect(checkALabel('xn--tda0')).toEqual({ ok: false, code: 'bad-punycode' });
    expect(checkALabel('xn--99999999999')).toEqual({ ok: false, code: 'bad-punycode' });
  });

  it('refuses what does not re-encode to itself', () => {
    // Decodes to 'ü' like 'xn--tda', but is not the encoder's own output.
    expect(checkALabel('xn--TDA')).toEqual({ ok: false, code: 'bad-punycode' });
  });

  it('refuses what decodes to nothing or to plain ASCII (a fake A-label)', () => {
    expect(checkALabel('xn--')).toEqual({ ok: false, code: 'bad-punycode' });
    expect(checkALabel('xn--abc-')).toEqual({ ok: false, code: 'bad-punycode' });
  });

  it('names the UTS #46 reason for a decodable but invalid label', () => {
    expect(checkALabel('xn--a')).toEqual({
      ok: false,
      code: 'uts46',
      reason: 'code point U+0080 is not allowed here',
      unicode: '\u0080',
    });
  });
});

describe('uLabelProblem', () => {
  it.each([
    ['o\u031B\u0309', 'xn--so-yub5e', 'not in Unicode normalisation form C'],
    ['\u0301a', 'xn--a-xbb', 'begins with a combining mark'],
    ['-sở', 'xn---s-lym', 'hyphen at the start or end of the Unicode label'],
    ['ab--ở', 'xn--ab---3z5a', 'hyphens in positions 3 and 4 of the Unicode label'],
    ['sỞ', 'xn--s-jym', 'not in mapped form: a browser reads it as xn--s-lym'],
    ['a\u200Db', 'xn--ab-m1t', 'code point U+200D is not allowed here'],
  ])('%s', (unicode, aLabel, reason) => {
    expect(uLabelProblem(unicode, aLabel)).toBe(reason);
  });

  it('a joiner in its proper context is fine (after a virama)', () => {
    expect(uLabelProblem('क्\u200Dष', 'xn--11b2ezcw70k')).toBeNull();
  });
});

describe('Bidi rule', () => {
  it('right-to-left labels', () => {
    expect(isRightToLeftLabel('אב')).toBe(true);
    expect(isRightToLeftLabel('١٢')).toBe(true); // Arabic-Indic digits (AN)
    expect(isRightToLeftLabel('laichau')).toBe(false);
    expect(isRightToLeftLabel('sởtttt')).toBe(false);
  });

  it.each([
    ['אב', null],
    ['א1', null],
    ['بب', null],
    ['laichau', null],
    ['a1', null],
    ['aא', 'bidi rule: mixes left-to-right and right-to-left characters'],
    ['אa', 'bidi rule: mixes left-to-right and right-to-left characters'],
    ['1א', 'bidi rule: must start with a letter'],
    ['3com', 'bidi rule: must start with a letter'],
    ['א-', 'bidi rule: a right-to-left label must end with a letter or digit'],
    ['a-', 'bidi rule: a left-to-right label must end with a letter or digit'],
    ['ب۱١', 'bidi rule: mixes European and Arabic-Indic digits'],
  ])('%s → %s', (label, reason) => {
    expect(bidiProblem(label)).toBe(reason);
  });

  it('a right-to-left label may end with marks after a letter', () => {
    expect(bidiProblem('بَ')).toBeNull();
  });
});

describe('refusalReason', () => {
  it('names a disallowed code point', () => {
    expect(refusalReason('a\u00A0b')).toBe('code point U+00A0 is not allowed here');
  });

  it('falls back to the Bidi rule, then to a general reason', () => {
    expect(refusalReason('۱۲٣')).toBe('bidi rule: must start with a letter');
  });
});

describe('toASCIILabel', () => {
  it('maps one label as a browser does', () => {
    expect(toASCIILabel('Sở')).toBe('xn--s-lym');
    expect(toASCIILabel('ＬＡＩ')).toBe('lai');
  });

  it('does not turn a numeric label into an IPv4 address', () => {
    expect(toASCIILabel('１２')).toBe('12');
  });

  it('null when refused', () => {
    expect(toASCIILabel('a\u200Db')).toBeNull();
  });
});
