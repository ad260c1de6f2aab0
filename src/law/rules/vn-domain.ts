import { defineRule, finding } from '../rule.js';
import { isStateBody } from './kinds.js';

/** Every state body's portal or website uses at least one `.vn` name. */
export const vnDomain = defineRule({
  id: 'vn-domain',
  title: {
    vi: 'Cổng/trang thông tin điện tử của cơ quan nhà nước phải dùng tên miền .vn',
    en: 'A state body\u2019s portal or website must use a .vn name',
  },
  appliesTo: 'any',
  basis: { instrument: 'circular-24-2015', ref: { article: 7, clause: 3 } },
  messages: { 'outside-vn': 'error' },
  from: '2015-10-10',
  check({ host, entity }) {
    if (!host || !entity || !isStateBody(entity.kind)) return [];
    if (host.zone !== 'foreign') return [];
    return [finding('outside-vn', { hostname: host.hostname })];
  },
});
