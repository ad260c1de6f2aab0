import { defineRule, finding } from '../rule.js';

/**
 * Only state agencies and units inside them may hold a name under gov.vn
 * (Circular 24/2015 Art. 13(1)): not Party bodies, nor the Fatherland Front, the
 * socio-political organisations and associations. Which names Party bodies use
 * instead (dcs.vn, dangcongsan.vn, org.vn) is practice, not a rule.
 */
export const govVnEligibility = defineRule({
  meta: {
    id: 'gov-vn-eligibility',
    title: {
      vi: 'Chỉ cơ quan nhà nước được dùng tên miền .gov.vn',
      en: 'Only state agencies may hold a .gov.vn name',
    },
    // A mass organisation's kind is `other`: the check looks at what is known of it.
    appliesTo: ['party-body', 'other'],
    basis: { instrument: 'circular-24-2015', ref: { article: 13, clause: 1 } },
    needsHost: true,
    docs: 'docs/rules/gov-vn-eligibility.md',
    messages: {
      'party-body-on-gov-vn': {
        severity: 'error',
        vi: 'Tổ chức Đảng không được dùng tên miền .gov.vn, vốn chỉ dành cho cơ quan nhà nước; trên thực tế, tổ chức Đảng thường dùng tên miền dưới dcs.vn hoặc dangcongsan.vn.',
        en: 'A Party body may not hold a name under .gov.vn, which is for state agencies only; in practice Party bodies usually use a name under dcs.vn or dangcongsan.vn.',
        extra: ['hostname'],
      },
      'organisation-on-gov-vn': {
        severity: 'error',
        vi: '{name} không phải cơ quan nhà nước (Mặt trận Tổ quốc, tổ chức chính trị - xã hội, hội): không được dùng tên miền .gov.vn.',
        en: '{name} is not a state agency (the Fatherland Front, a socio-political organisation or an association): it may not hold a name under .gov.vn.',
        extra: ['hostname'],
      },
    },
    from: '2015-10-10',
  },
  check({ host, entity }) {
    if (!host || host.zone !== 'gov.vn' || !entity) return [];
    if (entity.kind === 'party-body') return [finding('party-body-on-gov-vn', { hostname: host.hostname })];
    if (entity.massOrganisation) return [finding('organisation-on-gov-vn', { hostname: host.hostname, name: entity.name })];
    return [];
  },
});
