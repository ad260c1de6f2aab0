import { parentOn } from '../../data/agency-lookup.js';
import { defineRule, finding, type Finding } from '../rule.js';
import { checkUnderParent, UNDER_PARENT_MESSAGES } from '../under-parent.js';
import { decreeBasis } from '../bases.js';

/**
 * Units of ministries (and their public-service units): `tendonvi.tenbonganh.gov.vn`,
 * at least level 4 (exactly 4 from Decree 224/2026). A unit that already holds a
 * level-3 name of its own keeps it with a warning: Art. 6(2) leaves the change to
 * the governing agency, with no deadline.
 */
export const ministryUnitDomain = defineRule({
  id: 'ministry-unit-domain',
  title: {
    vi: 'Đơn vị thuộc bộ dùng tên miền cấp 4 tendonvi.tenbonganh.gov.vn',
    en: 'Units of ministries use a level-4 name tendonvi.tenbonganh.gov.vn',
  },
  appliesTo: ['ministry-unit', 'public-service-unit'],
  basis: decreeBasis('a'),
  messages: { ...UNDER_PARENT_MESSAGES, 'own-level-3-name': 'warning', 'parent-unknown': 'info' },
  check(facts) {
    const { host, entity, asOf } = facts;
    if (!host || host.zone !== 'gov.vn' || !entity || entity.branch) return [];
    if (entity.kind !== 'ministry-unit' && !(entity.kind === 'public-service-unit' && entity.central)) return [];
    const ministry = entity.central;
    const own = entity.self?.labels ?? [];
    const unitLabels = [...own, ...entity.abbreviations];
    if (!ministry) {
      // A unit whose ministry we cannot tell: only its level can be judged.
      if (host.rest.length === 1 && own.includes(host.rest[0]!)) return [];
      if (host.rest.length < 2) return [finding('wrong-level', { want: 4, got: host.level, expected: '<tendonvi>.<tenbonganh>.gov.vn' })];
      return [finding('parent-unknown', { name: entity.name })];
    }
    if (host.rest.length === 1 && own.includes(host.rest[0]!)) {
      const out: Finding[] = [
        finding('own-level-3-name', { label: host.rest[0]!, expected: `${own[0]}.${ministry.labels[0]}.gov.vn`, parent: ministry.names[0]! }),
      ];
      return out;
    }
    // A unit's own sub-units are judged under its own name (laichau.gdt.gov.vn).
    if (entity.self && parentOn(entity.self, asOf) && own.includes(host.rest[host.rest.length - 1]!)) return [];
    return checkUnderParent(facts, { parentLabels: ministry.labels, unitLabels, fullNames: entity.fullNames });
  },
});
