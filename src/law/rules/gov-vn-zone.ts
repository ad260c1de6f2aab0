import { inForce } from '../instruments.js';
import { defineRule, finding } from '../rule.js';
import { GOV_KINDS } from './kinds.js';
import { decreeBasis } from '../bases.js';

/** The decrees' formats all end in `.gov.vn`: a state agency's name elsewhere does not follow them. */
export const govVnZone = defineRule({
  id: 'gov-vn-zone',
  title: {
    vi: 'Tên miền của cơ quan nhà nước nằm dưới .gov.vn',
    en: 'A state agency\u2019s name is under .gov.vn',
  },
  appliesTo: GOV_KINDS,
  basis: decreeBasis(),
  messages: { 'outside-gov-vn': 'error' },
  check({ host, entity, asOf }) {
    if (!host || !entity) return [];
    const education = entity.kind === 'education-authority' && !inForce('circular-53-2012', asOf);
    if (!GOV_KINDS.includes(entity.kind) && !education) return [];
    if (host.zone === 'gov.vn') return [];
    return [finding('outside-gov-vn', { hostname: host.hostname })];
  },
});
