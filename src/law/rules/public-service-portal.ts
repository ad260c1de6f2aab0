import { defineRule, finding } from '../rule.js';

/**
 * Public-service portals of ministries and provinces: `dichvucong.<name>.gov.vn`
 * (Vietnamese) and `e-services.<name>.gov.vn` (English) are the holder's own.
 */
export const publicServicePortal = defineRule({
  meta: {
    id: 'public-service-portal',
    title: {
      vi: 'Cổng dịch vụ công của bộ, tỉnh: dichvucong.<tên>.gov.vn, e-services.<tên>.gov.vn',
      en: 'Public-service portals: dichvucong.<name>.gov.vn, e-services.<name>.gov.vn',
    },
    appliesTo: ['ministry', 'province', 'province-agency', 'ministry-unit'],
    basis: { instrument: 'circular-01-2018', ref: { article: 16, clause: 1 } },
    needsHost: true,
    docs: 'docs/rules/public-service-portal.md',
    messages: {
      portal: {
        severity: 'info',
        vi: 'Đây là cổng dịch vụ công ({prefix}.) của chủ thể tên miền {holder}.',
        en: 'This is a public-service portal ({prefix}.) of the holder of {holder}.',
      },
    },
    from: '2019-01-06',
  },
  check({ host }) {
    if (!host || host.zone !== 'gov.vn' || !host.portal) return [];
    return [finding('portal', { prefix: host.portal, holder: `${host.rest.slice(1).join('.')}.gov.vn` })];
  },
});
