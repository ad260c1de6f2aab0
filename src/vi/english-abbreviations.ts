/**
 * English abbreviations of the common provincial departments (Sở) and of the
 * ministries (Bộ) over them, keyed by the field both share.
 *
 * source: the departments' English names ("Department of Science and
 * Technology" → DOST, "Department of Health" → DOH), formed as the ministries'
 * own English abbreviations are, which are their level-3 names in use
 * (mst.gov.vn, moh.gov.vn, moet.gov.vn …; see test/fixtures/domains.csv).
 * Only fields whose department or ministry abbreviation is in use are listed.
 */
export interface EnglishAbbreviation {
  /** The field as it follows 'Sở' / 'Bộ'. */
  field: string;
  department: readonly string[];
  ministry: readonly string[];
}

export const ENGLISH_ABBREVIATIONS: readonly EnglishAbbreviation[] = [
  { field: 'Khoa học và Công nghệ', department: ['dost'], ministry: ['mst', 'most'] },
  { field: 'Y tế', department: ['doh'], ministry: ['moh'] },
  { field: 'Giáo dục và Đào tạo', department: ['doet'], ministry: ['moet'] },
  { field: 'Nội vụ', department: ['doha'], ministry: ['moha'] },
  { field: 'Ngoại vụ', department: ['dofa', 'fad'], ministry: ['mofa'] },
  { field: 'Thông tin và Truyền thông', department: ['dic'], ministry: ['mic'] },
  { field: 'Kế hoạch và Đầu tư', department: ['dpi'], ministry: ['mpi'] },
  { field: 'Tư pháp', department: ['doj'], ministry: ['moj'] },
  { field: 'Tài chính', department: ['dof'], ministry: ['mof'] },
  { field: 'Công Thương', department: ['doit'], ministry: ['moit'] },
  { field: 'Giao thông vận tải', department: ['dot'], ministry: ['mt'] },
  { field: 'Xây dựng', department: ['doc'], ministry: ['moc'] },
  { field: 'Tài nguyên và Môi trường', department: ['donre'], ministry: ['monre'] },
  { field: 'Nông nghiệp và Phát triển nông thôn', department: ['dard'], ministry: ['mard'] },
  { field: 'Nông nghiệp và Môi trường', department: ['dae'], ministry: ['mae'] },
  { field: 'Lao động - Thương binh và Xã hội', department: ['dolisa'], ministry: ['molisa'] },
  // The ministry's own level-3 name is Vietnamese (bvhttdl.gov.vn).
  { field: 'Văn hóa, Thể thao và Du lịch', department: ['docst'], ministry: [] },
];
