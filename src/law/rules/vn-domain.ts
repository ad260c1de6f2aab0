import type { Basis, DatedBasis } from '../rule.js';
import { defineRule, finding } from '../rule.js';
import { STATE_KINDS } from './kinds.js';

/** Where the duty stood until 2024-12-24; after that, Decree 147/2024, whose article was not found. */
const DECREE_147: Basis = {
  instrument: 'decree-147-2024',
  ref: { readThrough: { vi: '(chưa xác định được điều khoản)', en: '(article not found)' } },
};

/**
 * The `.vn` duty moved: Circular 24/2015 Art. 7(3) until its repeal on 2018-04-15,
 * then Decree 72/2013 Art. 12(9) as amended by Decree 27/2018, then Decree 147/2024,
 * and from 2026-07-01 also Decree 224/2026 Art. 11(4) for state agencies.
 */
const VN_DUTY: readonly DatedBasis[] = [
  { from: '2015-10-10', basis: { instrument: 'circular-24-2015', ref: { article: 7, clause: 3 } } },
  { from: '2018-04-15', basis: { instrument: 'decree-72-2013', ref: { article: 12, clause: 9 } } },
  { from: '2024-12-25', basis: DECREE_147 },
  { from: '2026-07-01', basis: { instrument: 'decree-224-2026', ref: { article: 11, clause: 4 } } },
];

/** Every Party and State body's portal or website uses at least one `.vn` name. */
export const vnDomain = defineRule({
  meta: {
    id: 'vn-domain',
    title: {
      vi: 'Cổng/trang thông tin điện tử của cơ quan Đảng, Nhà nước phải dùng tên miền .vn',
      en: 'A Party or State body\u2019s portal or website must use a .vn name',
    },
    appliesTo: [...STATE_KINDS, 'party-body'],
    basis: VN_DUTY,
    needsHost: true,
    docs: 'docs/rules/vn-domain.md',
    messages: {
      'outside-vn': {
        severity: 'error',
        vi: '{hostname} không phải tên miền .vn; cổng/trang thông tin điện tử của cơ quan Đảng, Nhà nước phải dùng ít nhất một tên miền .vn.',
        en: '{hostname} is not a .vn name; a Party or State body\u2019s portal or website must use at least one .vn name.',
      },
    },
    from: '2015-10-10',
  },
  check({ host, entity, asOf }) {
    if (!host || host.zone !== 'foreign') return [];
    // Decree 224/2026 speaks of state agencies only: a Party body's duty stays in Decree 147/2024.
    const party = entity?.kind === 'party-body' && asOf >= '2026-07-01';
    return [finding('outside-vn', { hostname: host.hostname }, party ? { basis: DECREE_147 } : undefined)];
  },
});
