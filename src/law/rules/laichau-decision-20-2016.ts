import { isValidOn, provinceOn } from '../../data/lookup.js';
import { defineRule, finding } from '../rule.js';

const LAI_CHAU = '12';

/**
 * Lai Châu's Decision 20/2016, as its 2020 inspection applied it: the province's
 * specialised agencies and the People's Committees of its districts and its city
 * use at least level-4 names `<name>.laichau.gov.vn`, and each name must also be
 * licensed with the province (which a name alone cannot show).
 */
export const laichauDecision = defineRule({
  meta: {
    id: 'laichau-decision-20-2016',
    title: {
      vi: 'Tỉnh Lai Châu: cơ quan chuyên môn, UBND huyện, thành phố dùng tên miền <tên>.laichau.gov.vn và làm thủ tục cấp phép',
      en: 'Lai Chau: its agencies, districts and city use <name>.laichau.gov.vn and license the name',
    },
    // The inspection judged no education authority's edu.vn name, only gov.vn ones.
    appliesTo: ['province-agency', 'district', { kind: 'education-authority', zone: 'gov.vn' }],
    // Its body was not found: it is cited as the 2020 inspection applied it.
    basis: {
      instrument: 'laichau-decision-20-2016',
      ref: { readThrough: { vi: 'theo Kết luận thanh tra ngày 25/6/2020', en: 'as applied by the inspection of 2020-06-25' } },
    },
    needsHost: true,
    docs: 'docs/rules/laichau-decision-20-2016.md',
    messages: {
      'not-under-laichau': {
        severity: 'error',
        vi: 'Tỉnh Lai Châu yêu cầu cơ quan chuyên môn, UBND các huyện, thành phố dùng tên miền từ cấp 4 trở lên dưới laichau.gov.vn; {hostname} không đáp ứng.',
        en: 'Lai Chau requires its agencies, districts and city to use a name of at least level 4 under laichau.gov.vn; {hostname} is not one.',
        extra: ['got'],
      },
      licensing: {
        severity: 'info',
        vi: 'Tỉnh Lai Châu còn yêu cầu làm thủ tục cấp phép tên miền với tỉnh; chỉ xem tên miền thì không biết được việc này.',
        en: 'Lai Chau also requires each name to be licensed with the province; a name alone cannot show it.',
      },
    },
    from: '2016-07-16',
  },
  check({ host, entity, asOf }) {
    if (!host || !entity?.province || entity.branch) return [];
    if (provinceOn(entity.province, asOf).code !== LAI_CHAU) return [];
    // A district after 2025-07-01 no longer exists: the unit-validity rule says so.
    if (entity.district && !isValidOn(entity.district, asOf)) return [];
    const out = [];
    const ok = host.zone === 'gov.vn' && host.rest.length >= 2 && host.rest[host.rest.length - 1] === 'laichau';
    if (!ok) out.push(finding('not-under-laichau', { hostname: host.hostname, got: host.level }));
    out.push(finding('licensing', {}));
    return out;
  },
});
