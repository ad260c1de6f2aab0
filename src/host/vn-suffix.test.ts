/**
 * The compact table of public suffixes under `.vn` against the Public Suffix List
 * as tldts ships it (its ICANN section: a private registry's suffix says nothing
 * about who holds a name).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { allProvinces } from '../data/lookup.js';
import { VN_SUFFIXES, vnSuffixLength } from './vn-suffix.js';

const ICANN = { allowPrivateDomains: false, extractHostname: false } as const;

/** The suffix tldts reads for a name, in labels. */
const listLength = (name: string): number => parse(name, ICANN).publicSuffix!.split('.').length;

describe('the public suffixes under .vn', () => {
  it.each(VN_SUFFIXES.map((s) => [s]))('%s is a public suffix in the ICANN section', (suffix) => {
    expect(parse(`ubnd.${suffix}`, ICANN).publicSuffix).toBe(suffix);
    expect(vnSuffixLength(`ubnd.${suffix}`.split('.'))).toBe(suffix.split('.').length);
  });

  it('no other second-level name under .vn is one in the ICANN section (the private blogspot.vn aside)', () => {
    // Province labels of every map, field-like words, and the list's private entry.
    const labels = [...allProvinces().flatMap((p) => p.labels), 'blogspot', 'hochiminh', 'hcm', 'mil', 'net', 'co', 'sch', 'school', 'web', 'an', 'hn'];
    for (const l of labels) {
      const suffix = parse(`x.${l}.vn`, ICANN).publicSuffix;
      expect(vnSuffixLength(['x', l, 'vn']), l).toBe(suffix!.split('.').length);
    }
    expect(VN_SUFFIXES).toHaveLength(83);
  });

  it('agrees with the list on every name of the corpus under .vn, and on made-up ones', () => {
    const corpus = readFileSync(new URL('../../test/fixtures/domains.csv', import.meta.url), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!.toLowerCase())
      .filter((d) => d.endsWith('.vn'));
    const made = ['vn', 'gov.vn', 'a.b.c.vn', 'vn.vn', 'gov.gov.vn', 'laichau.laichau.vn', 'x.com.vn.vn', 'ai.vn', 'a.io.vn'];
    let checked = 0;
    for (const name of [...corpus, ...made]) {
      expect(vnSuffixLength(name.split('.')), name).toBe(listLength(name));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
