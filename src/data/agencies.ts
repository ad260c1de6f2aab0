/**
 * Central agencies and the level-3 names they hold. Curated by hand from the
 * corpus in test/fixtures/domains.csv (real names of state bodies collected from
 * public pages) and the government restructuring of 2025-03-01; each entry says
 * where its name comes from.
 *
 * A ministry holds `<label>.gov.vn`. A unit of a ministry that already holds a
 * level-3 name of its own is listed with its parent: the decrees ask for level 4
 * under the parent, and the library accepts its own name with a warning. A
 * central agency with provincial branches lists the words branches are named by
 * ("Bảo hiểm xã hội tỉnh …"); a branch's name is `<province>.<label>.gov.vn`.
 */

export interface ParentPeriod {
  id: string;
  /** First day this parent governs the unit; absent: always. */
  from?: string;
  to?: string;
}

export interface CentralAgency {
  id: string;
  /** Vietnamese names, the official one first; older names after. */
  names: readonly string[];
  /** Level-3 labels it holds, the one in use first. */
  labels: readonly string[];
  /** A public-service unit (hospital, centre) rather than a state management body. */
  serviceUnit?: boolean;
  parents?: readonly ParentPeriod[];
  /** The words a provincial branch's name starts with. */
  branchNames?: readonly string[];
  from?: string;
  to?: string;
  /** The agency that took over its work on the day after `to`. */
  successor?: string;
  source: string;
}

const CORPUS = 'test/fixtures/domains.csv';
const RESTRUCTURE = 'Government restructuring of 2025-03-01 (Resolution 176/2025/QH15 and the decrees on ministries\u2019 organisation), as recorded in ' + CORPUS;

export const CENTRAL_AGENCIES: readonly CentralAgency[] = [
  { id: 'mod', names: ['Bộ Quốc phòng'], labels: ['mod'], source: CORPUS },
  { id: 'mps', names: ['Bộ Công an'], labels: ['mps', 'bocongan'], source: CORPUS },
  { id: 'mofa', names: ['Bộ Ngoại giao'], labels: ['mofa'], source: CORPUS },
  { id: 'moha', names: ['Bộ Nội vụ'], labels: ['moha'], source: CORPUS },
  { id: 'moj', names: ['Bộ Tư pháp'], labels: ['moj'], source: CORPUS },
  { id: 'mof', names: ['Bộ Tài chính'], labels: ['mof'], source: CORPUS },
  { id: 'moit', names: ['Bộ Công Thương'], labels: ['moit'], source: CORPUS },
  { id: 'mae', names: ['Bộ Nông nghiệp và Môi trường'], labels: ['mae'], from: '2025-03-01', source: RESTRUCTURE },
  { id: 'moc', names: ['Bộ Xây dựng'], labels: ['moc'], source: CORPUS },
  { id: 'bvhttdl', names: ['Bộ Văn hóa, Thể thao và Du lịch'], labels: ['bvhttdl'], source: CORPUS },
  { id: 'mst', names: ['Bộ Khoa học và Công nghệ'], labels: ['mst', 'most'], source: CORPUS },
  { id: 'moet', names: ['Bộ Giáo dục và Đào tạo'], labels: ['moet'], source: CORPUS },
  { id: 'moh', names: ['Bộ Y tế'], labels: ['moh'], source: CORPUS },
  { id: 'bdtg', names: ['Bộ Dân tộc và Tôn giáo'], labels: ['bdtg'], from: '2025-03-01', source: RESTRUCTURE },
  { id: 'sbv', names: ['Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước'], labels: ['sbv'], source: CORPUS },
  { id: 'thanhtra', names: ['Thanh tra Chính phủ'], labels: ['thanhtra'], source: CORPUS },
  { id: 'toaan', names: ['Tòa án nhân dân tối cao'], labels: ['toaan'], branchNames: ['Tòa án nhân dân', 'TAND'], source: CORPUS },
  { id: 'vksndtc', names: ['Viện kiểm sát nhân dân tối cao'], labels: ['vksndtc'], branchNames: ['Viện kiểm sát nhân dân', 'VKSND'], source: CORPUS },
  // Ministries merged away on 2025-03-01.
  { id: 'mpi', names: ['Bộ Kế hoạch và Đầu tư'], labels: ['mpi'], to: '2025-02-28', successor: 'mof', source: RESTRUCTURE },
  { id: 'molisa', names: ['Bộ Lao động - Thương binh và Xã hội'], labels: ['molisa'], to: '2025-02-28', successor: 'moha', source: RESTRUCTURE },
  { id: 'mard', names: ['Bộ Nông nghiệp và Phát triển nông thôn'], labels: ['mard'], to: '2025-02-28', successor: 'mae', source: RESTRUCTURE },
  { id: 'monre', names: ['Bộ Tài nguyên và Môi trường'], labels: ['monre'], to: '2025-02-28', successor: 'mae', source: RESTRUCTURE },
  { id: 'mt', names: ['Bộ Giao thông vận tải'], labels: ['mt'], to: '2025-02-28', successor: 'moc', source: RESTRUCTURE },
  { id: 'mic', names: ['Bộ Thông tin và Truyền thông'], labels: ['mic'], to: '2025-02-28', successor: 'mst', source: RESTRUCTURE },
  // Units holding level-3 names of their own.
  {
    id: 'baohiemxahoi',
    names: ['Bảo hiểm xã hội Việt Nam', 'Bảo hiểm xã hội'],
    labels: ['baohiemxahoi', 'vss'],
    parents: [{ id: 'mof', from: '2025-03-01' }],
    branchNames: ['Bảo hiểm xã hội', 'BHXH'],
    source: CORPUS + '; a government agency until 2025-02-28, under the Ministry of Finance since 2025-03-01',
  },
  {
    id: 'gdt',
    names: ['Cục Thuế', 'Tổng cục Thuế'],
    labels: ['gdt'],
    parents: [{ id: 'mof' }],
    branchNames: ['Cục Thuế', 'Thuế', 'Chi cục Thuế'],
    source: CORPUS,
  },
  {
    id: 'customs',
    names: ['Cục Hải quan', 'Tổng cục Hải quan'],
    labels: ['customs'],
    parents: [{ id: 'mof' }],
    branchNames: ['Cục Hải quan', 'Chi cục Hải quan', 'Hải quan'],
    source: CORPUS,
  },
  {
    id: 'gso',
    names: ['Cục Thống kê', 'Tổng cục Thống kê', 'Cục Thống kê quốc gia'],
    labels: ['gso', 'nso'],
    parents: [{ id: 'mpi', to: '2025-02-28' }, { id: 'mof', from: '2025-03-01' }],
    branchNames: ['Cục Thống kê', 'Thống kê', 'Chi cục Thống kê'],
    source: CORPUS,
  },
  { id: 'ssc', names: ['Ủy ban Chứng khoán Nhà nước'], labels: ['ssc'], parents: [{ id: 'mof' }], source: CORPUS },
  { id: 'vncdc', names: ['Cục Y tế dự phòng'], labels: ['vncdc'], parents: [{ id: 'moh' }], source: CORPUS },
  { id: 'pbgdpl', names: ['Cổng Phổ biến, giáo dục pháp luật quốc gia'], labels: ['pbgdpl'], parents: [{ id: 'moj' }], source: CORPUS },
  {
    id: 'ais',
    names: ['Cục An toàn thông tin'],
    labels: ['ais'],
    parents: [{ id: 'mic', to: '2025-02-28' }, { id: 'mst', from: '2025-03-01' }],
    source: CORPUS,
  },
  {
    id: 'vinamarine',
    names: ['Cục Hàng hải Việt Nam', 'Cục Hàng hải'],
    labels: ['vinamarine'],
    parents: [{ id: 'mt', to: '2025-02-28' }, { id: 'moc', from: '2025-03-01' }],
    source: CORPUS,
  },
  {
    id: 'vietnamtourism',
    names: ['Cục Du lịch Quốc gia Việt Nam', 'Tổng cục Du lịch'],
    labels: ['vietnamtourism'],
    parents: [{ id: 'bvhttdl' }],
    source: CORPUS,
  },
  {
    id: 'nchmf',
    names: ['Trung tâm Dự báo khí tượng thủy văn quốc gia'],
    labels: ['nchmf'],
    serviceUnit: true,
    parents: [{ id: 'monre', to: '2025-02-28' }, { id: 'mae', from: '2025-03-01' }],
    source: CORPUS,
  },
  { id: 'bachmai', names: ['Bệnh viện Bạch Mai'], labels: ['bachmai'], serviceUnit: true, parents: [{ id: 'moh' }], source: CORPUS },
];
