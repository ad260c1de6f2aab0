/**
 * Why `govvn suggest` has no name to give, and what to add: the holder the
 * library read from the agency's name says which piece is missing (its kind,
 * its province) or that no gov.vn name is open to it.
 */
import { ENTITY_KINDS, validate } from '../index.js';
import type { EntityKind, Lang } from '../result.js';

/** Kinds whose name is built under a province's: without the province there is nothing to build. */
const UNDER_A_PROVINCE: ReadonlySet<EntityKind> = new Set(['province', 'province-agency', 'district', 'commune']);

export interface SuggestAsk {
  agency: string;
  asOf?: string;
  province?: string;
  kind?: EntityKind;
}

export function whyNoSuggestion(ask: SuggestAsk, lang: Lang): string {
  const vi = lang === 'vi';
  const r = validate('x.gov.vn', {
    agency: ask.agency,
    lang,
    ...(ask.asOf !== undefined ? { asOf: ask.asOf } : {}),
    ...(ask.province !== undefined ? { province: ask.province } : {}),
    ...(ask.kind !== undefined ? { kind: ask.kind } : {}),
  });
  const kind = r.entity?.kind ?? 'other';
  const name = `"${ask.agency}"`;
  if (kind === 'other') {
    return vi
      ? `không có tên miền để đề xuất: không nhận ra ${name} là loại cơ quan nào. Thêm --kind (một trong ${ENTITY_KINDS.join(', ')}), hoặc viết tên như văn bản pháp luật gọi (vd. "UBND xã Tân Uyên", "Sở Y tế tỉnh Lai Châu").`
      : `no name to suggest: govvn cannot tell what kind of body ${name} is. Add --kind (one of ${ENTITY_KINDS.join(', ')}), or write the name as the law does (e.g. "UBND xã Tân Uyên", "Sở Y tế tỉnh Lai Châu").`;
  }
  if (UNDER_A_PROVINCE.has(kind) && !r.entity?.province) {
    return vi
      ? `không có tên miền để đề xuất: không biết ${name} thuộc tỉnh, thành phố nào. Thêm --province (vd. --province "Lai Châu"), hoặc ghi tên tỉnh vào tên cơ quan (vd. "Sở Y tế tỉnh Lai Châu").`
      : `no name to suggest: govvn cannot tell which province ${name} belongs to. Add --province (e.g. --province "Lai Châu"), or put the province in the name (e.g. "Sở Y tế tỉnh Lai Châu").`;
  }
  const refusal = r.issues.find((i) => i.ruleId === 'gov-vn-eligibility' && i.severity === 'error');
  if (refusal) return vi ? `không có tên miền để đề xuất: ${refusal.message}` : `no name to suggest: ${refusal.message}`;
  return vi
    ? `không có tên miền để đề xuất cho ${name}: không tìm thấy đơn vị này trong dữ liệu vào ngày xét. Kiểm tra lại tên, --province và --as-of.`
    : `no name to suggest for ${name}: the unit is not found in the data on the day judged. Check the name, --province and --as-of.`;
}
