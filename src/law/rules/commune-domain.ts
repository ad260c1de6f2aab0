import { communesByLabel, historyLoaded, isValidOn } from '../../data/lookup.js';
import { provinceOn } from '../../data/lookup.js';
import { fullNameLabel, levelWithoutProvince, provinceParent } from '../locality.js';
import { defineRule, finding } from '../rule.js';
import { NOT_FULL_NAME, UNIT_TYPE_PREFIX, WRONG_LEVEL, WRONG_PARENT, WRONG_PROVINCE } from '../shared-messages.js';

/**
 * Communes, wards and special zones. Decree 224/2026 gives them a format:
 * `tenphuongxa.tentinhthanh.gov.vn`, level 4, the full name without diacritics.
 * Before it no national format existed: a name under the province (level 4) or,
 * before 2025-07-01, under the district (level 5) is accepted with a note, and a
 * level-3 name is not (level 3 is for ministries and provinces).
 */
export const communeDomain = defineRule({
  meta: {
    id: 'commune-domain',
    title: {
      vi: 'UBND cấp xã dùng tên miền cấp 4 tenphuongxa.tentinhthanh.gov.vn (tên đầy đủ, không dấu)',
      en: 'Communes use a level-4 name tenphuongxa.tentinhthanh.gov.vn (full name, no diacritics)',
    },
    appliesTo: ['commune'],
    basis: {
      'decree-43-2011': { instrument: 'decree-43-2011', ref: { article: 6, clause: 1 } },
      'decree-42-2022': { instrument: 'decree-42-2022', ref: { article: 6 } },
      'decree-224-2026': { instrument: 'decree-224-2026', ref: { article: 11, clause: 4, point: 'c' } },
    },
    needsHost: true,
    docs: 'docs/rules/commune-domain.md',
    messages: {
      'no-national-format': {
        severity: 'info',
        vi: 'Vào ngày xét chưa có quy định chung về tên miền cấp xã; tên miền dưới tên tỉnh ({expected}) được chấp nhận.',
        en: 'No national format for communes was in force on this date; a name under the province ({expected}) is accepted.',
      },
      'wrong-level': WRONG_LEVEL,
      'wrong-province': WRONG_PROVINCE,
      'wrong-parent': WRONG_PARENT,
      'unit-type-prefix': UNIT_TYPE_PREFIX,
      'not-full-name': NOT_FULL_NAME,
      'shared-label': {
        severity: 'warning',
        vi: 'Một xã khác của tỉnh có cùng tên không dấu ("{label}"); cả hai đều có thể dùng.',
        en: 'Another commune of the province has the same name without diacritics ("{label}"); both may use it.',
      },
      'history-not-loaded': {
        severity: 'info',
        vi: 'Chưa nạp dữ liệu xã trước ngày 01/7/2025 (import "govvn/history"): chưa kiểm tra được {name} có tồn tại vào ngày xét.',
        en: 'Communes before 2025-07-01 are not loaded (import "govvn/history"): whether {name} existed on this date was not checked.',
      },
    },
  },
  check({ host, entity, asOf, decree, newMap }) {
    if (!host || host.zone !== 'gov.vn' || !entity) return [];
    if (!entity.province) return levelWithoutProvince(host, entity.commune?.labels[0] ?? '<tenphuongxa>');
    const province = provinceOn(entity.province, asOf);
    const provinceLabel = province.labels[0]!;
    const own = entity.commune?.labels ?? [];
    const want = own[0] ?? '<tenphuongxa>';
    const expected = `${want}.${provinceLabel}.gov.vn`;
    const out = [];
    const strict = decree === 'decree-224-2026';
    const exists = !entity.commune || isValidOn(entity.commune, asOf);
    if (!strict && exists) out.push(finding('no-national-format', { expected }));
    if (!newMap && !historyLoaded()) out.push(finding('history-not-loaded', { name: entity.name }, { basis: null }));
    const rest = host.rest;
    const districtLabels = entity.district && !newMap ? entity.district.labels : [];
    const underDistrict = rest.length === 3 && districtLabels.includes(rest[1]!);
    const levelOk = rest.length === 2 || (!strict && underDistrict);
    if (!levelOk) out.push(finding('wrong-level', { want: 4, got: host.level, expected }));
    out.push(...provinceParent(host, province, expected));
    const named = fullNameLabel(host, own, province, expected);
    out.push(...named);
    const label = rest[0];
    const shared = label !== undefined && own.length > 0 && named.length === 0 && communesByLabel(province.id, label).some((c) => c.id !== entity.commune!.id && c.to === entity.commune!.to);
    if (shared) out.push(finding('shared-label', { label }));
    return out;
  },
});
