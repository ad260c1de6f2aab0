import { provinceOn } from '../../data/lookup.js';
import type { EntityFacts } from '../facts.js';
import { defineRule, finding } from '../rule.js';

/**
 * Education: schools use a name under `.edu.vn`; a provincial Department of
 * Education uses `tentinh.edu.vn` (or its agency name under gov.vn, which the
 * provincial-agency rule judges); a district office, before districts were
 * abolished, `tenhuyen.edu.vn` or `tenhuyen-tentinh.edu.vn`.
 */
export const educationDomain = defineRule({
  meta: {
    id: 'education-domain',
    title: {
      vi: 'Cơ sở giáo dục và cơ quan quản lý giáo dục dùng tên miền .edu.vn',
      en: 'Schools and education authorities use .edu.vn names',
    },
    appliesTo: ['school', 'education-authority'],
    basis: { instrument: 'circular-53-2012', ref: { article: 3 } },
    needsHost: true,
    docs: 'docs/rules/education-domain.md',
    messages: {
      'school-outside-edu-vn': {
        severity: 'error',
        vi: '{hostname} không nằm dưới .edu.vn, nơi các cơ sở giáo dục đăng ký tên miền.',
        en: '{hostname} is not under .edu.vn, where schools hold their names.',
      },
      'outside-edu-vn': {
        severity: 'error',
        vi: '{hostname} không nằm dưới .edu.vn; cơ quan quản lý giáo dục dùng {expected} (hoặc tên miền cơ quan dưới .gov.vn).',
        en: '{hostname} is not under .edu.vn; an education authority uses {expected} (or its agency name under .gov.vn).',
      },
      'unexpected-edu-label': {
        severity: 'warning',
        vi: '"{label}" không phải tên địa phương; phải là {expected}.',
        en: '"{label}" is not the locality\u2019s name; expected {expected}.',
      },
    },
    from: '2013-01-01',
  },
  check({ host, entity, asOf }) {
    if (!host || !entity) return [];
    // Both kinds belong under edu.vn, each with its own message.
    if (entity.kind === 'school') return host.zone === 'edu.vn' ? [] : [finding('school-outside-edu-vn', { hostname: host.hostname })];
    // An authority's gov.vn name is its agency name, which the agency formats judge.
    if (host.zone === 'gov.vn') return [];
    const wanted = localityLabels(entity, asOf);
    const expected = wanted[0] ? `${wanted[0]}.edu.vn` : '<tentinh>.edu.vn';
    if (host.zone !== 'edu.vn') return [finding('outside-edu-vn', { hostname: host.hostname, expected })];
    const rest = host.rest;
    if (wanted.length > 0 && !(rest.length === 1 && wanted.includes(rest[0]!))) {
      return [finding('unexpected-edu-label', { label: rest.join('.'), expected })];
    }
    return [];
  },
});

/** The labels an education authority's edu.vn name may carry: its district's (alone or with the province), else its province's. */
function localityLabels(entity: EntityFacts, asOf: string): string[] {
  const province = entity.province ? provinceOn(entity.province, asOf) : null;
  const wanted: string[] = [];
  if (entity.district) {
    for (const d of entity.district.labels) {
      wanted.push(d);
      if (province) wanted.push(`${d}-${province.labels[0]}`);
    }
  } else if (province) {
    wanted.push(...province.labels);
  }
  return wanted;
}
