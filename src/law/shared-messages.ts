/**
 * Messages several rules say in the same words: the level, the parent and the
 * label of a name under gov.vn. Each rule lists the ones it uses beside its own.
 */

export const WRONG_LEVEL = {
  severity: 'error',
  vi: 'Tên miền đang ở cấp {got}; cơ quan này phải dùng tên miền cấp {want}: {expected}.',
  en: 'The name is at level {got}; this holder needs a level-{want} name: {expected}.',
} as const;

export const WRONG_PARENT = {
  severity: 'error',
  vi: 'Tên miền nằm dưới "{label}", không phải dưới tên của cơ quan cấp trên "{want}": phải là {expected}.',
  en: 'The name sits under "{label}", not under its parent "{want}": expected {expected}.',
} as const;

export const WRONG_PROVINCE = {
  severity: 'error',
  vi: '"{label}" là tên của tỉnh khác; phải là "{want}": {expected}.',
  en: '"{label}" is another province\u2019s name; expected "{want}": {expected}.',
} as const;

export const DEEPER_THAN_LEVEL_4 = {
  severity: 'warning',
  vi: 'Tên miền đang ở cấp {got}; Nghị định 224/2026 quy định tên miền cấp 4: {expected}.',
  en: 'The name is at level {got}; Decree 224/2026 gives this holder a level-4 name: {expected}.',
} as const;

export const UNRECOGNISED_ABBREVIATION = {
  severity: 'warning',
  vi: '"{label}" không khớp với tên viết tắt nào của cơ quan này (ví dụ "{want}"); cần đối chiếu với tên cơ quan.',
  en: '"{label}" does not match any abbreviation of this agency\u2019s name (e.g. "{want}"); check it against the name.',
  extra: ['expected'],
} as const;

export const FULL_NAME_BEFORE_224 = {
  severity: 'warning',
  vi: '"{label}" là tên đầy đủ của cơ quan; Nghị định 43/2011 quy định dùng tên viết tắt (ví dụ "{want}"): {expected}. Tên đầy đủ chỉ được phép dùng từ Nghị định 224/2026 (01/7/2026).',
  en: '"{label}" is the agency\u2019s full name; Decree 43/2011 asks for its abbreviation (e.g. "{want}"): {expected}. Full names are allowed only from Decree 224/2026 (2026-07-01).',
} as const;

/** Decree 42/2022's wording was not found: where 43/2011 and 224/2026 differ, only a note. */
export const FULL_NAME_UNVERIFIED = {
  severity: 'info',
  vi: '"{label}" là tên đầy đủ của cơ quan. Nghị định 43/2011 chỉ nêu tên viết tắt, Nghị định 224/2026 cho dùng cả tên đầy đủ; chưa đối chiếu được văn bản Nghị định 42/2022 đang có hiệu lực vào ngày xét. Tên viết tắt (ví dụ {expected}) hợp lệ theo cả hai nghị định.',
  en: '"{label}" is the agency\u2019s full name. Decree 43/2011 names only abbreviations, Decree 224/2026 allows full names too; the wording of Decree 42/2022, in force on this date, was not verified. An abbreviation (e.g. {expected}) is valid under both.',
  extra: ['want'],
} as const;

/** Courts and procuracies before Decree 224/2026: point (a) of 43/2011 does not name them. */
export const JUDICIAL_NO_FORMAT = {
  severity: 'info',
  vi: '{name} được dùng tên miền .gov.vn, nhưng Nghị định 43/2011 (và Nghị định 42/2022, theo cách hiểu của govvn) không quy định dạng tên miền cho tòa án, viện kiểm sát; dạng tên miền chưa được đánh giá.',
  en: '{name} may hold a .gov.vn name, but Decree 43/2011 (and Decree 42/2022, as govvn reads it) gives courts and procuracies no format; the form of the name was not judged.',
} as const;

export const UNIT_TYPE_PREFIX = {
  severity: 'error',
  vi: '"{label}" thêm từ chỉ loại đơn vị hoặc tên khác vào tên đầy đủ; nhãn phải là "{want}": {expected}.',
  en: '"{label}" adds a unit-type word or another name to the full name; the label must be "{want}": {expected}.',
} as const;

export const NOT_FULL_NAME = {
  severity: 'error',
  vi: '"{label}" không phải tên đầy đủ không dấu; nhãn phải là "{want}": {expected}.',
  en: '"{label}" is not the full name without diacritics; the label must be "{want}": {expected}.',
} as const;

/** The label messages of the rules that want a unit's full name (province, district, commune). */
export const FULL_NAME_MESSAGES = {
  'wrong-level': WRONG_LEVEL,
  'wrong-province': WRONG_PROVINCE,
  'unit-type-prefix': UNIT_TYPE_PREFIX,
  'not-full-name': NOT_FULL_NAME,
} as const;
