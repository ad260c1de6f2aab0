import { agencyById, agencyExistsOn } from '../../data/agency-lookup.js';
import { allProvinces, communeById, districtsOf, isValidOn, provinceById } from '../../data/lookup.js';
import { defineRule, finding } from '../rule.js';

/**
 * A name is judged against the units that exist on the date: a province merged
 * away, a district after 2025-07-01, a commune merged into another, or a ministry
 * merged in 2025 is a unit that no longer exists; the finding names its successor.
 */
export const unitValidity = defineRule({
  meta: {
    id: 'unit-validity',
    title: {
      vi: 'Đơn vị phải còn tồn tại vào ngày xét',
      en: 'The unit must exist on the date judged',
    },
    appliesTo: ['province', 'district', 'commune', 'ministry', 'ministry-unit', 'education-authority'],
    basis: {
      'decree-43-2011': { instrument: 'decree-43-2011', ref: { article: 6, clause: 2 } },
      'decree-42-2022': { instrument: 'decree-42-2022', ref: { article: 6 } },
      'decree-224-2026': { instrument: 'decree-224-2026', ref: { article: 11, clause: 4 } },
    },
    needsHost: true,
    docs: 'docs/rules/unit-validity.md',
    messages: {
      'province-merged': {
        severity: 'error',
        vi: '{name} không còn tồn tại sau ngày {date}; đã hợp nhất vào {successor}.',
        en: '{name} ceased to exist after {date}; it was merged into {successor}.',
      },
      'province-renamed': {
        severity: 'error',
        vi: '{name} đã đổi tên sau ngày {date}: nay là {successor}.',
        en: '{name} was renamed after {date}: it is now {successor}.',
      },
      'district-abolished': {
        severity: 'error',
        vi: '{name} không còn tồn tại: đơn vị hành chính cấp huyện đã chấm dứt hoạt động từ ngày {date}.',
        en: '{name} no longer exists: districts were abolished on {date}.',
      },
      'district-merged': {
        severity: 'error',
        vi: '{name} không còn tồn tại sau ngày {date}; đã sắp xếp vào {successor}.',
        en: '{name} ceased to exist after {date}; it was merged into {successor}.',
      },
      'commune-merged': {
        severity: 'error',
        vi: '{name} không còn tồn tại sau ngày {date}; đã sắp xếp vào {successor}.',
        en: '{name} ceased to exist after {date}; it was merged into {successor}.',
      },
      'agency-merged': {
        severity: 'error',
        vi: '{name} không còn tồn tại sau ngày {date}; nhiệm vụ chuyển cho {successor}.',
        en: '{name} ceased to exist after {date}; its work passed to {successor}.',
      },
      'not-yet-existing': {
        severity: 'error',
        vi: '{name} chưa được thành lập vào ngày xét; đơn vị này có từ ngày {date}.',
        en: '{name} did not exist yet on this date; it was created on {date}.',
      },
    },
  },
  check({ entity, asOf, history, newMap }) {
    if (!entity) return [];
    const k = entity.kind;
    // A district's own bodies (its education office) went with it.
    if ((k === 'district' || k === 'education-authority') && entity.district && !isValidOn(entity.district, asOf)) {
      const d = entity.district;
      // A district merged before the 2025 abolition names the one that took its place, until the abolition.
      if (d.to !== null && d.to < '2025-06-30' && asOf > d.to && asOf < '2025-07-01') {
        const next = d.successorId ? districtsOf(d.provinceId).find((x) => x.id === d.successorId)?.fullName : undefined;
        return [finding('district-merged', { name: d.fullName, date: d.to, successor: next ?? '—' })];
      }
      return [finding('district-abolished', { name: d.fullName, date: '2025-07-01' })];
    }
    // Without govvn/history the communes before 2025-07-01 are unknown: their existence is not judged.
    if (k === 'commune' && entity.commune && !isValidOn(entity.commune, asOf) && (history || newMap)) {
      const c = entity.commune;
      if (c.from && asOf < c.from) return [finding('not-yet-existing', { name: c.fullName, date: c.from })];
      const next = (c.successorIds ?? []).map((id) => communeById(id)?.fullName).filter(Boolean).join(', ');
      return [finding('commune-merged', { name: c.fullName, date: c.to ?? '', successor: next || '—' })];
    }
    if (k === 'province' && entity.province && !isValidOn(entity.province, asOf)) {
      const p = entity.province;
      if (p.from && asOf < p.from) return [finding('not-yet-existing', { name: p.fullName, date: p.from })];
      const next = p.successorId ? provinceById(p.successorId) : undefined;
      // A merged province often kept one of its parts' codes (Bắc Giang's 24 is Bắc Ninh's
      // now): it is a rename only when no other province went into the successor.
      const renamed =
        next !== undefined && next.code === p.code && next.name !== p.name && allProvinces().every((q) => q === p || q.successorId !== next.id);
      return [finding(renamed ? 'province-renamed' : 'province-merged', { name: p.fullName, date: p.to ?? '', successor: next?.fullName ?? '—' })];
    }
    const agency = k === 'ministry' || k === 'ministry-unit' ? entity.self : null;
    if (agency && !agencyExistsOn(agency, asOf)) {
      if (agency.from && asOf < agency.from) return [finding('not-yet-existing', { name: agency.names[0]!, date: agency.from })];
      const next = agency.successor ? agencyById(agency.successor) : undefined;
      return [finding('agency-merged', { name: agency.names[0]!, date: agency.to ?? '', successor: next?.names[0] ?? '—' })];
    }
    return [];
  },
});
