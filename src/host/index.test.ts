import { describe, expect, it } from 'vitest';
import { parseHost, type HostNote, type HostProblem } from './index.js';

/** The parts of a result the examples below are about. */
function summary(input: string): { hostname: string | null; valid: boolean; problems: HostProblem[]; notes: HostNote[] } {
  const r = parseHost(input);
  return { hostname: r.hostname, valid: r.valid, problems: r.problems, notes: r.notes };
}

const url = (host: string): HostNote => ({ code: 'url', data: { host } });
const userinfo = (text: string): HostNote => ({ code: 'userinfo', data: { userinfo: text } });
const notCanonical = (written: string, hostname: string): HostNote => ({
  code: 'not-canonical',
  data: { written, hostname },
});

describe('parseHost: plain names', () => {
  it('a compliant-looking name is valid and split by the public suffix list', () => {
    expect(parseHost('muongte.laichau.gov.vn')).toEqual({
      input: 'muongte.laichau.gov.vn',
      hostname: 'muongte.laichau.gov.vn',
      valid: true,
      problems: [],
      notes: [],
      www: false,
      labels: ['muongte', 'laichau', 'gov', 'vn'],
      unicodeLabels: ['muongte', 'laichau', 'gov', 'vn'],
      publicSuffix: 'gov.vn',
      domain: 'laichau.gov.vn',
    });
  });

  it('one leading www is kept in hostname but left out of labels', () => {
    const r = parseHost('www.laichau.gov.vn');
    expect(r.hostname).toBe('www.laichau.gov.vn');
    expect(r.www).toBe(true);
    expect(r.labels).toEqual(['laichau', 'gov', 'vn']);
    expect(r.unicodeLabels).toEqual(['laichau', 'gov', 'vn']);
    expect(r.domain).toBe('laichau.gov.vn');
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
    expect(parseHost('thpt-tanuyen.laichau.edu.vn').publicSuffix).toBe('edu.vn');
    expect(parseHost('baochinhphu.vn')).toMatchObject({ publicSuffix: 'vn', domain: 'baochinhphu.vn' });
    // The ICANN section lists the provinces' second-level names under .vn.
    expect(parseHost('laichau.vn')).toMatchObject({ valid: true, publicSuffix: 'laichau.vn', domain: null });
    expect(parseHost('ubnd.laichau.vn')).toMatchObject({ publicSuffix: 'laichau.vn', domain: 'ubnd.laichau.vn' });
    expect(parseHost('gov.vn')).toMatchObject({ valid: true, publicSuffix: 'gov.vn', domain: null });
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

describe('parseHost: hostile inputs resolve to the host a browser visits', () => {
  it("'laichau.gov.vn@evil.com' visits evil.com: the part before '@' is userinfo", () => {
    expect(summary('laichau.gov.vn@evil.com')).toEqual({
      hostname: 'evil.com',
      valid: true,
      problems: [],
      notes: [userinfo('laichau.gov.vn')],
    });
  });

  it("'laichau.gov.vn:1@evil.com' is not a scheme 'laichau.gov.vn' but userinfo with a colon", () => {
    expect(summary('laichau.gov.vn:1@evil.com')).toEqual({
      hostname: 'evil.com',
      valid: true,
      problems: [],
      notes: [userinfo('laichau.gov.vn:1')],
    });
  });

  it("'http://evil.com\\@laichau.gov.vn' visits evil.com: '\\' ends the host", () => {
    expect(summary('http://evil.com\\@laichau.gov.vn')).toEqual({
      hostname: 'evil.com',
      valid: true,
      problems: [],
      notes: [url('evil.com')],
    });
  });

  it("'http://evil.com#@laichau.gov.vn' visits evil.com: the rest is a fragment", () => {
    expect(summary('http://evil.com#@laichau.gov.vn')).toEqual({
      hostname: 'evil.com',
      valid: true,
      problems: [],
      notes: [url('evil.com')],
    });
  });

  it("'http://evil.com?@laichau.gov.vn' visits evil.com: the rest is a query", () => {
    expect(parseHost('http://evil.com?@laichau.gov.vn').hostname).toBe('evil.com');
  });

  it("'laichau.gov.vn%2eevil.com' visits laichau.gov.vn.evil.com: %2e decodes to a dot", () => {
    const r = parseHost('laichau.gov.vn%2eevil.com');
    expect(summary('laichau.gov.vn%2eevil.com')).toEqual({
      hostname: 'laichau.gov.vn.evil.com',
      valid: true,
      problems: [],
      notes: [notCanonical('laichau.gov.vn%2eevil.com', 'laichau.gov.vn.evil.com')],
    });
    expect(r.domain).toBe('evil.com');
  });

  it("'laichau%2Egov.vn' is laichau.gov.vn written with a percent-escape", () => {
    expect(summary('laichau%2Egov.vn')).toEqual({
      hostname: 'laichau.gov.vn',
      valid: true,
      problems: [],
      notes: [notCanonical('laichau%2Egov.vn', 'laichau.gov.vn')],
    });
  });

  it.each([
    ['http://laichau.gov.vn\\x'],
    ['http://laichau.gov.vn/x'],
    ['http://laichau.gov.vn?x'],
    ['http://laichau.gov.vn#x'],
    ['http://laichau.gov.vn'],
    ['HTTPS://laichau.gov.vn:443/'],
    ['laichau.gov.vn/path'],
    ['laichau.gov.vn:8080'],
    ['//laichau.gov.vn'],
  ])('%s: only the host laichau.gov.vn is judged (url note)', (input) => {
    expect(summary(input)).toEqual({
      hostname: 'laichau.gov.vn',
      valid: true,
      problems: [],
      notes: [url('laichau.gov.vn')],
    });
  });

  it("'http://muongte.laichau.gov.vn' gets a url note", () => {
    expect(parseHost('http://muongte.laichau.gov.vn').notes).toEqual([url('muongte.laichau.gov.vn')]);
  });

  it('a bad port does not hide a good host', () => {
    expect(summary('http://laichau.gov.vn:99999/')).toEqual({
      hostname: 'laichau.gov.vn',
      valid: true,
      problems: [],
      notes: [url('laichau.gov.vn')],
    });
  });

  it('a URL with userinfo, port and path', () => {
    expect(summary('https://admin:pw@LaiChau.gov.vn:8443/a?b#c')).toEqual({
      hostname: 'laichau.gov.vn',
      valid: true,
      problems: [],
      notes: [userinfo('admin:pw'), url('laichau.gov.vn'), notCanonical('LaiChau.gov.vn', 'laichau.gov.vn')],
    });
  });

  it('another scheme: its host is read as an http host would be', () => {
    expect(parseHost('ftp://laichau.gov.vn/pub').hostname).toBe('laichau.gov.vn');
    expect(parseHost('git://Sở.laichau.gov.vn/x').hostname).toBe('xn--s-lym.laichau.gov.vn');
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
    expect(r.domain).toBe('laichau.gov.vn');
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
    expect(r.domain).toBe('xn--lichau-3nf.gov.vn');
  });
});

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

describe('parseHost: IP addresses', () => {
  it.each([
    ['2130706433', 'decimal'],
    ['0177.0.0.1', 'octal'],
    ['0x7f.1', 'hex, short'],
    ['127.1', 'short'],
    ['0x7F.0.0.1', 'upper-case hex'],
    ['127.0.0.1.', 'trailing dot'],
  ])('%s (%s) is 127.0.0.1', (input) => {
    expect(summary(input)).toEqual({
      hostname: '127.0.0.1',
      valid: false,
      problems: [{ code: 'ip-address', data: { address: '127.0.0.1' } }],
      notes: [notCanonical(input, '127.0.0.1')],
    });
  });

  it("'1.2.3.4'", () => {
    expect(summary('1.2.3.4')).toEqual({
      hostname: '1.2.3.4',
      valid: false,
      problems: [{ code: 'ip-address', data: { address: '1.2.3.4' } }],
      notes: [],
    });
  });

  it("'http://1.2.3.4:8080/'", () => {
    expect(parseHost('http://1.2.3.4:8080/').problems).toEqual([{ code: 'ip-address', data: { address: '1.2.3.4' } }]);
  });

  it('fullwidth digits are mapped before the address is read', () => {
    expect(parseHost('１２７.０.０.１').problems).toEqual([{ code: 'ip-address', data: { address: '127.0.0.1' } }]);
  });

  it("an out-of-range address '1.2.3.256' is still an address (raw text)", () => {
    expect(parseHost('1.2.3.256').problems).toEqual([{ code: 'ip-address', data: { address: '1.2.3.256' } }]);
  });

  it("a name ending in a number label ('a.1') is what a browser takes for a broken IPv4 address", () => {
    expect(parseHost('a.1').problems).toEqual([{ code: 'ip-address', data: { address: 'a.1' } }]);
  });

  it("'0x' alone is the number 0", () => {
    expect(parseHost('1.0x').problems).toEqual([{ code: 'ip-address', data: { address: '1.0.0.0' } }]);
  });

  it("'0xg' is not a number: an ordinary (valid) label", () => {
    expect(parseHost('a.0xg').valid).toBe(true);
  });

  it("'[::1]'", () => {
    expect(summary('[::1]')).toEqual({
      hostname: '[::1]',
      valid: false,
      problems: [{ code: 'ip-address', data: { address: '::1' } }],
      notes: [],
    });
  });

  it("'http://[::1]/'", () => {
    expect(summary('http://[::1]/')).toEqual({
      hostname: '[::1]',
      valid: false,
      problems: [{ code: 'ip-address', data: { address: '::1' } }],
      notes: [url('[::1]')],
    });
  });

  it('an IPv6 address is normalised', () => {
    expect(parseHost('http://[0:0:0:0:0:0:0:1]:80/').problems).toEqual([{ code: 'ip-address', data: { address: '::1' } }]);
  });

  it('a broken IPv6 literal is still reported as an address', () => {
    expect(parseHost('[::zz]').problems).toEqual([{ code: 'ip-address', data: { address: '[::zz]' } }]);
  });
});

describe('parseHost is total and linear', () => {
  it('a 100,000-character input returns', () => {
    const r = parseHost('a'.repeat(100_000));
    expect(r.valid).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['label-too-long', 'name-too-long']);
  });

  it.each([
    ['1 MB of labels', 'a.'.repeat(500_000)],
    ['1 MB of Unicode', '\u4e00\u4e01\u4e02\u4e03'.repeat(250_000)],
    ['1 MB of lone surrogates', '\uD800'.repeat(1_000_000)],
    ['1 MB of percent signs', '%'.repeat(1_000_000)],
    ['1 MB of xn-- labels', ('xn--' + 'a'.repeat(58) + '.').repeat(16_000)],
    ['1 MB of soft hyphens', 'a' + '\u00AD'.repeat(1_000_000) + '.vn'],
  ])('%s returns, invalid, with at most 20 problems', (_name, input) => {
    const r = parseHost(input);
    expect(r.valid).toBe(false);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.length).toBeLessThanOrEqual(20);
  });

  it('distinct Unicode labels are not fed to the quadratic Punycode encoder', () => {
    let label = '';
    for (let i = 0; i < 250; i++) label += String.fromCodePoint(0x4e00 + i);
    const r = parseHost((label + '.').repeat(4000));
    expect(r.problems.at(-1)).toMatchObject({ code: 'too-many-labels', data: { count: 4000 } });
  });

  it.each([
    ['lone surrogate', 'http://\uD800.vn/'],
    ['NUL', 'a\u0000b.vn'],
    ['DEL', 'a\u007Fb.vn'],
    ['brackets', 'a[b].vn'],
    ['only a port', ':80'],
    ['only userinfo', 'a@'],
    ['scheme only', 'https:'],
    ['backslashes', '\\\\\\'],
    ['percent at end', 'a%'],
    ['bad percent', 'a%zz.vn'],
    ['emoji', '\u{1F4A9}.vn'],
  ])('never throws: %s', (_name, input) => {
    const r = parseHost(input);
    expect(r.valid).toBe(r.hostname !== null && r.problems.length === 0);
  });

  it('a non-string at run time is treated as empty', () => {
    expect(parseHost(null as unknown as string).problems).toEqual([{ code: 'empty', data: {} }]);
  });

  it('a lone surrogate is named by its code point', () => {
    expect(parseHost('http://\uD800.vn/').problems).toEqual([
      { code: 'uts46', data: { label: '\uD800', reason: 'code point U+D800 is not allowed here' } },
    ]);
  });

  it('valid is exactly "hostname and no problem"', () => {
    for (const input of ['', 'laichau.gov.vn', 'a_b.vn', '1.2.3.4', 'http://', 'sởtttt.vn']) {
      const r = parseHost(input);
      expect(r.valid).toBe(r.hostname !== null && r.problems.length === 0);
      expect(r.unicodeLabels).toHaveLength(r.labels.length);
      if (!r.valid) expect([r.labels, r.publicSuffix, r.domain]).toEqual([[], null, null]);
    }
  });
});

describe('a bracket that opens no IPv6 literal', () => {
  it('reads a pasted terminal colour code as a bad character, not as an address', () => {
    const r = parseHost('\u001b[31mred.gov.vn');
    expect(r.valid).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['bad-character']);
    expect(r.problems[0]!.data).toMatchObject({ char: '[' });
  });

  it('still reads a closed bracket as an IPv6 literal', () => {
    expect(parseHost('[::1]').problems.map((p) => p.code)).toEqual(['ip-address']);
  });
});
