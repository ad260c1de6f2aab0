import { provinceOn } from '../../data/lookup.js';
import { defineRule, finding } from '../rule.js';
import { checkUnderParent, UNDER_PARENT_MESSAGES, type UnderParentFinding } from '../under-parent.js';
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
    messages: {
      ...UNDER_PARENT_MESSAGES,
      'service-unit-level-3': {
        severity: 'warning',
        vi: 'Tên miền cấp 3 dưới .gov.vn dành cho bộ, cơ quan trung ương và tỉnh; đơn vị sự nghiệp công lập nên dùng tên dưới tên cơ quan chủ quản: {expected}.',
        en: 'Level-3 names under gov.vn are for ministries, central agencies and provinces; a public service unit should use a name under its parent\u2019s: {expected}.',
      },
      'service-unit-other-parent': {
        severity: 'info',
        vi: 'Không nghị định nào quy định dạng tên miền cho đơn vị sự nghiệp công lập; tên miền dưới "{label}" được chấp nhận (dạng tên dưới cơ quan chủ quản là {expected}).',
        en: 'No decree sets a format for a public service unit\u2019s name; a name under "{label}" is accepted (the form under its parent\u2019s name is {expected}).',
      },
    },
  },
  check(facts) {
    const { entity, asOf, host } = facts;
    if (!entity || entity.branch) return [];
    // Without a province only the level can be judged: level 3 is for ministries and provinces.
    if (!entity.province) return host && host.rest.length < 2 ? checkUnderParent(facts, { parentLabels: [], unitLabels: entity.abbreviations }) : [];
    const province = provinceOn(entity.province, asOf);
    // No decree names a service unit's label (RULES, How the rules apply): its place under the
    // province is checked, its label is its own choice ('tpc' for a trade promotion centre).
    const serviceUnit = entity.kind === 'public-service-unit';
    const unitLabels = serviceUnit ? [] : entity.abbreviations;
    const found = checkUnderParent(facts, { parentLabels: province.labels, unitLabels, fullNames: entity.fullNames, parentIsProvince: true });
    return serviceUnit ? found.map(asServiceUnit) : found;
  },
});

/**
 * No decree names a service unit's format (RULES, How the rules apply): a level-3 name is
 * only a warning, and a name under another body's (a national platform's) is another
 * .vn name, accepted with an info. Under another province's name it stays an error.
 */
function asServiceUnit(f: UnderParentFinding) {
  if (f.messageId === 'wrong-level') return finding('service-unit-level-3', { expected: f.data.expected });
  if (f.messageId === 'wrong-parent') return finding('service-unit-other-parent', { label: f.data.label, expected: f.data.expected });
  return f;
}
