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
  vi: '"{label}" không phải tên viết tắt mà thư viện biết cho cơ quan này (ví dụ "{want}"); cần đối chiếu với tên cơ quan.',
  en: '"{label}" is not an abbreviation the library knows for this agency (expected e.g. "{want}"); check it against the agency\u2019s name.',
  extra: ['expected'],
} as const;

export const FULL_NAME_BEFORE_224 = {
  severity: 'warning',
  vi: '"{label}" là tên đầy đủ của cơ quan; tên đầy đủ chỉ được dùng từ Nghị định 224/2026 (01/7/2026); trước đó dùng tên viết tắt (ví dụ "{want}"): {expected}.',
  en: '"{label}" is the agency\u2019s full name; full names are allowed from Decree 224/2026 (2026-07-01); before it, its abbreviation (e.g. "{want}"): {expected}.',
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
