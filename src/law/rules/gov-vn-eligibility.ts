import { defineRule, finding } from '../rule.js';

/** Only state agencies and their units may hold a name under gov.vn; Party bodies use dcs.vn. */
export const govVnEligibility = defineRule({
  id: 'gov-vn-eligibility',
  title: {
    vi: 'Chỉ cơ quan nhà nước được dùng tên miền .gov.vn',
    en: 'Only state agencies may hold a .gov.vn name',
  },
  appliesTo: ['party-body'],
  basis: { instrument: 'circular-24-2015', ref: { article: 13, clause: 1 } },
  messages: { 'party-body-on-gov-vn': 'error' },
  from: '2015-10-10',
  check({ host, entity }) {
    if (!host || entity?.kind !== 'party-body' || host.zone !== 'gov.vn') return [];
    return [finding('party-body-on-gov-vn', { hostname: host.hostname })];
  },
});
