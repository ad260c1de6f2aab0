import { provinceOn } from '../../data/lookup.js';
import { defineRule } from '../rule.js';
import { checkUnderParent, UNDER_PARENT_MESSAGES } from '../under-parent.js';
import { decreeBasis } from '../bases.js';

/**
 * A province's specialised agencies (Sở, Ban …) and its public-service units:
 * `tencoquan.tentinhthanh.gov.vn`, at least level 4 (exactly 4 from Decree 224/2026),
 * the agency's abbreviation (from 224/2026 also its full name) in unaccented
 * Vietnamese or English. The law defines no abbreviations, so an unmatched one
 * is only a warning.
 */
export const provinceAgencyDomain = defineRule({
  meta: {
    id: 'province-agency-domain',
    title: {
      vi: 'Cơ quan chuyên môn thuộc UBND tỉnh dùng tên miền tencoquan.tentinhthanh.gov.vn',
      en: 'Provincial agencies use tencoquan.tentinhthanh.gov.vn',
    },
    // A service unit no central agency governs is a province's; a district's education
    // office is no provincial agency. On edu.vn an education authority is judged by the
    // education rule, and the under-parent form speaks of gov.vn names only.
    appliesTo: ['province-agency', { kind: 'public-service-unit', central: false }, { kind: 'education-authority', district: false }],
    basis: decreeBasis('b'),
    needsHost: true,
    docs: 'docs/rules/province-agency-domain.md',
    messages: UNDER_PARENT_MESSAGES,
  },
  check(facts) {
    const { entity, asOf, host } = facts;
    if (!entity || entity.branch) return [];
    // Without a province only the level can be judged: level 3 is for ministries and provinces.
    if (!entity.province) return host && host.rest.length < 2 ? checkUnderParent(facts, { parentLabels: [], unitLabels: entity.abbreviations }) : [];
    const province = provinceOn(entity.province, asOf);
    return checkUnderParent(facts, { parentLabels: province.labels, unitLabels: entity.abbreviations, fullNames: entity.fullNames, parentIsProvince: true });
  },
});
