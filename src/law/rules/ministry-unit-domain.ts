import { parentOn } from '../../data/agency-lookup.js';
import { defineRule, finding } from '../rule.js';
import { checkUnderParent, UNDER_PARENT_MESSAGES } from '../under-parent.js';
import { decreeBasis } from '../bases.js';
import { isJudicial } from '../judicial.js';
import { JUDICIAL_NO_FORMAT } from '../shared-messages.js';

/**
 * Units of ministries (and their public-service units): `tendonvi.tenbonganh.gov.vn`,
 * at least level 4 (exactly 4 from Decree 224/2026). A unit that already holds a
 * level-3 name of its own keeps it with a warning: Art. 6(2) leaves the change to
 * the governing agency, with no deadline.
 */
export const ministryUnitDomain = defineRule({
  meta: {
    id: 'ministry-unit-domain',
    title: {
      vi: 'Đơn vị thuộc bộ dùng tên miền cấp 4 tendonvi.tenbonganh.gov.vn',
      en: 'Units of ministries use a level-4 name tendonvi.tenbonganh.gov.vn',
    },
    // A service unit is a ministry's when a central agency governs it; else a province's.
    appliesTo: ['ministry-unit', { kind: 'public-service-unit', central: true }],
    basis: decreeBasis('a'),
    needsHost: true,
    docs: 'docs/rules/ministry-unit-domain.md',
    messages: {
      ...UNDER_PARENT_MESSAGES,
      'own-level-3-name': {
        severity: 'warning',
        vi: '"{label}.gov.vn" là tên miền cấp 3 riêng của đơn vị; nghị định yêu cầu tên miền dưới cơ quan cấp trên ({parent}): {expected}. Việc chuyển đổi do cơ quan chủ quản thực hiện, không có thời hạn.',
        en: '"{label}.gov.vn" is the unit\u2019s own level-3 name; the decrees ask for a name under its parent ({parent}): {expected}. The change is left to the governing agency, with no deadline.',
      },
      'own-level-3-name-policy': {
        severity: 'warning',
        vi: '"{label}.gov.vn" là tên miền cấp 3 riêng của đơn vị; Nghị định 224/2026 quy định tên miền cấp 4 dưới cơ quan cấp trên ({parent}): {expected}. Nghị định này không có điều khoản về thời hạn chuyển đổi; việc chỉ cảnh báo là cách xử lý của govvn, không phải quy định của pháp luật.',
        en: '"{label}.gov.vn" is the unit\u2019s own level-3 name; Decree 224/2026 gives it a level-4 name under its parent ({parent}): {expected}. That decree says nothing of a transition; reporting this as a warning, not an error, is govvn\u2019s policy, not the law.',
      },
      'judicial-no-format': JUDICIAL_NO_FORMAT,
      'parent-unknown': {
        severity: 'info',
        vi: 'Chưa xác định được bộ chủ quản của {name}, nên chưa kiểm tra được nhãn của cơ quan cấp trên.',
        en: 'The ministry that governs {name} is not known, so the label of its parent could not be checked.',
      },
    },
  },
  check(facts) {
    const { host, entity, asOf, decree } = facts;
    if (!host || host.zone !== 'gov.vn' || !entity || entity.branch) return [];
    if (decree !== 'decree-224-2026' && isJudicial(entity)) return [finding('judicial-no-format', { name: entity.name })];
    const ministry = entity.parent;
    const own = entity.self?.labels ?? [];
    const unitLabels = [...own, ...entity.abbreviations];
    if (!ministry) {
      // A unit whose ministry we cannot tell: only its level can be judged.
      if (host.rest.length === 1 && own.includes(host.rest[0]!)) return [];
      if (host.rest.length < 2) return [finding('wrong-level', { want: 4, got: host.level, expected: '<tendonvi>.<tenbonganh>.gov.vn' })];
      return [finding('parent-unknown', { name: entity.name })];
    }
    if (host.rest.length === 1 && own.includes(host.rest[0]!)) {
      // Art. 6(2) of 43/2011 left the change to the governing agency; 224/2026 has no counterpart.
      return [finding(decree === 'decree-224-2026' ? 'own-level-3-name-policy' : 'own-level-3-name', { label: host.rest[0]!, expected: `${own[0]}.${ministry.labels[0]}.gov.vn`, parent: ministry.names[0]! })];
    }
    // A unit's own sub-units are judged under its own name (laichau.gdt.gov.vn).
    if (entity.self && parentOn(entity.self, asOf) && own.includes(host.rest[host.rest.length - 1]!)) return [];
    return checkUnderParent(facts, { parentLabels: ministry.labels, unitLabels, fullNames: entity.fullNames });
  },
});
