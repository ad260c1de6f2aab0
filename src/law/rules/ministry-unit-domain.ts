import { parentOn } from '../../data/agency-lookup.js';
import { defineRule, finding } from '../rule.js';
import { checkUnderParent, UNDER_PARENT_MESSAGES } from '../under-parent.js';
import { decreeBasis } from '../bases.js';

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
      'parent-unknown': {
        severity: 'info',
        vi: 'Thư viện không biết bộ chủ quản của {name}: chưa kiểm tra được nhãn của cơ quan cấp trên.',
        en: 'The ministry governing {name} is not known to the library: its parent label could not be checked.',
      },
    },
  },
  check(facts) {
    const { host, entity, asOf } = facts;
    if (!host || host.zone !== 'gov.vn' || !entity || entity.branch) return [];
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
      return [finding('own-level-3-name', { label: host.rest[0]!, expected: `${own[0]}.${ministry.labels[0]}.gov.vn`, parent: ministry.names[0]! })];
    }
    // A unit's own sub-units are judged under its own name (laichau.gdt.gov.vn).
    if (entity.self && parentOn(entity.self, asOf) && own.includes(host.rest[host.rest.length - 1]!)) return [];
    return checkUnderParent(facts, { parentLabels: ministry.labels, unitLabels, fullNames: entity.fullNames });
  },
});
