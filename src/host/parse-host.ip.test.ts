/** parseHost on IP addresses, which are never a name. */
import { describe, expect, it } from 'vitest';
import { parseHost } from './index.js';
import { notCanonical, summary, url } from './parse-host.helpers.js';

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
