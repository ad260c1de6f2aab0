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
  id: 'province-agency-domain',
  title: {
    vi: 'Cơ quan chuyên môn thuộc UBND tỉnh dùng tên miền tencoquan.tentinhthanh.gov.vn',
    en: 'Provincial agencies use tencoquan.tentinhthanh.gov.vn',
  },
  appliesTo: ['province-agency', 'public-service-unit', 'education-authority'],
  basis: decreeBasis('b'),
  messages: UNDER_PARENT_MESSAGES,
  check(facts) {
    const { entity, asOf, host } = facts;
    if (!entity || entity.branch) return [];
    const k = entity.kind;
    if (k === 'public-service-unit' && entity.central) return [];
    // An education authority may instead use edu.vn (the education rule judges that).
    if (k === 'education-authority' && (host?.zone !== 'gov.vn' || entity.district)) return [];
    if (k !== 'province-agency' && k !== 'public-service-unit' && k !== 'education-authority') return [];
    // Without a province only the level can be judged: level 3 is for ministries and provinces.
    if (!entity.province) return host && host.rest.length < 2 ? checkUnderParent(facts, { parentLabels: [], unitLabels: entity.abbreviations }) : [];
    const province = provinceOn(entity.province, asOf);
    return checkUnderParent(facts, { parentLabels: province.labels, unitLabels: entity.abbreviations, fullNames: entity.fullNames, parentIsProvince: true });
  },
});
