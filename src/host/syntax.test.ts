import { describe, expect, it } from 'vitest';
import type { HostProblem } from './index.js';
import { MAX_PROBLEMS, checkName, plainNameLabels, showChar } from './syntax.js';

function problems(host: string): HostProblem[] {
  const list: HostProblem[] = [];
  checkName(host, list);
  return list;
}

describe('checkName', () => {
  it('returns the labels and their Unicode forms', () => {
    const list: HostProblem[] = [];
    expect(checkName('xn--stttt-5c2b.laichau.gov.vn', list)).toEqual({
      labels: ['xn--stttt-5c2b', 'laichau', 'gov', 'vn'],
      unicodeLabels: ['sởtttt', 'laichau', 'gov', 'vn'],
    });
    expect(list).toEqual([]);
  });

  it('a label may start with a digit (RFC 1123 §2.1)', () => {
    expect(problems('24h.com.vn')).toEqual([]);
  });

  it('a single-letter label and a single-label name are syntactically fine', () => {
    expect(problems('a')).toEqual([]);
  });

  it('a label that is only a hyphen', () => {
    expect(problems('-.vn')).toEqual([{ code: 'hyphen-edge', data: { label: '-' } }]);
  });

  it("'--' in positions 3–4 with an edge hyphen: both", () => {
    expect(problems('ab---.vn')).toEqual([
      { code: 'hyphen-edge', data: { label: 'ab---' } },
      { code: 'hyphen-3-4', data: { label: 'ab---' } },
    ]);
  });

  it('a bad character in an xn-- label stops the Punycode checks for that label', () => {
    expect(problems('xn--a_b.vn')).toEqual([{ code: 'bad-character', data: { label: 'xn--a_b', char: '_' } }]);
  });

  it('an over-long xn-- label is not decoded (decoding is quadratic)', () => {
    const label = 'xn--' + 'a'.repeat(100);
    expect(problems(label + '.vn')).toEqual([{ code: 'label-too-long', data: { label, length: 104 } }]);
  });

  it('very long labels are shortened in problem data; the length stays exact', () => {
    const [problem] = problems('a'.repeat(1000));
    expect(problem?.data.length).toBe(1000);
    expect(String(problem?.data.label)).toHaveLength(256);
    expect(String(problem?.data.label).endsWith('…')).toBe(true);
  });

  it('Unicode left in the name (fallback path) is measured in UTF-8 octets', () => {
    const label = 'ở'.repeat(30); // 90 octets
    expect(problems(label + '.vn')).toContainEqual({ code: 'label-too-long', data: { label, length: 90 } });
  });

  it('a Bidi domain name: the rule applies to its ASCII labels too', () => {
    // 'xn--4dbc' is Hebrew 'אב'; '3com' starts with a digit, which RFC 5893 rule 1 forbids there.
    expect(problems('3com.xn--4dbc')).toEqual([
      { code: 'uts46', data: { label: '3com', reason: 'bidi rule: must start with a letter' } },
    ]);
    expect(problems('3com.vn')).toEqual([]);
  });

  it('labels beyond the 128th are still checked', () => {
    expect(problems('a.'.repeat(130) + 'a_b')).toEqual([
      { code: 'bad-character', data: { label: 'a_b', char: '_' } },
      { code: 'name-too-long', data: { length: 263 } },
      { code: 'too-many-labels', data: { count: 131 } },
    ]);
  });

  it(`never more than ${MAX_PROBLEMS} problems`, () => {
    expect(problems('_.'.repeat(1000) + 'a')).toHaveLength(MAX_PROBLEMS);
  });
});

describe('plainNameLabels (fast path)', () => {
  it('splits a clean name', () => {
    expect(plainNameLabels('muongte.laichau.gov.vn')).toEqual(['muongte', 'laichau', 'gov', 'vn']);
  });

  it.each(['', 'a..b', '.a', 'a.', '-a', 'a-', 'ab--c', 'a'.repeat(64), 'a.'.repeat(127) + 'a'])(
    'declines %s, leaving it to checkName',
    (host) => {
      expect(plainNameLabels(host)).toBeNull();
      expect(problems(host).length).toBeGreaterThan(0);
    },
  );
});

describe('showChar', () => {
  it('printable ASCII as itself, anything else as U+XXXX', () => {
    expect(showChar(0x5f)).toBe('_');
    expect(showChar(0x20)).toBe(' ');
    expect(showChar(0x00)).toBe('U+0000');
    expect(showChar(0x7f)).toBe('U+007F');
    expect(showChar(0x1f4a9)).toBe('U+1F4A9');
  });
});
