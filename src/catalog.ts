/**
 * What a form offers to pick from: the provinces on a date, and the agencies of a
 * province (its People's Committee, its common departments, the committee of each
 * district or commune), named as `validate` reads them. Read from the library's
 * own tables, so a form never offers a unit the engine does not know.
 */
import { communesOf, districtsOf, findProvinces, isValidOn, provincesOn, type Province } from './data/lookup.js';
import { checkDate, todayInVietnam } from './engine/date.js';
import type { EntityKind } from './result.js';

export interface ProvinceEntry {
  /** GSO code, e.g. "12". */
  code: string;
  /** The bare name, as `validate`'s `province` option takes it: "Lai Châu". */
  name: string;
  /** "Tỉnh Lai Châu", "Thành phố Huế". */
  fullName: string;
  /** Its domain label in use: "laichau". */
  label: string;
}

export interface AgencyEntry {
  /** The name as `validate`'s `agency` option takes it: "UBND tỉnh Lai Châu", "UBND xã Tân Uyên". */
  name: string;
  kind: Extract<EntityKind, 'province' | 'province-agency' | 'education-authority' | 'district' | 'commune'>;
}

export interface CatalogOptions {
  /** YYYY-MM-DD; defaults to today in Asia/Ho_Chi_Minh. */
  asOf?: string;
}

/**
 * The departments (Sở) every province has, by period. Provinces may have a few
 * more (Ngoại vụ, Dân tộc và Tôn giáo, Du lịch …); only the common ones are listed.
 * source: Decree 24/2014/NĐ-CP Art. 8, as amended by Decree 107/2020/NĐ-CP, until
 * the restructuring of 2025-03-01; then Decree 45/2025/NĐ-CP Art. 8(1).
 */
const DEPARTMENTS: readonly { to?: string; from?: string; names: readonly string[] }[] = [
  {
    to: '2025-02-28',
    names: [
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Giao thông vận tải',
      'Sở Xây dựng',
      'Sở Tài nguyên và Môi trường',
      'Sở Thông tin và Truyền thông',
      'Sở Lao động - Thương binh và Xã hội',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Khoa học và Công nghệ',
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
    ],
  },
  {
    from: '2025-03-01',
    names: [
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Nông nghiệp và Môi trường',
      'Sở Xây dựng',
      'Sở Khoa học và Công nghệ',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
    ],
  },
];

function dateOf(options: CatalogOptions | undefined): string {
  return checkDate(options?.asOf ?? todayInVietnam());
}

/** "Tỉnh Lai Châu" → "tỉnh Lai Châu": the type word as it reads inside a name. */
function inName(fullName: string): string {
  return fullName.charAt(0).toLocaleLowerCase('vi') + fullName.slice(1);
}

function entry(p: Province): ProvinceEntry {
  return { code: p.code, name: p.name, fullName: p.fullName, label: p.labels[0] ?? '' };
}

/** The provinces that exist on the date, in the order of their codes. Throws `GovvnOptionError` for a bad date. */
export function listProvinces(options?: CatalogOptions): ProvinceEntry[] {
  return provincesOn(dateOf(options)).map(entry);
}

/** The province a name (or a GSO code) gives on the date; undefined when none of that name exists then. */
function provinceByNameOrCode(text: string, date: string): Province | undefined {
  const t = text.trim();
  if (/^\d{2}$/.test(t)) return provincesOn(date).find((p) => p.code === t);
  return findProvinces(t).find((p) => isValidOn(p, date));
}

/**
 * The agencies of a province on the date: its People's Committee, its common
 * departments, then the committee of each district (before 2025-07-01) or commune
 * (from 2025-07-01; before, only once `govvn/history` is imported), in the
 * tables' order. Empty when no province of that name exists on the date.
 * Pass the province along to `validate` too: committees below the province are
 * named without it.
 */
export function listAgencies(province: string, options?: CatalogOptions): AgencyEntry[] {
  const date = dateOf(options);
  const p = typeof province === 'string' ? provinceByNameOrCode(province, date) : undefined;
  if (!p) return [];
  const where = inName(p.fullName);
  const out: AgencyEntry[] = [{ name: `UBND ${where}`, kind: 'province' }];
  for (const era of DEPARTMENTS) {
    if ((era.from && date < era.from) || (era.to && date > era.to)) continue;
    for (const name of era.names) {
      // The education department is an education authority: its name may sit under edu.vn.
      const kind = name === 'Sở Giáo dục và Đào tạo' ? 'education-authority' : 'province-agency';
      out.push({ name: `${name} ${where}`, kind });
    }
  }
  for (const d of districtsOf(p.id)) {
    if (isValidOn(d, date)) out.push({ name: `UBND ${inName(d.fullName)}`, kind: 'district' });
  }
  for (const c of communesOf(p.id)) {
    if (isValidOn(c, date)) out.push({ name: `UBND ${inName(c.fullName)}`, kind: 'commune' });
  }
  return out;
}
