import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalLabels } from './canonical.js';
import type { HostProblem } from './index.js';
import { checkName } from './syntax.js';

const corpus = readFileSync(new URL('../../test/fixtures/domains.csv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]!)
  .filter((d) => d.length > 0);

describe('canonicalLabels: the names that skip the URL parser', () => {
  it('a lower-case LDH name gives its labels', () => {
    expect(canonicalLabels('tanuyen.laichau.gov.vn')).toEqual(['tanuyen', 'laichau', 'gov', 'vn']);
    expect(canonicalLabels('24h.com.vn')).toEqual(['24h', 'com', 'vn']);
    expect(canonicalLabels('a')).toEqual(['a']);
  });

  it.each([
    ['', 'empty'],
    ['LaiChau.gov.vn', 'upper case'],
    ['laichau.gov.vn.', 'trailing dot'],
    [' laichau.gov.vn', 'space'],
    ['laichâu.gov.vn', 'non-ASCII'],
    ['xn--laichu-yva.gov.vn', 'an xn-- label'],
    ['ab--cd.gov.vn', 'hyphens in positions 3–4'],
    ['-a.gov.vn', 'a leading hyphen'],
    ['a-.gov.vn', 'a trailing hyphen'],
    ['a..gov.vn', 'an empty label'],
    ['.gov.vn', 'a leading dot'],
    [`${'a'.repeat(64)}.gov.vn`, 'a label of 64 octets'],
    [`${'a.'.repeat(126)}vn`, 'over 253 octets'],
    ['127.0.0.1', 'IPv4'],
    ['a.0x7f', 'a last label that may be a number'],
    ['a_b.gov.vn', 'an underscore'],
    ['http://laichau.gov.vn', 'a URL'],
  ])('%j (%s): the long way', (text) => {
    expect(canonicalLabels(text)).toBeNull();
  });

  it('a label of 63 octets and a name of 253 are still canonical', () => {
    expect(canonicalLabels(`${'a'.repeat(63)}.vn`)).not.toBeNull();
    const name = `${'a.'.repeat(125)}vn`.padStart(253, 'b');
    expect(name.length).toBe(253);
    expect(canonicalLabels(name)).not.toBeNull();
  });

  it('on the real corpus, every canonical name passes the strict checks with the same labels', () => {
    let canonical = 0;
    for (const name of corpus) {
      const labels = canonicalLabels(name);
      if (labels === null) continue;
      canonical++;
      const problems: HostProblem[] = [];
      expect(checkName(name, problems).labels).toEqual(labels);
      expect(problems).toEqual([]);
    }
    expect(canonical).toBeGreaterThan(corpus.length * 0.9);
  });
});
