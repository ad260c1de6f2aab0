import { provinceOn } from '../current.js';
import { fullNameMiss } from '../match.js';
import { defineRule, finding } from '../rule.js';
import { provincesByLabel } from '../../data/lookup.js';

/**
 * District People's Committees (huyện, quận, thị xã, thành phố thuộc tỉnh), until
 * districts were abolished on 2025-07-01: `tenquanhuyen.tentinhthanh.gov.vn`,
 * level 4, the district's full name without diacritics.
 */
export const districtDomain = defineRule({
  id: 'district-domain',
  title: {
    vi: 'UBND cấp huyện dùng tên miền cấp 4 tenquanhuyen.tentinhthanh.gov.vn (tên đầy đủ, không dấu)',
    en: 'Districts use a level-4 name tenquanhuyen.tentinhthanh.gov.vn (full name, no diacritics)',
  },
  appliesTo: ['district'],
  basis: {
    'decree-43-2011': { instrument: 'decree-43-2011', ref: { article: 6, clause: 1, point: 'c' } },
    'decree-42-2022': { instrument: 'decree-42-2022', ref: { article: 6 } },
  },
  messages: {
    'wrong-level': 'error',
    'wrong-province': 'error',
    'wrong-parent': 'error',
    'unit-type-prefix': 'error',
    'not-full-name': 'error',
  },
  to: '2025-06-30',
  check({ host, entity, asOf }) {
    if (!host || host.zone !== 'gov.vn' || entity?.kind !== 'district') return [];
    if (!entity.province) {
      // Its province unknown, only the level can be judged: level 3 is for ministries and provinces.
      const own = entity.district?.labels[0] ?? '<tenquanhuyen>';
      return host.rest.length < 2 ? [finding('wrong-level', { want: 4, got: host.level, expected: `${own}.<tentinhthanh>.gov.vn` })] : [];
    }
    const province = provinceOn(entity.province, asOf);
    const provinceLabel = province.labels[0]!;
    const own = entity.district?.labels ?? [];
    const want = own[0] ?? '<tenquanhuyen>';
    const expected = `${want}.${provinceLabel}.gov.vn`;
    const rest = host.rest;
    const out = [];
    if (rest.length !== 2) out.push(finding('wrong-level', { want: 4, got: host.level, expected }));
    if (rest.length >= 2) {
      const parent = rest[rest.length - 1]!;
      if (!province.labels.includes(parent)) {
        const other = provincesByLabel(parent).length > 0;
        out.push(finding(other ? 'wrong-province' : 'wrong-parent', { label: parent, want: provinceLabel, expected }));
      }
    }
    // The district's own label: the leftmost one (a level-3 name has only that).
    const label = rest[0];
    if (label !== undefined && own.length > 0) {
      const miss = fullNameMiss(label, own, province.labels);
      if (miss) out.push(finding(miss, { label, want, expected }));
    }
    return out;
  },
});
