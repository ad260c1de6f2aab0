import { describe, expect, it } from 'vitest';
import { endsInNumber, isBracketed, unbracket } from './ip.js';

describe('endsInNumber (WHATWG: the host is then parsed as IPv4)', () => {
  it.each(['1', '2130706433', '127.1', '0177.0.0.1', '0x7f.1', '0X7F', 'a.0x', 'laichau.gov.123', 'a.1.', '1.2.3.256'])(
    '%s ends in a number',
    (host) => {
      expect(endsInNumber(host)).toBe(true);
    },
  );

  it.each(['', '.', 'a', 'a.b1', 'a.1b', 'a.0xg', '1..', 'a.0x7f.b', '１２７', '1.-1'])('%s does not', (host) => {
    expect(endsInNumber(host)).toBe(false);
  });

  it('agrees with the URL parser: hosts ending in a number are IPv4 or refused', () => {
    for (const host of ['127.1', '0x7f.1', 'a.1', '1.2.3.256', '1.0x']) {
      let hostname: string | null;
      try {
        hostname = new URL('http://' + host).hostname;
      } catch {
        hostname = null;
      }
      expect(hostname === null || /^\d+\.\d+\.\d+\.\d+$/.test(hostname)).toBe(true);
    }
  });
});

describe('IPv6 literals', () => {
  it('are recognised by their bracket', () => {
    expect(isBracketed('[::1]')).toBe(true);
    expect(isBracketed('a.vn')).toBe(false);
    expect(isBracketed('')).toBe(false);
  });

  it('lose their brackets for messages', () => {
    expect(unbracket('[::1]')).toBe('::1');
    expect(unbracket('[::1')).toBe('[::1');
  });
});
