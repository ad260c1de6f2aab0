import { communesByLabel, districtsByLabel, historyLoaded, isValidOn, type District, type Province } from '../../data/lookup.js';
import { provinceOn } from '../../data/lookup.js';
import { fullNameLabel, levelWithoutProvince, provinceParent } from '../locality.js';
import { defineRule, finding } from '../rule.js';
import { NOT_FULL_NAME, UNIT_TYPE_PREFIX, WRONG_LEVEL, WRONG_PARENT, WRONG_PROVINCE } from '../shared-messages.js';

/** A district of the province on the date whose label this is. */
function districtWithLabel(province: Province, label: string, asOf: string): District | undefined {
  return districtsByLabel(province.id, label).find((d) => isValidOn(d, asOf));
}

/**
 * Communes, wards and special zones. Decree 224/2026 gives them a format:
 * `tenphuongxa.tentinhthanh.gov.vn`, level 4, the full name without diacritics.
 * Before it no national format existed: a name under the province (level 4) or,
 * before 2025-07-01, under the district (level 5) is accepted with a note, and a
 * level-3 name is not (level 3 is for ministries and provinces). Before 2025-07-01
 * a commune never takes a district's name at level 4, where that district's
 * portal is: a town named like its district (thị trấn Tân Uyên) goes under it.
 * Applying point (c) to special zones, which it does not name, is the library's
 * reading that a special zone is a commune-level unit.
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
      'district-name': {
        severity: 'error',
        vi: '"{label}.{province}.gov.vn" là tên miền của {district}; cấp xã không dùng tên của huyện: {expected}.',
        en: '"{label}.{province}.gov.vn" is the name of {district}; a commune does not take its district\u2019s name: {expected}.',
      },
      'special-zone-reading': {
        severity: 'info',
        vi: 'Nghị định 224/2026 không nêu đặc khu; govvn coi đặc khu là đơn vị cấp xã và áp dụng điểm c; đây là cách hiểu của govvn, không phải quy định.',
        en: 'Decree 224/2026 does not name special zones; govvn reads a special zone as a commune-level unit and applies point (c); this is govvn\u2019s reading, not the decree\u2019s words.',
      },
      'shared-label': {
        severity: 'warning',
        vi: 'Một xã khác của tỉnh có cùng tên không dấu ("{label}"); cả hai đều có thể dùng.',
        en: 'Another commune of the province has the same name without diacritics ("{label}"); both may use it.',
      },
      'history-not-loaded': {
        severity: 'info',
        vi: 'Chưa nạp dữ liệu xã trước ngày 01/7/2025 (import "govvn/history"): chưa kiểm tra được {name} có tồn tại vào ngày xét hay không.',
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
    // Before 2025-07-01 a commune named like a district of its province goes under its district.
    const clash = !newMap && own.length > 0 ? districtWithLabel(province, want, asOf) : undefined;
    const districtLabel = entity.district?.labels[0] ?? clash?.labels[0];
    const expected = clash && districtLabel ? `${want}.${districtLabel}.${provinceLabel}.gov.vn` : `${want}.${provinceLabel}.gov.vn`;
    const out = [];
    const strict = decree === 'decree-224-2026';
    const rest = host.rest;
    const districtLabels = entity.district && !newMap ? entity.district.labels : [];
    const underDistrict = rest.length === 3 && districtLabels.includes(rest[1]!);
    const taken = !newMap && rest.length === 2 && province.labels.includes(rest[1]!) ? districtWithLabel(province, rest[0]!, asOf) : undefined;
    if (taken) {
      out.push(finding('district-name', { label: rest[0]!, province: rest[1]!, district: taken.fullName, expected }));
    } else {
      const levelOk = rest.length === 2 || (!strict && underDistrict);
      if (!levelOk) out.push(finding('wrong-level', { want: 4, got: host.level, expected }));
      out.push(...provinceParent(host, province, expected));
      const named = fullNameLabel(host, own, province, expected);
      out.push(...named);
      const label = rest[0];
      const shared = label !== undefined && own.length > 0 && named.length === 0 && communesByLabel(province.id, label).some((c) => c.id !== entity.commune!.id && c.to === entity.commune!.to);
      if (shared) out.push(finding('shared-label', { label }));
    }
    const exists = !entity.commune || isValidOn(entity.commune, asOf) || (!newMap && !historyLoaded());
    // "Accepted" only of a name no error is found in.
    const wrong = out.some((f) => f.messageId !== 'shared-label');
    if (!strict && exists && !wrong) out.unshift(finding('no-national-format', { expected }));
    if (!newMap && !historyLoaded()) out.push(finding('history-not-loaded', { name: entity.name }, { basis: null }));
    if (strict && entity.commune?.type === 'dac-khu') out.push(finding('special-zone-reading', {}));
    return out;
  },
});
