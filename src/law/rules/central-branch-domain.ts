import { branchLabelsOf } from '../../data/agency-lookup.js';
import { provinceOn } from '../../data/lookup.js';
import { defineRule, finding } from '../rule.js';
import { checkUnderParent, UNDER_PARENT_MESSAGES } from '../under-parent.js';
import { decreeBasis } from '../bases.js';
import { isJudicial } from '../judicial.js';
import { JUDICIAL_NO_FORMAT } from '../shared-messages.js';

/**
 * A provincial branch of a central agency (BHXH tỉnh, Cục Thuế tỉnh) is a unit of
 * that agency: `<province>.<agency>.gov.vn` (laichau.baohiemxahoi.gov.vn).
 */
export const centralBranchDomain = defineRule({
  meta: {
    id: 'central-branch-domain',
    title: {
      vi: 'Cơ quan cấp tỉnh của cơ quan trung ương dùng tên miền tentinh.tencoquan.gov.vn',
      en: 'Provincial branches of central agencies use <province>.<agency>.gov.vn',
    },
    appliesTo: ['ministry-unit'],
    basis: decreeBasis('a'),
    needsHost: true,
    docs: 'docs/rules/central-branch-domain.md',
    messages: { ...UNDER_PARENT_MESSAGES, 'judicial-no-format': JUDICIAL_NO_FORMAT },
  },
  check(facts) {
    const { entity, asOf, host } = facts;
    if (!entity?.branch || !entity.parent) return [];
    if (facts.decree !== 'decree-224-2026' && isJudicial(entity)) return host?.zone === 'gov.vn' ? [finding('judicial-no-format', { name: entity.name })] : [];
    const province = entity.province ? provinceOn(entity.province, asOf) : null;
    return checkUnderParent(facts, {
      parentLabels: entity.parent.labels,
      unitLabels: province ? branchLabelsOf(entity.parent, province.code, province.labels) : [],
      unitIsProvince: true,
      ...(entity.subUnit ? { innerLabel: entity.subUnit } : {}),
    });
  },
});
