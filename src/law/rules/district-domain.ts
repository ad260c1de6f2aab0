import { provinceOn } from '../../data/lookup.js';
import { fullNameLabel, levelWithoutProvince, provinceParent } from '../locality.js';
import { defineRule, finding } from '../rule.js';
import { NOT_FULL_NAME, UNIT_TYPE_PREFIX, WRONG_LEVEL, WRONG_PARENT, WRONG_PROVINCE } from '../shared-messages.js';

/**
 * District People's Committees (huyện, quận, thị xã, thành phố thuộc tỉnh), until
 * districts were abolished on 2025-07-01: `tenquanhuyen.tentinhthanh.gov.vn`,
 * level 4, the district's full name without diacritics.
 */
export const districtDomain = defineRule({
  meta: {
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
    needsHost: true,
    docs: 'docs/rules/district-domain.md',
    messages: {
      'wrong-level': WRONG_LEVEL,
      'wrong-province': WRONG_PROVINCE,
      'wrong-parent': WRONG_PARENT,
      'unit-type-prefix': UNIT_TYPE_PREFIX,
      'not-full-name': NOT_FULL_NAME,
    },
    to: '2025-06-30',
  },
  check({ host, entity, asOf }) {
    if (!host || host.zone !== 'gov.vn' || !entity) return [];
    if (!entity.province) return levelWithoutProvince(host, entity.district?.labels[0] ?? '<tenquanhuyen>');
    const province = provinceOn(entity.province, asOf);
    const provinceLabel = province.labels[0]!;
    const own = entity.district?.labels ?? [];
    const want = own[0] ?? '<tenquanhuyen>';
    const expected = `${want}.${provinceLabel}.gov.vn`;
    const level = host.rest.length === 2 ? [] : [finding('wrong-level', { want: 4, got: host.level, expected })];
    return [...level, ...provinceParent(host, province, expected), ...fullNameLabel(host, own, province, expected)];
  },
});
