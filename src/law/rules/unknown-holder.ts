import type { Facts } from '../facts.js';
import { defineRule, finding, type Finding } from '../rule.js';
import { decreeBasis } from '../bases.js';

/**
 * When the holder cannot be told: only ministries, central agencies and provinces
 * hold level-3 names, so an unknown level-3 name is a warning; an agency name the
 * library cannot read, or a unit it cannot find for the date, is said plainly.
 */
export const unknownHolder = defineRule({
  id: 'unknown-holder',
  title: {
    vi: 'Chủ thể của tên miền',
    en: 'Who holds the name',
  },
  appliesTo: 'any',
  basis: decreeBasis(),
  messages: { 'unknown-level-3': 'warning', 'agency-not-recognised': 'info', 'unit-not-found': 'warning', 'province-not-found': 'warning' },
  check({ host, entity, context, unknownProvince }): Finding[] {
    if (!host) return [];
    const out: Finding[] = [];
    if (unknownProvince !== null) out.push(finding('province-not-found', { name: unknownProvince }, { basis: null }));
    return [...out, ...holderFindings(host, entity, context)];
  },
});

function holderFindings(host: NonNullable<Facts['host']>, entity: Facts['entity'], context: boolean): Finding[] {
  if (!entity) {
    if (host.zone === 'gov.vn' && host.rest.length === 1) return [finding('unknown-level-3', { label: host.rest[0]! })];
    return [];
  }
  if (context && entity.kind === 'other') return [finding('agency-not-recognised', { name: entity.name }, { basis: null })];
  const full = entity.kind === 'province' || entity.kind === 'district' || entity.kind === 'commune';
  if (full && !entity.found) return [finding('unit-not-found', { name: entity.name || host.hostname }, { basis: null })];
  // A provincial branch (BHXH tỉnh …) whose province is in no table: its label went unchecked.
  if (entity.branch && !entity.province) return [finding('unit-not-found', { name: entity.name }, { basis: null })];
  return [];
}

