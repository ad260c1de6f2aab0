import { defineRule, finding } from '../rule.js';
import { GOV_KINDS } from './kinds.js';
import { decreeBasis } from '../bases.js';

/** The decrees' formats all end in `.gov.vn`: a state agency's name elsewhere does not follow them. */
export const govVnZone = defineRule({
  meta: {
    id: 'gov-vn-zone',
    title: {
      vi: 'Tên miền của cơ quan nhà nước nằm dưới .gov.vn',
      en: 'A state agency\u2019s name is under .gov.vn',
    },
    // Before Circular 53/2012 (in force from 2013-01-01) gave education authorities
    // edu.vn, their names too were the decrees' gov.vn ones.
    appliesTo: [...GOV_KINDS, { kind: 'education-authority', to: '2012-12-31' }],
    basis: decreeBasis(),
    needsHost: true,
    docs: 'docs/rules/gov-vn-zone.md',
    messages: {
      'outside-gov-vn': {
        severity: 'error',
        vi: '{hostname} không nằm dưới .gov.vn như quy định cho loại cơ quan này.',
        en: '{hostname} is not under .gov.vn, where the format for this kind of agency puts it.',
      },
    },
  },
  check({ host }) {
    if (!host || host.zone === 'gov.vn') return [];
    return [finding('outside-gov-vn', { hostname: host.hostname })];
  },
});
