import { provinceOn } from '../../data/lookup.js';
import { foldKey } from '../../vi/fold.js';
import type { EntityFacts } from '../facts.js';
import { defineRule, finding, type DatedBasis } from '../rule.js';

/** Circular 37/2020 replaced 53/2012 on about this day (a date not verified). */
const CIRCULAR_37 = '2020-11-20';

const BASES: readonly DatedBasis[] = [
  { from: '2013-02-04', basis: { instrument: 'circular-53-2012', ref: { article: 3 } } },
  { from: CIRCULAR_37, basis: { instrument: 'circular-37-2020', ref: { article: 3, clause: 1, point: 'b' } } },
];

/** Universities, academies, conservatories and colleges: outside both circulars. */
const HIGHER = ['dai hoc', 'truong dai hoc', 'hoc vien', 'nhac vien', 'truong cao dang', 'cao dang'];

function isHigherEducation(e: EntityFacts): boolean {
  const key = foldKey(e.body ?? e.name);
  return HIGHER.some((h) => key === h || key.startsWith(`${h} `));
}

/**
 * Education: Circular 53/2012 put education authorities and schools (preschools,
 * general and continuing education, not universities) under `.edu.vn`, a
 * Department of Education on `tentinh.edu.vn`, a district office on
 * `tenhuyen.edu.vn` or `tenhuyen-tentinh.edu.vn`. Circular 37/2020 makes `.edu.vn`
 * depend on specific conditions and drops those patterns: from it a name outside
 * `.edu.vn` is a warning, and the label is not checked.
 */
export const educationDomain = defineRule({
  meta: {
    id: 'education-domain',
    title: {
      vi: 'Cơ sở giáo dục và cơ quan quản lý giáo dục dùng tên miền .edu.vn',
      en: 'Schools and education authorities use .edu.vn names',
    },
    appliesTo: ['school', 'education-authority'],
    basis: BASES,
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
      'edu-vn-conditional': {
        severity: 'warning',
        vi: '{hostname} không nằm dưới .edu.vn; từ Thông tư 37/2020, cơ sở giáo dục và cơ quan quản lý giáo dục dùng .edu.vn tùy điều kiện cụ thể, nên đây chỉ là khuyến nghị.',
        en: '{hostname} is not under .edu.vn; since Circular 37/2020 schools and education authorities use .edu.vn depending on specific conditions, so this is a recommendation only.',
      },
      'higher-education-elsewhere': {
        severity: 'info',
        vi: 'Trường đại học, học viện, trường cao đẳng không thuộc phạm vi các thông tư về tên miền .edu.vn; tên miền .vn {hostname} được chấp nhận.',
        en: 'Universities, academies and colleges are outside the circulars on .edu.vn names; the .vn name {hostname} is accepted.',
      },
      'unexpected-edu-label': {
        severity: 'warning',
        vi: '"{label}" không phải tên địa phương; phải là {expected}.',
        en: '"{label}" is not the locality\u2019s name; expected {expected}.',
      },
    },
    from: '2013-02-04',
  },
  check({ host, entity, asOf }) {
    if (!host || !entity) return [];
    const conditional = asOf >= CIRCULAR_37;
    if (entity.kind === 'school') {
      if (host.zone === 'edu.vn') return [];
      if (isHigherEducation(entity)) {
        // Under a parent's name on gov.vn it is compliant; outside .vn the .vn duty speaks.
        return host.zone === 'vn' ? [finding('higher-education-elsewhere', { hostname: host.hostname })] : [];
      }
      return [finding(conditional ? 'edu-vn-conditional' : 'school-outside-edu-vn', { hostname: host.hostname })];
    }
    // An authority's gov.vn name is its agency name, which the agency formats judge.
    if (host.zone === 'gov.vn') return [];
    const wanted = localityLabels(entity, asOf);
    const expected = wanted[0] ? `${wanted[0]}.edu.vn` : '<tentinh>.edu.vn';
    if (host.zone !== 'edu.vn') {
      return [conditional ? finding('edu-vn-conditional', { hostname: host.hostname }) : finding('outside-edu-vn', { hostname: host.hostname, expected })];
    }
    // Circular 37/2020 names no pattern for the label.
    if (conditional) return [];
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
