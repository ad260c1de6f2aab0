/**
 * The words an agency's name is read by: the data a domain expert edits. Words are
 * compared on foldKey (lower case, no diacritics) unless a comment says otherwise.
 */
import type { UnitType } from './types.js';

const split = (...ps: string[]): string[][] => ps.map((p) => p.split(' '));

/** Type-word abbreviations written glued to the name: 'TP.HCM', 'Tp.Lai Châu'. */
export const GLUED_PREFIXES = ['tp.', 'tx.', 'tt.'];

/** Portal and page wrappers around an agency's name. */
export const DECORATIONS = split(
  'cong thong tin dien tu cua',
  'cong thong tin dien tu',
  'trang thong tin dien tu cua',
  'trang thong tin dien tu',
  'cong ttdt cua',
  'cong ttdt',
  'cong tt dt',
  'trang ttdt cua',
  'trang ttdt',
  'trang tt dt',
  'website cua',
  'website',
);

/** What a name's first words say the body is; `kindOfBody` turns a head into a kind. */
export type Head =
  | 'committee'
  | 'hdnd'
  | 'so'
  | 'education'
  | 'phong'
  | 'local-agency'
  | 'board'
  | 'branch'
  | 'institute'
  | 'court'
  | 'ministry'
  | 'school'
  | 'service'
  | 'party';

/**
 * The words that open a body's name, by head. The first match wins, so longer
 * patterns come before their prefixes ('vien kiem sat' before 'vien').
 */
export const HEADS: readonly { head: Head; patterns: string[][] }[] = [
  { head: 'committee', patterns: split('ubnd', 'uy ban nhan dan', 'ub nd', 'u b n d', 'peoples committee of', 'peoples committee') },
  { head: 'hdnd', patterns: split('hdnd', 'hoi dong nhan dan') },
  { head: 'party', patterns: split('dang uy', 'dang bo', 'dang cong san', 'tinh uy', 'thanh uy', 'huyen uy', 'quan uy', 'thi uy') },
  // The Party committee's boards: no State body bears these names.
  { head: 'party', patterns: split('ban dan van', 'ban noi chinh', 'ban tuyen giao', 'ban to chuc', 'uy ban kiem tra') },
  // Boards that exist only beside a province's People's Committee (a district had a Phòng Dân tộc).
  {
    head: 'board',
    patterns: split(
      'ban dan toc',
      'ban quan ly cac khu cong nghiep',
      'ban quan ly khu cong nghiep',
      'ban quan ly khu kinh te',
      'bql cac khu cong nghiep',
      'bql khu cong nghiep',
      'bql cac kcn',
      'bql kcn',
      'bql khu kinh te',
    ),
  },
  // Boards that serve rather than govern: investment promotion, a steering committee's office.
  { head: 'service', patterns: split('ban xuc tien', 'ban chi dao', 'bcd') },
  { head: 'court', patterns: split('vien kiem sat', 'vksnd', 'toa an', 'tand') },
  { head: 'service', patterns: split('benh vien', 'trung tam') },
  // Academies and conservatories train students: schools (RULES.md, universities).
  { head: 'school', patterns: split('truong', 'dai hoc', 'hoc vien', 'nhac vien') },
  { head: 'service', patterns: split('dai') },
  {
    head: 'branch',
    patterns: split('bao hiem xa hoi', 'bhxh', 'tong cuc', 'chi cuc', 'cuc', 'thue', 'kho bac nha nuoc', 'kho bac', 'kbnn', 'vu'),
  },
  { head: 'institute', patterns: split('vien') },
  { head: 'so', patterns: split('so') },
  { head: 'phong', patterns: split('phong') },
  { head: 'local-agency', patterns: split('van phong', 'cong an', 'thanh tra', 'ban') },
  { head: 'ministry', patterns: split('bo') },
];

/** After 'Sở' or 'Phòng': the field that makes it an education authority ('GD&ĐT' folds to 'gd dt'). */
export const EDUCATION_FIELD = split('giao duc', 'gd', 'gddt');

/** A unit-type word as written before a unit's name. */
export interface TypeWord {
  words: string[];
  type: UnitType;
  /** TP, TX, TT: also common abbreviations of other words, so used with care. */
  abbrev: boolean;
}

/**
 * Unit-type words, compared exactly (NFC, lower case) when the text carries
 * diacritics, so that 'xã' (commune) is not 'xa' (far); two-word types first.
 */
export const TYPE_WORDS: readonly TypeWord[] = [
  { words: ['thành', 'phố'], type: 'thanh-pho', abbrev: false },
  { words: ['thị', 'xã'], type: 'thi-xa', abbrev: false },
  { words: ['thị', 'trấn'], type: 'thi-tran', abbrev: false },
  { words: ['đặc', 'khu'], type: 'dac-khu', abbrev: false },
  { words: ['tỉnh'], type: 'tinh', abbrev: false },
  { words: ['huyện'], type: 'huyen', abbrev: false },
  { words: ['quận'], type: 'quan', abbrev: false },
  { words: ['xã'], type: 'xa', abbrev: false },
  { words: ['phường'], type: 'phuong', abbrev: false },
  { words: ['tp'], type: 'thanh-pho', abbrev: true },
  { words: ['tx'], type: 'thi-xa', abbrev: true },
  { words: ['tt'], type: 'thi-tran', abbrev: true },
];

/** How Ho Chi Minh City's name is given back, whatever form named it. */
export const HO_CHI_MINH = 'Hồ Chí Minh';
/** Single tokens that name Ho Chi Minh City with its type. */
export const HCM_TOKENS = new Set(['tphcm', 'hcmc']);
/** Names that stand for Ho Chi Minh City after a type word. */
export const HCM_NAMES = new Set(['hcm', 'hcmc']);

/** Party committees: '<unit> ủy' ('Huyện ủy Tuy Phong'), with the unit type it implies. */
export const PARTY_PREFIX: readonly { word: string; type?: UnitType }[] = [
  { word: 'tỉnh', type: 'tinh' },
  { word: 'thành', type: 'thanh-pho' },
  { word: 'huyện', type: 'huyen' },
  { word: 'quận', type: 'quan' },
  { word: 'thị', type: 'thi-xa' },
  { word: 'đảng' },
];
/** 'ủy' of a party committee, in both places the tone mark is written. */
export const UY = ['ủy', 'uỷ'];

/** Words before 'xã hội' (society) that show it is not a commune: Bảo hiểm, Chính sách, Thương binh và … */
export const SOCIETY_BEFORE = ['hiểm', 'sách', 'và', 'học', 'nghĩa', 'binh'];

/** English unit words after "People's Committee of". */
export const ENGLISH_TYPES = new Map<string, UnitType>([
  ['province', 'tinh'],
  ['city', 'thanh-pho'],
  ['district', 'huyen'],
  ['town', 'thi-xa'],
  ['commune', 'xa'],
  ['ward', 'phuong'],
  ['township', 'thi-tran'],
]);

/** Words that open notes, not places: '(Cổng TTĐT)', '(nay …)', '(Hệ thống …)'. */
export const NOTE_OPENERS = new Set(['cong', 'trang', 'he', 'nay', 'den', 'cu', 'tu', 'truoc', 'sau', 'alias']);

// ---------------------------------------------------------------------------
// Provincial bodies as lists name them: who owns which initials
// ---------------------------------------------------------------------------

/**
 * The specialised agencies of a province, and the bodies beside them, before and
 * after the 2025 reorganisation. A body listed earlier owns its initials: a later
 * one whose initials are the same is offered a form that tells them apart
 * (Sở Nội vụ keeps `snv`; Sở Ngoại vụ is offered `sngv`).
 */
export const PROVINCIAL_BODIES: readonly string[] = [
  'Văn phòng Ủy ban nhân dân',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Nông nghiệp và Môi trường',
  'Sở Giao thông vận tải',
  'Sở Xây dựng',
  'Sở Giao thông vận tải - Xây dựng',
  'Sở Tài nguyên và Môi trường',
  'Sở Thông tin và Truyền thông',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa và Thể thao',
  'Sở Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Ngoại vụ',
  'Sở Quy hoạch - Kiến trúc',
  'Sở Dân tộc và Tôn giáo',
  'Sở An toàn thực phẩm',
  'Sở Thông tin và Truyền thông - Khoa học và Công nghệ',
  'Thanh tra tỉnh',
  'Ban Dân tộc',
  'Ban Quản lý các Khu công nghiệp',
  'Ban Quản lý Khu kinh tế',
];

// ---------------------------------------------------------------------------
// Names as real lists write them
// ---------------------------------------------------------------------------

/** Site names before the agency's own name, besides DECORATIONS: the site is not the body. */
export const SITE_NAMES = split('cong thong tin cua', 'cong thong tin', 'trang thong tin cua', 'trang thong tin', 'website chinh thuc cua', 'trang chu', 'trang');

/**
 * Province initials written at the end of an agency's name ('Sở Kế hoạch - Đầu tư
 * BRVT'), compared in capitals, with the province they stand for. Only initials
 * that name one province in common use: QN (Quảng Ninh, Nam, Ngãi), CT and ĐN
 * for Đồng Nai or Đắk Nông are left out, ĐN being read as Đà Nẵng, as lists do.
 */
export const PROVINCE_INITIALS: ReadonlyMap<string, string> = new Map([
  ['BRVT', 'Bà Rịa - Vũng Tàu'],
  ['BR-VT', 'Bà Rịa - Vũng Tàu'],
  ['HN', 'Hà Nội'],
  ['TPHN', 'Hà Nội'],
  ['ĐN', 'Đà Nẵng'],
  ['HP', 'Hải Phòng'],
  ['TTH', 'Thừa Thiên Huế'],
  ['TT-HUẾ', 'Thừa Thiên Huế'],
]);

/** Offices named with no place that lists of a province's bodies mean as the province's ('Văn phòng UBND'). */
export const PROVINCE_OFFICES = split(
  'van phong ubnd',
  'van phong uy ban nhan dan',
  'van phong ub nd',
  'van phong hdnd',
  'van phong hoi dong nhan dan',
  'van phong doan dbqh va hdnd',
);
