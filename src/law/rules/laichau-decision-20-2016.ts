import { isValidOn } from '../../data/lookup.js';
import { provinceOn } from '../../data/lookup.js';
import { defineRule, finding, type Finding } from '../rule.js';

const LAI_CHAU = '12';

/**
 * Lai Châu's Decision 20/2016, as its 2020 inspection applied it: the province's
 * specialised agencies and the People's Committees of its districts and its city
 * use at least level-4 names `<name>.laichau.gov.vn`, and each name must also be
 * licensed with the province (which a name alone cannot show).
 */
export const laichauDecision = defineRule({
  id: 'laichau-decision-20-2016',
  title: {
    vi: 'Tỉnh Lai Châu: cơ quan chuyên môn, UBND huyện, thành phố dùng tên miền <tên>.laichau.gov.vn và làm thủ tục cấp phép',
    en: 'Lai Chau: its agencies, districts and city use <name>.laichau.gov.vn and license the name',
  },
  appliesTo: ['province-agency', 'district', 'education-authority'],
  basis: { instrument: 'laichau-decision-20-2016', ref: {} },
  messages: { 'not-under-laichau': 'error', licensing: 'info' },
  from: '2016-07-16',
  check({ host, entity, asOf }): Finding[] {
    if (!host || !entity?.province || entity.branch) return [];
    if (provinceOn(entity.province, asOf).code !== LAI_CHAU) return [];
    const k = entity.kind;
    const covered = k === 'province-agency' || k === 'district' || (k === 'education-authority' && host.zone === 'gov.vn');
    // A district after 2025-07-01 no longer exists: the unit-validity rule says so.
    if (!covered || (entity.district && !isValidOn(entity.district, asOf))) return [];
    const out: Finding[] = [];
    const ok = host.zone === 'gov.vn' && host.rest.length >= 2 && host.rest[host.rest.length - 1] === 'laichau';
    if (!ok) out.push(finding('not-under-laichau', { hostname: host.hostname, got: host.level }));
    out.push(finding('licensing', {}));
    return out;
  },
});
