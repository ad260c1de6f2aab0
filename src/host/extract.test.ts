import { describe, expect, it } from 'vitest';
import { cleanInput, isPlainAsciiName, schemeEnd, splitHost } from './extract.js';
import { endsInNumber } from './ip.js';

describe('cleanInput', () => {
  it('trims C0 controls and spaces at both ends, as the URL parser does', () => {
    expect(cleanInput('\u0000 \u001F laichau.gov.vn \u0007')).toEqual({ trimmed: 'laichau.gov.vn', cleaned: 'laichau.gov.vn' });
  });

  it('drops tab, CR and LF anywhere, keeping the trimmed text for comparison', () => {
    expect(cleanInput(' lai\tchau.gov\r\n.vn ')).toEqual({ trimmed: 'lai\tchau.gov\r\n.vn', cleaned: 'laichau.gov.vn' });
  });

  it('keeps a non-breaking space: it is not a C0 control', () => {
    expect(cleanInput('\u00A0a\u00A0').cleaned).toBe('\u00A0a\u00A0');
  });

  it('returns the same string when there is nothing to clean', () => {
    const s = 'laichau.gov.vn';
    expect(cleanInput(s).cleaned).toBe(s);
  });
});

describe('schemeEnd', () => {
  it.each([
    ['http://a', 4],
    ['HTTPS://a', 5],
    ['mailto:a@b', 6],
    ['git+ssh://a', 7],
    ['http:80', 4], // special schemes always win
    ['a:b', 1],
  ])('%s has a scheme ending at %i', (text, end) => {
    expect(schemeEnd(text)).toBe(end);
  });

  it.each([
    ['laichau.gov.vn:8080', 'a dotted name before the colon is a host'],
    ['laichau.gov.vn:1@evil.com', 'a dotted name before the colon is userinfo'],
    ['localhost:8080', 'a numeric port'],
    ['localhost:8080/x', 'a numeric port then a path'],
    ['1http://a', 'a scheme starts with a letter'],
    ['a_b:c', "'_' is not a scheme character"],
    ['laichau.gov.vn', 'no colon'],
    ['', 'empty'],
  ])('%s has no scheme (%s)', (text) => {
    expect(schemeEnd(text)).toBe(-1);
  });
});

describe('splitHost', () => {
  it('a bare name', () => {
    expect(splitHost('laichau.gov.vn')).toEqual({
      scheme: null,
      hasAuthority: true,
      userinfo: null,
      host: 'laichau.gov.vn',
      hasExtra: false,
    });
  });

  it("the host follows the LAST '@' of the authority", () => {
    expect(splitHost('a@b@evil.com/x@y')).toMatchObject({ userinfo: 'a@b', host: 'evil.com', hasExtra: true });
  });

  it("'\\' ends the authority of special schemes only", () => {
    expect(splitHost('http://evil.com\\@laichau.gov.vn').host).toBe('evil.com');
    expect(splitHost('foo://evil.com\\@laichau.gov.vn').host).toBe('laichau.gov.vn');
  });

  it('special schemes tolerate any number of slashes of either kind', () => {
    expect(splitHost('http:\\\\/laichau.gov.vn').host).toBe('laichau.gov.vn');
    expect(splitHost('http:laichau.gov.vn').host).toBe('laichau.gov.vn');
  });

  it('other schemes need exactly "//" for an authority', () => {
    expect(splitHost('mailto:a@b')).toMatchObject({ scheme: 'mailto', hasAuthority: false, host: '' });
    expect(splitHost('foo://Host/x')).toMatchObject({ scheme: 'foo', hasAuthority: true, host: 'Host' });
  });

  it('file URLs', () => {
    expect(splitHost('file:///etc/hosts')).toMatchObject({ hasAuthority: true, host: '' });
    expect(splitHost('file:/etc/hosts')).toMatchObject({ hasAuthority: false });
    expect(splitHost('file://server/share')).toMatchObject({ host: 'server' });
  });

  it('a port ends the host, except inside IPv6 brackets', () => {
    expect(splitHost('laichau.gov.vn:8080')).toMatchObject({ host: 'laichau.gov.vn', hasExtra: true });
    expect(splitHost('[::1]:80')).toMatchObject({ host: '[::1]', hasExtra: true });
    expect(splitHost('[::1]')).toMatchObject({ host: '[::1]', hasExtra: false });
  });

  it('leading slashes make a bare input URL-like', () => {
    expect(splitHost('//laichau.gov.vn')).toMatchObject({ scheme: null, host: 'laichau.gov.vn', hasExtra: true });
  });

  it('the host keeps its written form', () => {
    expect(splitHost('HTTP://ＬＡＩ%2Echau.gov.vn/').host).toBe('ＬＡＩ%2Echau.gov.vn');
  });
});

describe('isPlainAsciiName (the fast path)', () => {
  it.each(['laichau.gov.vn', 'a', 'a-b.c', '..', '.a', 'a.', '-a', 'ab--cd', 'axn--b', 'x.n--b', '0x7f.a'])(
    'accepts %s',
    (text) => {
      expect(isPlainAsciiName(text)).toBe(true);
    },
  );

  it.each(['', 'Laichau.gov.vn', 'a_b', 'xn--abc', 'a.xn--abc', 'a b', 'sở.vn', 'a/b', 'a%2eb', 'a\tb'])(
    'rejects %s',
    (text) => {
      expect(isPlainAsciiName(text)).toBe(false);
    },
  );

  it('premise: the URL parser returns every such name unchanged', () => {
    const names = [
      'laichau.gov.vn',
      'muongte.laichau.gov.vn',
      'a..b',
      '.a',
      'a.b.',
      '-a-.b',
      'ab--cd.vn',
      'a'.repeat(64) + '.vn',
      '0x7fz.vn',
      '1a.2b',
      '0x.a',
      'x.n--b',
    ];
    for (const name of names) {
      expect(isPlainAsciiName(name) && !endsInNumber(name)).toBe(true);
      expect(new URL('http://' + name).hostname).toBe(name);
    }
  });
});
