import { defineRule, finding } from '../rule.js';
import { isJudicial } from '../judicial.js';
import { FULL_NAME_BEFORE_224, FULL_NAME_UNVERIFIED, JUDICIAL_NO_FORMAT, UNRECOGNISED_ABBREVIATION, WRONG_LEVEL } from '../shared-messages.js';
import { decreeBasis } from '../bases.js';

/**
 * Ministries, ministerial-level and government agencies: `tenbonganh.gov.vn`, level 3,
 * their abbreviation (Vietnamese or the English one); from Decree 224/2026 also
 * their full name.
 */
export const ministryDomain = defineRule({
  meta: {
    id: 'ministry-domain',
    title: {
      vi: 'Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ dùng tên miền cấp 3 tenbonganh.gov.vn',
      en: 'Ministries and government agencies use a level-3 name tenbonganh.gov.vn',
    },
    appliesTo: ['ministry'],
    basis: decreeBasis('a'),
    needsHost: true,
    docs: 'docs/rules/ministry-domain.md',
    messages: {
      'wrong-level': WRONG_LEVEL,
      // The decrees take English abbreviations from the Ministry of Foreign Affairs (Circular 03/2009/TT-BNG).
      'unrecognised-abbreviation': {
        ...UNRECOGNISED_ABBREVIATION,
        vi: '"{label}" không khớp với tên viết tắt nào của cơ quan này (ví dụ "{want}"); tên viết tắt tiếng Việt không dấu, hoặc tên viết tắt tiếng Anh theo Thông tư 03/2009/TT-BNG của Bộ Ngoại giao: cần đối chiếu với tên cơ quan.',
        en: '"{label}" does not match any abbreviation of this agency\u2019s name (e.g. "{want}"); the label is its unaccented Vietnamese abbreviation or its English one as Circular 03/2009/TT-BNG of the Ministry of Foreign Affairs sets it: check it against the name.',
      },
      'full-name-before-224': FULL_NAME_BEFORE_224,
      'full-name-unverified': FULL_NAME_UNVERIFIED,
      'judicial-no-format': JUDICIAL_NO_FORMAT,
    },
  },
  check({ host, entity, decree }) {
    if (!host || host.zone !== 'gov.vn' || !entity) return [];
    // Point (a) names courts and procuracies only from Decree 224/2026 ("other central agencies").
    if (decree !== 'decree-224-2026' && isJudicial(entity)) return [finding('judicial-no-format', { name: entity.name })];
    const rest = host.portal ? host.rest.slice(1) : host.rest;
    const known = [...(entity.self?.labels ?? []), ...entity.abbreviations];
    const fullAllowed = decree === 'decree-224-2026';
    if (fullAllowed) known.push(...entity.fullNames);
    const want = known[0] ?? '<tenbonganh>';
    if (rest.length !== 1) return [finding('wrong-level', { want: 3, got: host.level, expected: `${want}.gov.vn` })];
    const label = rest[0]!;
    if (known.length === 0 || known.includes(label)) return [];
    if (entity.fullNames.includes(label)) {
      const id = decree === 'decree-42-2022' ? 'full-name-unverified' : 'full-name-before-224';
      return [finding(id, { label, want, expected: `${want}.gov.vn` })];
    }
    return [finding('unrecognised-abbreviation', { label, want, expected: `${want}.gov.vn` })];
  },
});
