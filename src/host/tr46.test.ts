/**
 * tr46 (a UTS #46 implementation) as an oracle: with the strict options below,
 * its valid/invalid verdict on a bare host name must match ours, except for
 * the deliberate differences listed and explained at the end.
 */
import { toASCII } from 'tr46';
import { describe, expect, it } from 'vitest';
import { parseHost } from './index.js';

const STRICT = {
  checkHyphens: true,
  checkBidi: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  transitionalProcessing: false,
  verifyDNSLength: true,
} as const;

const a63 = 'a'.repeat(63);

/** [input, why it is in the table]; both sides must give the same verdict. */
const AGREED: ReadonlyArray<readonly [string, string]> = [
  ['laichau.gov.vn', 'plain'],
  ['www.muongte.laichau.gov.vn', 'plain, with www'],
  ['LAICHAU.GOV.VN', 'upper case maps to lower'],
  ['24h.com.vn', 'leading digit'],
  ['a_b.gov.vn', "'_' is not LDH"],
  ['a*b.vn', "'*' is not LDH"],
  ['a b.vn', 'space'],
  ['-a.gov.vn', 'leading hyphen'],
  ['a-.gov.vn', 'trailing hyphen'],
  ['ab--cd.gov.vn', "'--' in positions 3–4"],
  ['a..b', 'empty label'],
  ['.laichau.gov.vn', 'leading dot'],
  [a63 + '.vn', '63-octet label'],
  ['a' + a63 + '.vn', '64-octet label'],
  [[a63, a63, a63, 'b'.repeat(61)].join('.'), '253-octet name'],
  [[a63, a63, a63, 'b'.repeat(62)].join('.'), '254-octet name'],
  ['xn--stttt-5c2b.laichau.gov.vn', 'valid A-label'],
  ['XN--STTTT-5C2B.laichau.gov.vn', 'upper-case A-label'],
  ['xn--a.vn', 'decodes to a C1 control'],
  ['xn--zz-.vn', 'decodes to ASCII'],
  ['xn--.vn', 'decodes to nothing'],
  ['xn--tda0.vn', 'does not decode'],
  ['xn--s-jym.vn', 'decodes to a non-mapped (capital) form'],
  ['xn--so-yub5e.vn', 'decodes to a non-NFC form'],
  ['xn--s--qbt.vn', 'decodes to a label ending with a hyphen'],
  ['sởtttt.laichau.gov.vn', 'Vietnamese IDN'],
  ['sở-.vn', 'Unicode label ending with a hyphen'],
  ['ab--ở.vn', "Unicode label with '--' in positions 3–4"],
  ['ＬＡＩＣＨＡＵ.gov.vn', 'fullwidth letters'],
  ['laichau\u3002gov.vn', 'ideographic full stop'],
  ['lai\u00ADchau.gov.vn', 'soft hyphen is ignored'],
  ['l\u0430ichau.gov.vn', 'Cyrillic lookalike is still valid'],
  ['ß.de', 'deviation character kept (non-transitional)'],
  ['Ⅷ.com', 'compatibility mapping'],
  ['so\u031Bttt.vn', 'decomposed input is normalised'],
  ['\u0301a.vn', 'leading combining mark'],
  ['a\u200Db.vn', 'ZWJ out of context'],
  ['क्\u200Dष.in', 'ZWJ after virama'],
  ['ب\u200Cب.com', 'ZWNJ between joining letters'],
  ['a\u00A0b.vn', 'no-break space maps to space'],
  ['a\u2024b.vn', 'one dot leader is disallowed'],
  ['xn--a-ecp.vn', "decodes to 'a⒈', disallowed"],
  ['\u{1F4A9}.la', 'emoji are valid under UTS #46 (not under IDNA2008)'],
  ['אב.com', 'right-to-left label'],
  ['a\u05D0.com', 'Bidi: LTR label with an RTL letter'],
  ['1\u05D0.com', 'Bidi: starts with a digit'],
  ['3com.אב', 'Bidi: an ASCII label of a Bidi domain starting with a digit'],
  ['١٢.com', 'Bidi: starts with Arabic-Indic digits'],
  ['ب۱١.com', 'Bidi: European and Arabic-Indic digits mixed'],
];

describe('tr46 oracle: same verdict', () => {
  it.each(AGREED)('%s (%s)', (input) => {
    const oracle = toASCII(input, STRICT) !== null;
    expect(parseHost(input).valid).toBe(oracle);
  });

  it('the table holds both verdicts', () => {
    const verdicts = new Set(AGREED.map(([input]) => parseHost(input).valid));
    expect(verdicts).toEqual(new Set([true, false]));
  });
});

describe('tr46 oracle: deliberate differences', () => {
  it("a trailing dot: tr46's VerifyDnsLength refuses the empty root label; browsers drop it, so we accept it with a note", () => {
    expect(toASCII('laichau.gov.vn.', STRICT)).toBeNull();
    expect(parseHost('laichau.gov.vn.')).toMatchObject({ valid: true, hostname: 'laichau.gov.vn' });
  });

  it('an IPv4 address is a valid name to tr46 (it knows no addresses); to us it is not a domain name', () => {
    expect(toASCII('1.2.3.4', STRICT)).toBe('1.2.3.4');
    expect(parseHost('1.2.3.4').problems).toEqual([{ code: 'ip-address', data: { address: '1.2.3.4' } }]);
  });

  it('percent-escapes are URL syntax: tr46 refuses them, a browser decodes them first', () => {
    expect(toASCII('laichau%2Egov.vn', STRICT)).toBeNull();
    expect(parseHost('laichau%2Egov.vn')).toMatchObject({ valid: true, hostname: 'laichau.gov.vn' });
  });
});
