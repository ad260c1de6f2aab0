/** parseHost on hostile input: the host a browser visits, stray brackets, and bounded work whatever the input. */
import { describe, expect, it } from 'vitest';
import { parseHost } from './index.js';
import { notCanonical, summary, url, userinfo } from './parse-host.helpers.js';

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
    expect(r.labels.slice(-2)).toEqual(['evil', 'com']);
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
      if (!r.valid) expect([r.labels, r.unicodeLabels]).toEqual([[], []]);
    }
  });
});
