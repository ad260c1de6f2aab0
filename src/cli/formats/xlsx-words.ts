/** The words of the workbook report (`--format xlsx`) in each language; the counting lines are the markdown report's. */
import type { EntityKind, Lang } from '../../result.js';

export interface SheetWords {
  results: string;
  summary: string;
  /** Headings of govvn's own columns, after the input's. */
  columns: { no: string; line: string; input: string; verdict: string; reasons: string; citations: string; suggestions: string; hostname: string; kind: string };
  byKind: string;
  kindTable: { kind: string; total: string; compliant: string; nonCompliant: string; notApplicable: string; invalid: string; conclusion: string };
  total: string;
  unknownKind: string;
  kinds: Record<EntityKind, string>;
}

export const SHEET_WORDS: Record<Lang, SheetWords> = {
  vi: {
    results: 'Kết quả',
    summary: 'Tổng hợp',
    columns: {
      no: 'STT',
      line: 'Dòng',
      input: 'Tên miền',
      verdict: 'Kết quả',
      reasons: 'Lý do',
      citations: 'Căn cứ pháp lý',
      suggestions: 'Tên miền đề xuất',
      hostname: 'Tên miền (đã chuẩn hoá)',
      kind: 'Loại cơ quan, đơn vị',
    },
    byKind: 'Theo loại cơ quan, đơn vị',
    kindTable: {
      kind: 'Loại cơ quan, đơn vị',
      total: 'Số tên miền',
      compliant: 'Đúng quy định',
      nonCompliant: 'Chưa đúng quy định',
      notApplicable: 'Không thuộc phạm vi',
      invalid: 'Không hợp lệ',
      conclusion: 'Kết luận',
    },
    total: 'Tổng cộng',
    unknownKind: 'Chưa xác định',
    kinds: {
      ministry: 'Bộ, cơ quan ngang Bộ',
      'ministry-unit': 'Đơn vị thuộc Bộ',
      province: 'UBND tỉnh, thành phố',
      'province-agency': 'Sở, ban, ngành cấp tỉnh',
      district: 'UBND cấp huyện',
      commune: 'UBND cấp xã',
      school: 'Trường học',
      'education-authority': 'Cơ quan quản lý giáo dục',
      'public-service-unit': 'Đơn vị sự nghiệp công lập',
      'party-body': 'Cơ quan của Đảng',
      other: 'Cơ quan, đơn vị khác',
    },
  },
  en: {
    results: 'Results',
    summary: 'Summary',
    columns: {
      no: 'No.',
      line: 'Line',
      input: 'Domain name',
      verdict: 'Verdict',
      reasons: 'Reasons',
      citations: 'Legal basis',
      suggestions: 'Suggested names',
      hostname: 'Hostname (normalised)',
      kind: 'Kind of holder',
    },
    byKind: 'By kind of holder',
    kindTable: {
      kind: 'Kind of holder',
      total: 'Names',
      compliant: 'Compliant',
      nonCompliant: 'Non-compliant',
      notApplicable: 'Outside the rules',
      invalid: 'Invalid',
      conclusion: 'Conclusion',
    },
    total: 'Total',
    unknownKind: 'Not determined',
    kinds: {
      ministry: 'Ministry or ministry-level agency',
      'ministry-unit': 'Unit of a ministry',
      province: "Provincial People's Committee",
      'province-agency': 'Provincial department or agency',
      district: "District People's Committee",
      commune: "Commune People's Committee",
      school: 'School',
      'education-authority': 'Education authority',
      'public-service-unit': 'Public service unit',
      'party-body': 'Party body',
      other: 'Other agency or unit',
    },
  },
};
