import { defineRule, finding } from '../rule.js';

/** Only state agencies and their units may hold a name under gov.vn; Party bodies use dcs.vn. */
export const govVnEligibility = defineRule({
  meta: {
    id: 'gov-vn-eligibility',
    title: {
      vi: 'Chỉ cơ quan nhà nước được dùng tên miền .gov.vn',
      en: 'Only state agencies may hold a .gov.vn name',
    },
    appliesTo: ['party-body'],
    basis: { instrument: 'circular-24-2015', ref: { article: 13, clause: 1 } },
    needsHost: true,
    docs: 'docs/rules/gov-vn-eligibility.md',
    messages: {
      'party-body-on-gov-vn': {
        severity: 'error',
        vi: 'Tổ chức Đảng không được dùng tên miền .gov.vn, vốn chỉ dành cho cơ quan nhà nước (tổ chức Đảng dùng dcs.vn hoặc dangcongsan.vn).',
        en: 'A Party body may not hold a name under .gov.vn, which is for state agencies only (Party bodies use dcs.vn or dangcongsan.vn).',
        extra: ['hostname'],
      },
    },
    from: '2015-10-10',
  },
  check({ host, entity }) {
    if (!host || host.zone !== 'gov.vn') return [];
    return [finding('party-body-on-gov-vn', { hostname: host.hostname })];
  },
});
