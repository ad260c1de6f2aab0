import type { Facts } from '../facts.js';
import { defineRule, finding } from '../rule.js';
import { decreeBasis } from '../bases.js';

/**
 * When the holder cannot be told: only ministries, central agencies and provinces
 * hold level-3 names, so an unknown level-3 name is a warning; an agency name the
 * library cannot read, or a unit it cannot find for the date, is said plainly.
 */
export const unknownHolder = defineRule({
  meta: {
    id: 'unknown-holder',
    title: {
      vi: 'Chủ thể của tên miền',
      en: 'Who holds the name',
    },
    appliesTo: 'any',
    basis: decreeBasis(),
    needsHost: true,
    docs: 'docs/rules/unknown-holder.md',
    messages: {
      'zone-itself': {
        severity: 'error',
        vi: '{zone} là vùng tên miền dùng chung, không phải tên miền của một cơ quan nào.',
        en: '{zone} is the shared zone itself, not any agency\u2019s name.',
      },
      'unknown-level-3': {
        severity: 'warning',
        vi: '"{label}.gov.vn" không phải tên của tỉnh hay cơ quan trung ương nào có trong danh mục; chỉ bộ, cơ quan trung ương và tỉnh dùng tên miền cấp 3.',
        en: '"{label}.gov.vn" is not the name of any province or central agency in the tables; only ministries, central agencies and provinces hold level-3 names.',
      },
      'agency-not-recognised': {
        severity: 'info',
        vi: 'Không xác định được loại của cơ quan "{name}"; chỉ áp dụng các quy định chung.',
        en: 'The agency "{name}" could not be classified; only the general rules were applied.',
      },
      'unit-not-found': {
        severity: 'warning',
        vi: 'Không tìm thấy {name} trong danh mục đơn vị hành chính vào ngày xét; chưa đối chiếu được tên.',
        en: '{name} was not found in the tables for this date; its name could not be checked against the official list.',
      },
      'province-not-found': {
        severity: 'warning',
        vi: 'Không tìm thấy tỉnh, thành phố "{name}" trong danh mục; thông tin này không được dùng.',
        en: 'The province "{name}" is not one the library knows; it was not used.',
      },
    },
  },
  check({ host, entity, holderGiven, unknownProvince, asOf }) {
    if (!host) return [];
    const out = [];
    if (unknownProvince !== null) out.push(finding('province-not-found', { name: unknownProvince }, { basis: null }));
    return [...out, ...holderFindings(host, entity, holderGiven, asOf)];
  },
});

function holderFindings(host: NonNullable<Facts['host']>, entity: Facts['entity'], holderGiven: boolean, asOf: string) {
  // gov.vn or edu.vn alone names no holder; an agency's own rule reports its wrong level.
  if (host.rest.length === 0 && (host.zone === 'gov.vn' || host.zone === 'edu.vn') && (!entity || entity.kind === 'other')) {
    // Circular 24/2015 Art. 5 makes them shared zones by field; before it, the decrees' formats.
    const shared = asOf >= '2015-10-10' ? { basis: { instrument: 'circular-24-2015', ref: { article: 5 } } as const } : undefined;
    return [finding('zone-itself', { zone: host.zone }, shared)];
  }
  if (!entity) {
    if (host.zone === 'gov.vn' && host.rest.length === 1) return [finding('unknown-level-3', { label: host.rest[0]! })];
    return [];
  }
  if (holderGiven && entity.kind === 'other' && !entity.massOrganisation) return [finding('agency-not-recognised', { name: entity.name }, { basis: null })];
  const full = entity.kind === 'province' || entity.kind === 'district' || entity.kind === 'commune';
  if (full && !entity.found) return [finding('unit-not-found', { name: entity.name || host.hostname }, { basis: null })];
  // A provincial branch (BHXH tỉnh …) whose province is in no table: its label went unchecked.
  if (entity.branch && !entity.province) return [finding('unit-not-found', { name: entity.name }, { basis: null })];
  return [];
}

