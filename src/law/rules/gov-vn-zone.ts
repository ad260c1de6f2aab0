import { defineRule, finding } from '../rule.js';
import { GOV_KINDS } from './kinds.js';
import { decreeBasis } from '../bases.js';

/**
 * The decrees' formats all end in `.gov.vn`: a state agency's name elsewhere does
 * not follow them. A public-service unit (a hospital, a centre) is named by no
 * format: another `.vn` name of its own is compliant, with a note.
 */
export const govVnZone = defineRule({
  meta: {
    id: 'gov-vn-zone',
    title: {
      vi: 'Tên miền của cơ quan nhà nước nằm dưới .gov.vn',
      en: 'A state agency\u2019s name is under .gov.vn',
    },
    // Before Circular 53/2012 (in force from about 2013-02-04) gave education
    // authorities edu.vn, their names too were the decrees' gov.vn ones.
    appliesTo: [...GOV_KINDS, 'public-service-unit', { kind: 'education-authority', to: '2013-02-03' }],
    basis: decreeBasis(),
    needsHost: true,
    docs: 'docs/rules/gov-vn-zone.md',
    messages: {
      'outside-gov-vn': {
        severity: 'error',
        vi: '{hostname} không nằm dưới .gov.vn như quy định cho loại cơ quan này.',
        en: '{hostname} is not under .gov.vn, where the format for this kind of agency puts it.',
      },
      'service-unit-own-name': {
        severity: 'info',
        vi: 'Nghị định không quy định dạng tên miền cho đơn vị sự nghiệp công lập; tên miền .vn riêng {hostname} được chấp nhận (tên miền dưới tên cơ quan chủ quản trên .gov.vn cũng hợp lệ).',
        en: 'No decree gives public-service units a format; a .vn name of their own such as {hostname} is accepted (a name under the parent\u2019s on .gov.vn is too).',
      },
    },
  },
  check({ host, entity }) {
    if (!host || host.zone === 'gov.vn') return [];
    if (entity?.kind === 'public-service-unit') {
      // Outside .vn the .vn duty speaks (vn-domain).
      return host.zone === 'foreign' ? [] : [finding('service-unit-own-name', { hostname: host.hostname })];
    }
    return [finding('outside-gov-vn', { hostname: host.hostname })];
  },
});
