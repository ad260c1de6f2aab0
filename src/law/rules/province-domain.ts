import { provincesByLabel } from '../../data/lookup.js';
import { provinceOn } from '../../data/lookup.js';
import { fullNameMiss } from '../match.js';
import { defineRule, finding } from '../rule.js';
import { NOT_FULL_NAME, UNIT_TYPE_PREFIX, WRONG_LEVEL, WRONG_PROVINCE } from '../shared-messages.js';
import { decreeBasis } from '../bases.js';

/**
 * A province's People's Committee: `tentinhthanh.gov.vn`, level 3, the province's
 * full name without diacritics (Ho Chi Minh City: `hochiminhcity`, written into the decree).
 */
export const provinceDomain = defineRule({
  meta: {
    id: 'province-domain',
    title: {
      vi: 'UBND tỉnh, thành phố trực thuộc Trung ương dùng tên miền cấp 3 tentinhthanh.gov.vn (tên đầy đủ, không dấu)',
      en: 'Provinces use a level-3 name tentinhthanh.gov.vn (full name, no diacritics)',
    },
    appliesTo: ['province'],
    basis: decreeBasis('b'),
    needsHost: true,
    docs: 'docs/rules/province-domain.md',
    messages: {
      'wrong-level': WRONG_LEVEL,
      'wrong-province': WRONG_PROVINCE,
      'unit-type-prefix': UNIT_TYPE_PREFIX,
      'not-full-name': NOT_FULL_NAME,
    },
  },
  check({ host, entity, asOf }) {
    if (!host || host.zone !== 'gov.vn' || !entity?.province) return [];
    const province = provinceOn(entity.province, asOf);
    const want = province.labels[0]!;
    const expected = `${want}.gov.vn`;
    const rest = host.portal ? host.rest.slice(1) : host.rest;
    if (rest.length !== 1) return [finding('wrong-level', { want: 3, got: host.level, expected })];
    const label = rest[0]!;
    // A defunct province's own old label is the unit-validity rule's to report.
    if (province.labels.includes(label) || entity.province.labels.includes(label)) return [];
    if (provincesByLabel(label).some((p) => p.code !== province.code && p.code !== entity.province!.code)) {
      return [finding('wrong-province', { label, want, expected })];
    }
    return [finding(fullNameMiss(label, province.labels) ?? 'not-full-name', { label, want, expected })];
  },
});
