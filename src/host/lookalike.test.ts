import { describe, expect, it } from 'vitest';
import { parseHost } from './index.js';
import { isLookalikeRisk, labelScripts } from './lookalike.js';

describe('labelScripts', () => {
  it.each([
    ['laichau', ['Latin']],
    ['sởtttt', ['Latin']],
    ['l\u0430ichau', ['Latin', 'Cyrillic']],
    ['\u0430\u0441\u0435', ['Cyrillic']],
    ['αβγ', ['Greek']],
    ['食狮', ['Han']],
    ['דוגמה', ['Hebrew']],
    ['123', []],
    ['-', []],
    ['a1-2', ['Latin']],
    ['1\u0430', ['Cyrillic']],
    ['ສະບາຍດີ', ['Lao']],
  ])('%s → %j', (label, scripts) => {
    expect(labelScripts(label)).toEqual(scripts);
  });

  it('combining marks carry no script of their own', () => {
    expect(labelScripts('so\u031B\u0309')).toEqual(['Latin']);
  });
});

describe('isLookalikeRisk', () => {
  it('a Cyrillic а (U+0430) in lаichau: mixed and non-Latin', () => {
    const host = parseHost('l\u0430ichau.gov.vn');
    expect(host.valid).toBe(true);
    const label = host.unicodeLabels[0] ?? '';
    expect(isLookalikeRisk(label)).toEqual({ scripts: ['Latin', 'Cyrillic'], mixed: true, nonLatin: true });
  });

  it('an all-Cyrillic label: not mixed, but non-Latin', () => {
    expect(isLookalikeRisk('\u0430\u0441\u0435')).toEqual({ scripts: ['Cyrillic'], mixed: false, nonLatin: true });
  });

  it('Vietnamese with accents is plain Latin', () => {
    expect(isLookalikeRisk('sởtttt')).toEqual({ scripts: ['Latin'], mixed: false, nonLatin: false });
  });

  it('digits only: no script, no risk', () => {
    expect(isLookalikeRisk('24')).toEqual({ scripts: [], mixed: false, nonLatin: false });
  });
});
