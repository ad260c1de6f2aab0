import { defineRule, finding } from '../rule.js';
import { STATE_KINDS } from './kinds.js';

/** Every state body's portal or website uses at least one `.vn` name. */
export const vnDomain = defineRule({
  meta: {
    id: 'vn-domain',
    title: {
      vi: 'Cổng/trang thông tin điện tử của cơ quan nhà nước phải dùng tên miền .vn',
      en: 'A state body\u2019s portal or website must use a .vn name',
    },
    appliesTo: STATE_KINDS,
    basis: { instrument: 'circular-24-2015', ref: { article: 7, clause: 3 } },
    needsHost: true,
    docs: 'docs/rules/vn-domain.md',
    messages: {
      'outside-vn': {
        severity: 'error',
        vi: '{hostname} không phải tên miền .vn; cổng/trang thông tin điện tử của cơ quan nhà nước phải dùng ít nhất một tên miền .vn.',
        en: '{hostname} is not a .vn name; a state body\u2019s portal or website must use at least one .vn name.',
      },
    },
    from: '2015-10-10',
  },
  check({ host }) {
    if (!host || host.zone !== 'foreign') return [];
    return [finding('outside-vn', { hostname: host.hostname })];
  },
});
