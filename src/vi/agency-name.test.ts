import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../result.js';
import { parseAgencyName, type AgencyName, type Locality } from './agency-name.js';
import { foldKey } from './fold.js';

// Fixtures are read in the test only; the library itself uses no Node built-ins.
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../test/fixtures/${file}`, import.meta.url), 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const split = (line: string): string[] => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '"') {
        if (quoted && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = !quoted;
      } else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    return cells;
  };
  const header = split(lines[0]!);
  return lines.slice(1).map((line) => {
    const cells = split(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

const DOMAINS = readCsv('domains.csv');
const INSPECTION = readCsv('lai-chau-inspection-2020.csv');

/** The provinces the fixture names, as a caller's gazetteer would know them. */
const PLACES = new Set(DOMAINS.map((r) => foldKey(r.province ?? '')).filter((p) => p.length > 0));
const isPlace = (name: string): boolean => PLACES.has(foldKey(name));

interface Expected {
  /** 'type:name', or a bare name. */
  unit?: string;
  body?: string;
  locality?: string;
  hints?: string[];
  implicit?: boolean;
  /** Why the parser's kind differs from the fixture's entity_type. */
  differs?: string;
}
type Row = [name: string, kind: EntityKind | null, expected: Expected];

const show = (l: Locality | undefined): string | undefined =>
  l === undefined ? undefined : l.unitType ? `${l.unitType}:${l.name}` : l.name;

function summary(p: AgencyName) {
  return {
    kind: p.kind,
    unit: show(p.unit),
    body: p.body,
    locality: show(p.locality),
    hints: p.hints.map((h) => show(h)!),
    implicit: p.localityImplicit,
  };
}

/** `places` null: no gazetteer. */
function expectParsed(name: string, kind: EntityKind | null, e: Expected, places: typeof isPlace | null = isPlace): void {
  expect(summary(parseAgencyName(name, places ?? undefined))).toEqual({
    kind,
    unit: e.unit,
    body: e.body,
    locality: e.locality,
    hints: e.hints ?? [],
    implicit: e.implicit ?? false,
  });
}

// Why a kind differs from the fixture's entity_type (its 'other' is the parser's null).
const CITY = "a 'thành phố' is a province or a district-level city: the caller decides from the name and the date";
const EDU = 'Departments and Offices of Education and Training are a kind of their own';
const PORTAL = "a portal, system or publication: its head names no kind of body, so the caller's context decides";
const CENTRAL = 'a central agency without a ministry head: recognised later from a table';
const SYSTEM = "a central unit's system: its head names no kind of body";
const PARTY = 'a Party body, which the fixture files as other';

/**
 * Every agency name of test/fixtures/domains.csv. 'Công an tỉnh Lai Châu' is read
 * as a provincial agency like the fixture has it, though the provincial police
 * belong to the Ministry of Public Security: it uses the province's name.
 */
const DOMAIN_ROWS: Row[] = [
  ['Thành phố Hà Nội', null, { unit: 'thanh-pho:Hà Nội', differs: CITY }],
  ['Tỉnh Hà Giang', 'province', { unit: 'tinh:Hà Giang' }],
  ['Tỉnh Cao Bằng', 'province', { unit: 'tinh:Cao Bằng' }],
  ['Tỉnh Bắc Kạn', 'province', { unit: 'tinh:Bắc Kạn' }],
  ['Tỉnh Tuyên Quang', 'province', { unit: 'tinh:Tuyên Quang' }],
  ['Tỉnh Lào Cai', 'province', { unit: 'tinh:Lào Cai' }],
  ['Tỉnh Điện Biên', 'province', { unit: 'tinh:Điện Biên' }],
  ['Tỉnh Lai Châu', 'province', { unit: 'tinh:Lai Châu' }],
  ['Tỉnh Sơn La', 'province', { unit: 'tinh:Sơn La' }],
  ['Tỉnh Yên Bái', 'province', { unit: 'tinh:Yên Bái' }],
  ['Tỉnh Hòa Bình', 'province', { unit: 'tinh:Hòa Bình' }],
  ['Tỉnh Thái Nguyên', 'province', { unit: 'tinh:Thái Nguyên' }],
  ['Tỉnh Lạng Sơn', 'province', { unit: 'tinh:Lạng Sơn' }],
  ['Tỉnh Quảng Ninh', 'province', { unit: 'tinh:Quảng Ninh' }],
  ['Tỉnh Bắc Giang', 'province', { unit: 'tinh:Bắc Giang' }],
  ['Tỉnh Phú Thọ', 'province', { unit: 'tinh:Phú Thọ' }],
  ['Tỉnh Vĩnh Phúc', 'province', { unit: 'tinh:Vĩnh Phúc' }],
  ['Tỉnh Bắc Ninh', 'province', { unit: 'tinh:Bắc Ninh' }],
  ['Tỉnh Hải Dương', 'province', { unit: 'tinh:Hải Dương' }],
  ['Thành phố Hải Phòng', null, { unit: 'thanh-pho:Hải Phòng', differs: CITY }],
  ['Tỉnh Hưng Yên', 'province', { unit: 'tinh:Hưng Yên' }],
  ['Tỉnh Thái Bình', 'province', { unit: 'tinh:Thái Bình' }],
  ['Tỉnh Hà Nam', 'province', { unit: 'tinh:Hà Nam' }],
  ['Tỉnh Nam Định', 'province', { unit: 'tinh:Nam Định' }],
  ['Tỉnh Ninh Bình', 'province', { unit: 'tinh:Ninh Bình' }],
  ['Tỉnh Thanh Hóa', 'province', { unit: 'tinh:Thanh Hóa' }],
  ['Tỉnh Nghệ An', 'province', { unit: 'tinh:Nghệ An' }],
  ['Tỉnh Hà Tĩnh', 'province', { unit: 'tinh:Hà Tĩnh' }],
  ['Tỉnh Quảng Bình', 'province', { unit: 'tinh:Quảng Bình' }],
  ['Tỉnh Quảng Trị', 'province', { unit: 'tinh:Quảng Trị' }],
  ['Tỉnh Thừa Thiên Huế', 'province', { unit: 'tinh:Thừa Thiên Huế' }],
  ['Thành phố Đà Nẵng', null, { unit: 'thanh-pho:Đà Nẵng', differs: CITY }],
  ['Tỉnh Quảng Nam', 'province', { unit: 'tinh:Quảng Nam' }],
  ['Tỉnh Quảng Ngãi', 'province', { unit: 'tinh:Quảng Ngãi' }],
  ['Tỉnh Bình Định', 'province', { unit: 'tinh:Bình Định' }],
  ['Tỉnh Phú Yên', 'province', { unit: 'tinh:Phú Yên' }],
  ['Tỉnh Khánh Hòa', 'province', { unit: 'tinh:Khánh Hòa' }],
  ['Tỉnh Ninh Thuận', 'province', { unit: 'tinh:Ninh Thuận' }],
  ['Tỉnh Bình Thuận', 'province', { unit: 'tinh:Bình Thuận' }],
  ['Tỉnh Kon Tum', 'province', { unit: 'tinh:Kon Tum' }],
  ['Tỉnh Gia Lai', 'province', { unit: 'tinh:Gia Lai' }],
  ['Tỉnh Đắk Lắk', 'province', { unit: 'tinh:Đắk Lắk' }],
  ['Tỉnh Đắk Nông', 'province', { unit: 'tinh:Đắk Nông' }],
  ['Tỉnh Lâm Đồng', 'province', { unit: 'tinh:Lâm Đồng' }],
  ['Tỉnh Bình Phước', 'province', { unit: 'tinh:Bình Phước' }],
  ['Tỉnh Tây Ninh', 'province', { unit: 'tinh:Tây Ninh' }],
  ['Tỉnh Bình Dương', 'province', { unit: 'tinh:Bình Dương' }],
  ['Tỉnh Đồng Nai', 'province', { unit: 'tinh:Đồng Nai' }],
  ['Tỉnh Bà Rịa - Vũng Tàu', 'province', { unit: 'tinh:Bà Rịa - Vũng Tàu' }],
  ['Thành phố Hồ Chí Minh', null, { unit: 'thanh-pho:Hồ Chí Minh', differs: CITY }],
  ['Tỉnh Long An', 'province', { unit: 'tinh:Long An' }],
  ['Tỉnh Tiền Giang', 'province', { unit: 'tinh:Tiền Giang' }],
  ['Tỉnh Bến Tre', 'province', { unit: 'tinh:Bến Tre' }],
  ['Tỉnh Trà Vinh', 'province', { unit: 'tinh:Trà Vinh' }],
  ['Tỉnh Vĩnh Long', 'province', { unit: 'tinh:Vĩnh Long' }],
  ['Tỉnh Đồng Tháp', 'province', { unit: 'tinh:Đồng Tháp' }],
  ['Tỉnh An Giang', 'province', { unit: 'tinh:An Giang' }],
  ['Tỉnh Kiên Giang', 'province', { unit: 'tinh:Kiên Giang' }],
  ['Thành phố Cần Thơ', null, { unit: 'thanh-pho:Cần Thơ', differs: CITY }],
  ['Tỉnh Hậu Giang', 'province', { unit: 'tinh:Hậu Giang' }],
  ['Tỉnh Sóc Trăng', 'province', { unit: 'tinh:Sóc Trăng' }],
  ['Tỉnh Bạc Liêu', 'province', { unit: 'tinh:Bạc Liêu' }],
  ['Tỉnh Cà Mau', 'province', { unit: 'tinh:Cà Mau' }],
  ['Thành phố Huế', null, { unit: 'thanh-pho:Huế', differs: CITY }],
  ['Thành phố Hồ Chí Minh (alias)', null, { unit: 'thanh-pho:Hồ Chí Minh', differs: CITY }],
  ['Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu', 'province-agency', { body: 'Sở Văn hóa, Thể thao và Du lịch', locality: 'tinh:Lai Châu' }],
  ['Sở Thông tin và Truyền thông tỉnh Lai Châu', 'province-agency', { body: 'Sở Thông tin và Truyền thông', locality: 'tinh:Lai Châu' }],
  ['Công an tỉnh Lai Châu', 'province-agency', { body: 'Công an', locality: 'tinh:Lai Châu' }],
  ['Ban Quản lý Khu kinh tế tỉnh Lai Châu', 'province-agency', { body: 'Ban Quản lý Khu kinh tế', locality: 'tinh:Lai Châu' }],
  ['Hội đồng nhân dân tỉnh Lai Châu (Trang TTĐT)', 'province-agency', { body: 'Hội đồng nhân dân', locality: 'tinh:Lai Châu' }],
  ['Cổng thông tin du lịch tỉnh Lai Châu', null, { body: 'Cổng thông tin du lịch', locality: 'tinh:Lai Châu', differs: PORTAL }],
  ['Cổng dịch vụ công tỉnh Lai Châu', null, { body: 'Cổng dịch vụ công', locality: 'tinh:Lai Châu', differs: PORTAL }],
  ['Trang TTĐT Nông thôn mới tỉnh Lai Châu', null, { body: 'Nông thôn mới', locality: 'tinh:Lai Châu', differs: PORTAL }],
  ['Trang tuyên truyền, phổ biến pháp luật tỉnh Lai Châu', null, { body: 'Trang tuyên truyền, phổ biến pháp luật', locality: 'tinh:Lai Châu', differs: PORTAL }],
  ['Hệ thống quản lý văn bản tỉnh Lai Châu', null, { body: 'Hệ thống quản lý văn bản', locality: 'tinh:Lai Châu', differs: PORTAL }],
  ['UBND huyện Tam Đường (Lai Châu)', 'district', { unit: 'huyen:Tam Đường', locality: 'Lai Châu', hints: ['Lai Châu'] }],
  ['UBND huyện Nậm Nhùn (Lai Châu)', 'district', { unit: 'huyen:Nậm Nhùn', locality: 'Lai Châu', hints: ['Lai Châu'] }],
  ['UBND huyện Than Uyên (Lai Châu)', 'district', { unit: 'huyen:Than Uyên', locality: 'Lai Châu', hints: ['Lai Châu'] }],
  ['UBND huyện Mường Tè (Lai Châu)', 'district', { unit: 'huyen:Mường Tè', locality: 'Lai Châu', hints: ['Lai Châu'] }],
  ['UBND huyện Tân Uyên (Lai Châu)', 'district', { unit: 'huyen:Tân Uyên', locality: 'Lai Châu', hints: ['Lai Châu'] }],
  ['Bảo hiểm xã hội tỉnh Lai Châu', 'ministry-unit', { body: 'Bảo hiểm xã hội', locality: 'tinh:Lai Châu' }],
  ['Báo Lai Châu', null, { body: 'Báo', locality: 'Lai Châu' }],
  ['Sở Thông tin và Truyền thông Hà Nội', 'province-agency', { body: 'Sở Thông tin và Truyền thông', locality: 'Hà Nội' }],
  ['Cổng TTĐT Du lịch Hà Nội', null, { body: 'Du lịch', locality: 'Hà Nội', differs: PORTAL }],
  ['Cổng thông tin quy hoạch Hà Nội', null, { body: 'Cổng thông tin quy hoạch', locality: 'Hà Nội' }],
  ['Sở Giáo dục và Đào tạo Hà Nội', 'education-authority', { body: 'Sở Giáo dục và Đào tạo', locality: 'Hà Nội', differs: EDU }],
  ['Sở Giáo dục và Đào tạo TP.HCM', 'education-authority', { body: 'Sở Giáo dục và Đào tạo', locality: 'thanh-pho:Hồ Chí Minh', differs: EDU }],
  ['Sở Thông tin và Truyền thông Vĩnh Phúc', 'province-agency', { body: 'Sở Thông tin và Truyền thông', locality: 'Vĩnh Phúc' }],
  ['Sở Nội vụ Bắc Giang', 'province-agency', { body: 'Sở Nội vụ', locality: 'Bắc Giang' }],
  ['HĐND tỉnh Đồng Nai', 'province-agency', { body: 'HĐND', locality: 'tinh:Đồng Nai' }],
  ['Sở Khoa học và Công nghệ Đồng Nai', 'province-agency', { body: 'Sở Khoa học và Công nghệ', locality: 'Đồng Nai' }],
  ['Sở Thông tin và Truyền thông Thừa Thiên Huế', 'province-agency', { body: 'Sở Thông tin và Truyền thông', locality: 'Thừa Thiên Huế' }],
  ['Sở Du lịch Thừa Thiên Huế', 'province-agency', { body: 'Sở Du lịch', locality: 'Thừa Thiên Huế' }],
  ['Hệ thống tương tác/phản ánh hiện trường Huế', null, { body: 'Hệ thống tương tác/phản ánh hiện trường', locality: 'Huế', differs: PORTAL }],
  ['Trung tâm Giám sát, điều hành đô thị thông minh Huế (IOC)', 'public-service-unit', { body: 'Trung tâm Giám sát, điều hành đô thị thông minh', locality: 'Huế' }],
  ['Hệ thống GIS Huế', null, { body: 'Hệ thống GIS', locality: 'Huế', differs: PORTAL }],
  ['Bệnh viện Phục hồi chức năng Thừa Thiên Huế', 'public-service-unit', { body: 'Bệnh viện Phục hồi chức năng', locality: 'Thừa Thiên Huế' }],
  ['Trung tâm Bảo tồn Di tích Cố đô Huế', 'public-service-unit', { body: 'Trung tâm Bảo tồn Di tích Cố đô', locality: 'Huế' }],
  ['Cổng dịch vụ công Bà Rịa - Vũng Tàu', null, { body: 'Cổng dịch vụ công', locality: 'Bà Rịa - Vũng Tàu', differs: PORTAL }],
  ['Ban Quản lý các KCN Bà Rịa - Vũng Tàu', 'province-agency', { body: 'Ban Quản lý các KCN', locality: 'Bà Rịa - Vũng Tàu' }],
  ['Một cửa Sở TT&TT Bà Rịa - Vũng Tàu', null, { body: 'Một cửa Sở TT&TT', locality: 'Bà Rịa - Vũng Tàu', differs: PORTAL }],
  ['UBND huyện Châu Đức', 'district', { unit: 'huyen:Châu Đức' }],
  ['Trung tâm Quản lý giao thông công cộng / camera giao thông TP.HCM', 'public-service-unit', { body: 'Trung tâm Quản lý giao thông công cộng / camera giao thông', locality: 'thanh-pho:Hồ Chí Minh', differs: 'a centre is a public service unit, whoever runs it' }],
  ['Cổng thông tin quy hoạch TP.HCM (Sở QHKT)', null, { body: 'Cổng thông tin quy hoạch', locality: 'thanh-pho:Hồ Chí Minh', differs: PORTAL }],
  ['Sở Quy hoạch - Kiến trúc TP.HCM (hệ thống QLQH)', 'province-agency', { body: 'Sở Quy hoạch - Kiến trúc', locality: 'thanh-pho:Hồ Chí Minh' }],
  ['Cổng dịch vụ công TP.HCM', null, { body: 'Cổng dịch vụ công', locality: 'thanh-pho:Hồ Chí Minh', differs: PORTAL }],
  ['Học viện Cán bộ TP.HCM', 'public-service-unit', { body: 'Học viện Cán bộ', locality: 'thanh-pho:Hồ Chí Minh' }],
  ['Thành Đoàn TP.HCM', null, { body: 'Thành Đoàn', locality: 'thanh-pho:Hồ Chí Minh' }],
  ['AI Challenge HCMC', null, { body: 'AI Challenge', locality: 'thanh-pho:Hồ Chí Minh' }],
  ['UBND huyện Sơn Dương', 'district', { unit: 'huyen:Sơn Dương' }],
  ['UBND thị xã Sa Pa', 'district', { unit: 'thi-xa:Sa Pa' }],
  ['UBND thành phố Phan Rang - Tháp Chàm', null, { unit: 'thanh-pho:Phan Rang - Tháp Chàm', differs: CITY }],
  ['UBND xã Thạch Kim (huyện Lộc Hà)', 'commune', { unit: 'xa:Thạch Kim', locality: 'huyen:Lộc Hà', hints: ['huyen:Lộc Hà'] }],
  ['UBND thành phố Đà Lạt', null, { unit: 'thanh-pho:Đà Lạt', differs: CITY }],
  ['UBND huyện Mộc Châu', 'district', { unit: 'huyen:Mộc Châu' }],
  ['Cổng TTĐT du lịch Hà Giang', null, { body: 'du lịch', locality: 'Hà Giang', differs: PORTAL }],
  ['Hệ thống quản trị Cổng TTĐT Kon Tum', null, { body: 'Hệ thống quản trị Cổng TTĐT', locality: 'Kon Tum', differs: PORTAL }],
  ['Trường THPT Hương Khê', 'school', { body: 'Trường THPT Hương Khê' }],
  ['Huyện ủy Tuy Phong', 'party-body', { body: 'Huyện ủy', locality: 'huyen:Tuy Phong', differs: PARTY }],
  ['Cục Thuế TP Cần Thơ (nay Thuế TP Cần Thơ)', 'ministry-unit', { body: 'Cục Thuế', locality: 'thanh-pho:Cần Thơ' }],
  ['Bảo hiểm xã hội TP Hà Nội', 'ministry-unit', { body: 'Bảo hiểm xã hội', locality: 'thanh-pho:Hà Nội' }],
  ['Cổng thông tin du lịch Đà Nẵng (Sở Du lịch)', null, { body: 'Cổng thông tin du lịch', locality: 'Đà Nẵng' }],
  ['Cổng thông tin du lịch Huế', null, { body: 'Cổng thông tin du lịch', locality: 'Huế' }],
  ['Cổng TTĐT du lịch Quảng Nam', null, { body: 'du lịch', locality: 'Quảng Nam' }],
  ['Cổng TTĐT du lịch Bình Định', null, { body: 'du lịch', locality: 'Bình Định' }],
  ['Du lịch Ninh Bình', null, { body: 'Du lịch', locality: 'Ninh Bình' }],
  ['Du lịch Hạ Long/Quảng Ninh', null, { body: 'Du lịch Hạ Long', locality: 'Quảng Ninh' }],
  ['Cổng TTĐT du lịch Cần Thơ', null, { body: 'du lịch', locality: 'Cần Thơ' }],
  ['Cổng TTĐT du lịch Cà Mau', null, { body: 'du lịch', locality: 'Cà Mau' }],
  ['Du lịch Quảng Bình', null, { body: 'Du lịch', locality: 'Quảng Bình' }],
  ['Sở Du lịch TP.HCM - cổng du lịch', 'province-agency', { body: 'Sở Du lịch', locality: 'thanh-pho:Hồ Chí Minh', differs: 'read as the department; what follows the dash is a note on its page' }],
  ['Cổng Thông tin điện tử Chính phủ', null, { body: 'Chính phủ', differs: CENTRAL }],
  ['Văn phòng Chính phủ', null, { body: 'Văn phòng Chính phủ', differs: CENTRAL }],
  ['Bộ Quốc phòng', 'ministry', { body: 'Bộ Quốc phòng' }],
  ['Bộ Công an (Cổng TTĐT)', 'ministry', { body: 'Bộ Công an' }],
  ['Bộ Công an', 'ministry', { body: 'Bộ Công an' }],
  ['Bộ Ngoại giao', 'ministry', { body: 'Bộ Ngoại giao' }],
  ['Bộ Nội vụ', 'ministry', { body: 'Bộ Nội vụ' }],
  ['Bộ Tư pháp', 'ministry', { body: 'Bộ Tư pháp' }],
  ['Bộ Tài chính', 'ministry', { body: 'Bộ Tài chính' }],
  ['Bộ Công Thương', 'ministry', { body: 'Bộ Công Thương' }],
  ['Bộ Nông nghiệp và Môi trường', 'ministry', { body: 'Bộ Nông nghiệp và Môi trường' }],
  ['Bộ Xây dựng', 'ministry', { body: 'Bộ Xây dựng' }],
  ['Bộ Văn hóa, Thể thao và Du lịch', 'ministry', { body: 'Bộ Văn hóa, Thể thao và Du lịch' }],
  ['Bộ Khoa học và Công nghệ', 'ministry', { body: 'Bộ Khoa học và Công nghệ' }],
  ['Bộ Giáo dục và Đào tạo', 'ministry', { body: 'Bộ Giáo dục và Đào tạo' }],
  ['Bộ Y tế', 'ministry', { body: 'Bộ Y tế' }],
  ['Bộ Dân tộc và Tôn giáo', 'ministry', { body: 'Bộ Dân tộc và Tôn giáo' }],
  ['Ngân hàng Nhà nước Việt Nam', null, { body: 'Ngân hàng Nhà nước Việt Nam', differs: CENTRAL }],
  ['Thanh tra Chính phủ', null, { body: 'Thanh tra Chính phủ', differs: CENTRAL }],
  ['Bộ Kế hoạch và Đầu tư (đến 28/02/2025)', 'ministry', { body: 'Bộ Kế hoạch và Đầu tư' }],
  ['Bộ Lao động - Thương binh và Xã hội (đến 28/02/2025)', 'ministry', { body: 'Bộ Lao động - Thương binh và Xã hội' }],
  ['Bộ Nông nghiệp và PTNT (đến 28/02/2025)', 'ministry', { body: 'Bộ Nông nghiệp và PTNT' }],
  ['Bộ Tài nguyên và Môi trường (đến 28/02/2025)', 'ministry', { body: 'Bộ Tài nguyên và Môi trường' }],
  ['Bộ Giao thông vận tải (đến 28/02/2025)', 'ministry', { body: 'Bộ Giao thông vận tải' }],
  ['Bộ Thông tin và Truyền thông (đến 28/02/2025)', 'ministry', { body: 'Bộ Thông tin và Truyền thông' }],
  ['Bộ Khoa học và Công nghệ (domain cũ)', 'ministry', { body: 'Bộ Khoa học và Công nghệ' }],
  ['Bảo hiểm xã hội Việt Nam', 'ministry-unit', { body: 'Bảo hiểm xã hội Việt Nam' }],
  ['Bảo hiểm xã hội Việt Nam (e-mail)', 'ministry-unit', { body: 'Bảo hiểm xã hội Việt Nam' }],
  ['Cổng tiếp nhận dữ liệu BHXH (API)', null, { body: 'Cổng tiếp nhận dữ liệu BHXH', differs: SYSTEM }],
  ['Cổng giám định BHYT', null, { body: 'Cổng giám định BHYT', differs: SYSTEM }],
  ['Tổng cục Thuế (nay Cục Thuế, Bộ Tài chính)', 'ministry-unit', { body: 'Tổng cục Thuế' }],
  ['Hệ thống hóa đơn điện tử', null, { body: 'Hệ thống hóa đơn điện tử', differs: SYSTEM }],
  ['Tra cứu người nộp thuế', null, { body: 'Tra cứu người nộp thuế', differs: SYSTEM }],
  ['Tổng cục Hải quan (nay Cục Hải quan)', 'ministry-unit', { body: 'Tổng cục Hải quan' }],
  ['Tổng cục Thống kê (nay Cục Thống kê)', 'ministry-unit', { body: 'Tổng cục Thống kê' }],
  ['Cục Thống kê quốc gia (NSO)', 'ministry-unit', { body: 'Cục Thống kê quốc gia' }],
  ['Cổng Dịch vụ công quốc gia', null, { body: 'Cổng Dịch vụ công quốc gia', differs: SYSTEM }],
  ['Công báo điện tử', null, { body: 'Công báo điện tử', differs: SYSTEM }],
  ['Xây dựng chính sách, pháp luật (Cổng TTĐT CP)', null, { body: 'Xây dựng chính sách, pháp luật', differs: SYSTEM }],
  ['Cổng tham vấn ĐTM (Bộ NN&MT)', null, { body: 'Cổng tham vấn ĐTM', differs: SYSTEM }],
  ['Cục Môi trường (Bộ NN&MT)', 'ministry-unit', { body: 'Cục Môi trường' }],
  ['Cục Đo đạc, Bản đồ và Thông tin địa lý VN', 'ministry-unit', { body: 'Cục Đo đạc, Bản đồ và Thông tin địa lý VN' }],
  ['Cổng DVC Bộ NN&MT', null, { body: 'Cổng DVC Bộ NN&MT', differs: SYSTEM }],
  ['Hệ thống hiện trạng chuyển đổi số (Bộ KH&CN)', null, { body: 'Hệ thống hiện trạng chuyển đổi số', differs: SYSTEM }],
  ['Hệ thống quản lý nhiệm vụ KH&CN', null, { body: 'Hệ thống quản lý nhiệm vụ KH&CN', differs: SYSTEM }],
  ['Cổng DVC Bộ KH&CN (cũ)', null, { body: 'Cổng DVC Bộ KH&CN', differs: SYSTEM }],
  ['SSO một cửa Bộ Xây dựng', null, { body: 'SSO một cửa Bộ Xây dựng', differs: SYSTEM }],
  ['Quản trị TTHC Bộ Công Thương', null, { body: 'Quản trị TTHC Bộ Công Thương', differs: SYSTEM }],
  ['Hệ thống điện tử Bộ Y tế', null, { body: 'Hệ thống điện tử Bộ Y tế', differs: SYSTEM }],
  ['Cục Y tế dự phòng (Bộ Y tế, cũ)', 'ministry-unit', { body: 'Cục Y tế dự phòng' }],
  ['Cổng PBGDPL quốc gia (Bộ Tư pháp)', null, { body: 'Cổng PBGDPL quốc gia', differs: SYSTEM }],
  ['Cơ sở dữ liệu quốc gia về VBPL (Bộ Tư pháp)', null, { body: 'Cơ sở dữ liệu quốc gia về VBPL', differs: SYSTEM }],
  ['Cục An toàn thông tin', 'ministry-unit', { body: 'Cục An toàn thông tin' }],
  ['Ủy ban Chứng khoán Nhà nước', null, { body: 'Ủy ban Chứng khoán Nhà nước', differs: CENTRAL }],
  ['Cục Hàng hải Việt Nam', 'ministry-unit', { body: 'Cục Hàng hải Việt Nam' }],
  ['Trung tâm Dự báo KTTV quốc gia', 'public-service-unit', { body: 'Trung tâm Dự báo KTTV quốc gia' }],
  ['Đài Khí tượng Thủy văn khu vực Nam Bộ', 'public-service-unit', { body: 'Đài Khí tượng Thủy văn khu vực Nam Bộ' }],
  ['Cục Du lịch Quốc gia Việt Nam', 'ministry-unit', { body: 'Cục Du lịch Quốc gia Việt Nam' }],
  ['Bệnh viện Bạch Mai', 'public-service-unit', { body: 'Bệnh viện Bạch Mai' }],
  ['Tòa án nhân dân tối cao', null, { body: 'Tòa án nhân dân tối cao' }],
  ['Viện Kiểm sát nhân dân tối cao', null, { body: 'Viện Kiểm sát nhân dân tối cao' }],
  ['Quốc hội', null, { body: 'Quốc hội' }],
  ['Đảng Cộng sản Việt Nam', 'party-body', { body: 'Đảng Cộng sản Việt Nam', differs: PARTY }],
  ['Mặt trận Tổ quốc Việt Nam', null, { body: 'Mặt trận Tổ quốc Việt Nam' }],
  ['Ngân hàng Chính sách xã hội', null, { body: 'Ngân hàng Chính sách xã hội' }],
];

/** The agencies of the Lai Châu inspection of 2020, as the inspectors wrote them. */
const INSPECTION_ROWS: Row[] = [
  ['UBND huyện Mường Tè', 'district', { unit: 'huyen:Mường Tè' }],
  ['UBND huyện Sin Hồ', 'district', { unit: 'huyen:Sin Hồ' }],
  ['UBND huyện Nậm Nhùn', 'district', { unit: 'huyen:Nậm Nhùn' }],
  ['UBND huyện Phong Thổ', 'district', { unit: 'huyen:Phong Thổ' }],
  ['UBND huyện Tam Đường', 'district', { unit: 'huyen:Tam Đường' }],
  ['UBND huyện Than Uyên', 'district', { unit: 'huyen:Than Uyên' }],
  ['UBND huyện Tân Uyên', 'district', { unit: 'huyen:Tân Uyên' }],
  // The province is left to the reader: the caller supplies it.
  ['Bảo hiểm Xã hội tỉnh', 'ministry-unit', { body: 'Bảo hiểm Xã hội', implicit: true }],
  ['Trường chuyên Lê quý đôn', 'school', { body: 'Trường chuyên Lê quý đôn' }],
];

/** Further forms inspectors and agencies use. */
const MORE_ROWS: Row[] = [
  // People's Committees, in their spellings.
  ['Uỷ ban nhân dân huyện Sìn Hồ', 'district', { unit: 'huyen:Sìn Hồ' }],
  ['Ủy ban nhân dân tỉnh Lai Châu', 'province', { unit: 'tinh:Lai Châu' }],
  ['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'province', { unit: 'tinh:LAI CHÂU' }],
  ['UB ND huyện Tân Uyên', 'district', { unit: 'huyen:Tân Uyên' }],
  ['UBND TP. Lai Châu', null, { unit: 'thanh-pho:Lai Châu' }],
  ['UBND Tp.Lai Châu', null, { unit: 'thanh-pho:Lai Châu' }],
  ['UBND thành phố Lai Châu', null, { unit: 'thanh-pho:Lai Châu' }],
  ['UBND TPHCM', null, { unit: 'thanh-pho:Hồ Chí Minh' }],
  ['UBND TP HCM', null, { unit: 'thanh-pho:Hồ Chí Minh' }],
  ['UBND TP. Hồ Chí Minh', null, { unit: 'thanh-pho:Hồ Chí Minh' }],
  ['UBND thị xã Sa Pa', 'district', { unit: 'thi-xa:Sa Pa' }],
  ['UBND TX Sa Pa', 'district', { unit: 'thi-xa:Sa Pa' }],
  ['UBND quận Hoàn Kiếm', 'district', { unit: 'quan:Hoàn Kiếm' }],
  ['UBND xã Tân Uyên', 'commune', { unit: 'xa:Tân Uyên' }],
  ['UBND thị trấn Tân Uyên', 'commune', { unit: 'thi-tran:Tân Uyên' }],
  ['UBND TT Tân Uyên', 'commune', { unit: 'thi-tran:Tân Uyên' }],
  ['UBND phường Đoàn Kết', 'commune', { unit: 'phuong:Đoàn Kết' }],
  ['UBND đặc khu Côn Đảo', 'commune', { unit: 'dac-khu:Côn Đảo' }],
  ['UBND Quận 1', 'district', { unit: 'quan:1' }],
  ['UBND Phường 12 Quận 3', 'commune', { unit: 'phuong:12', locality: 'quan:3' }],
  ['UBND huyện Tân Uyên tỉnh Lai Châu', 'district', { unit: 'huyen:Tân Uyên', locality: 'tinh:Lai Châu' }],
  [
    'UBND phường Tân Phong, thành phố Lai Châu, tỉnh Lai Châu',
    'commune',
    { unit: 'phuong:Tân Phong', locality: 'thanh-pho:Lai Châu', hints: ['tinh:Lai Châu'] },
  ],
  ['UBND huyện Tam Đường Lai Châu', 'district', { unit: 'huyen:Tam Đường', locality: 'Lai Châu' }],
  ['UBND huyện tân uyên', 'district', { unit: 'huyen:tân uyên' }],
  ['UBND tỉnh', 'province', { implicit: true }],
  ['Cổng thông tin điện tử UBND huyện Tân Uyên', 'district', { unit: 'huyen:Tân Uyên' }],
  ["People's Committee of Lai Chau Province", 'province', { unit: 'tinh:Lai Chau' }],
  ["People's Committee of Tan Uyen District", 'district', { unit: 'huyen:Tan Uyen' }],
  ["People's Committee of District 1", 'district', { unit: 'quan:1' }],
  ["People's Committee of Ho Chi Minh City", null, { unit: 'thanh-pho:Ho Chi Minh' }],
  // Bare units.
  ['Tỉnh Lai Châu', 'province', { unit: 'tinh:Lai Châu' }],
  ['Huyện Mường Tè', 'district', { unit: 'huyen:Mường Tè' }],
  ['Thị xã Mường Lay', 'district', { unit: 'thi-xa:Mường Lay' }],
  ['Xã Tả Lèng', 'commune', { unit: 'xa:Tả Lèng' }],
  ['Thị trấn Tân Uyên', 'commune', { unit: 'thi-tran:Tân Uyên' }],
  ['Đặc khu Côn Đảo', 'commune', { unit: 'dac-khu:Côn Đảo' }],
  ['Quận 1', 'district', { unit: 'quan:1' }],
  ['Phường 12', 'commune', { unit: 'phuong:12' }],
  ['TP.HCM', null, { unit: 'thanh-pho:Hồ Chí Minh' }],
  ["Huyện Ia H'Drai", 'district', { unit: "huyen:Ia H'Drai" }],
  ['Xã Tả Lèng huyện Tam Đường', 'commune', { unit: 'xa:Tả Lèng', locality: 'huyen:Tam Đường' }],
  // Not units: a type word followed by common words.
  ['Thành phố thông minh', null, { body: 'Thành phố thông minh' }],
  // Provincial agencies.
  ['Sở Giáo dục và Đào tạo tỉnh Lai Châu', 'education-authority', { body: 'Sở Giáo dục và Đào tạo', locality: 'tinh:Lai Châu' }],
  ['Sở GD&ĐT Lai Châu', 'education-authority', { body: 'Sở GD&ĐT', locality: 'Lai Châu' }],
  ['Phòng Giáo dục và Đào tạo huyện Tam Đường', 'education-authority', { body: 'Phòng Giáo dục và Đào tạo', locality: 'huyen:Tam Đường' }],
  ['Phòng GD&ĐT huyện Tam Đường', 'education-authority', { body: 'Phòng GD&ĐT', locality: 'huyen:Tam Đường' }],
  ['Sở Y tế Hà Tĩnh', 'province-agency', { body: 'Sở Y tế', locality: 'Hà Tĩnh' }],
  ['Sở Y tế (tỉnh Lai Châu)', 'province-agency', { body: 'Sở Y tế', locality: 'tinh:Lai Châu', hints: ['tinh:Lai Châu'] }],
  ['Sở Y tế (Lai Châu, cũ)', 'province-agency', { body: 'Sở Y tế', locality: 'Lai Châu', hints: ['Lai Châu'] }],
  ['Sở TT và TT', 'province-agency', { body: 'Sở TT và TT' }],
  ['Văn phòng UBND tỉnh', 'province-agency', { body: 'Văn phòng UBND', implicit: true }],
  ['Văn phòng UBND tỉnh Lai Châu', 'province-agency', { body: 'Văn phòng UBND', locality: 'tinh:Lai Châu' }],
  ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'province-agency', { body: 'Văn phòng Đoàn ĐBQH và HĐND', implicit: true }],
  ['Thanh tra tỉnh Lai Châu', 'province-agency', { body: 'Thanh tra', locality: 'tinh:Lai Châu' }],
  ['Hội đồng nhân dân tỉnh Lai Châu', 'province-agency', { body: 'Hội đồng nhân dân', locality: 'tinh:Lai Châu' }],
  ['Công an TP Hà Nội', 'province-agency', { body: 'Công an', locality: 'thanh-pho:Hà Nội' }],
  // The same heads below the province say nothing of the kind.
  ['Văn phòng HĐND và UBND huyện Tân Uyên', null, { body: 'Văn phòng HĐND và UBND', locality: 'huyen:Tân Uyên' }],
  ['Công an xã', null, { body: 'Công an', implicit: true }],
  ['Công an Quận 1 TP.HCM', null, { body: 'Công an', locality: 'quan:1', hints: ['thanh-pho:Hồ Chí Minh'] }],
  // Branches of central agencies.
  ['Cục Thuế tỉnh Lai Châu', 'ministry-unit', { body: 'Cục Thuế', locality: 'tinh:Lai Châu' }],
  ['Thuế tỉnh Lai Châu', 'ministry-unit', { body: 'Thuế', locality: 'tinh:Lai Châu' }],
  ['Kho bạc Nhà nước Lai Châu', 'ministry-unit', { body: 'Kho bạc Nhà nước', locality: 'Lai Châu' }],
  ['Cục Hải quan tỉnh Lạng Sơn', 'ministry-unit', { body: 'Cục Hải quan', locality: 'tinh:Lạng Sơn' }],
  ['Chi cục Thuế huyện Tam Đường tỉnh', 'ministry-unit', { body: 'Chi cục Thuế', locality: 'huyen:Tam Đường', implicit: true }],
  ['BHXH tỉnh Lai Châu', 'ministry-unit', { body: 'BHXH', locality: 'tinh:Lai Châu' }],
  ['Bảo hiểm Xã Hội Việt Nam', 'ministry-unit', { body: 'Bảo hiểm Xã Hội Việt Nam' }],
  ['Vụ Pháp chế', 'ministry-unit', { body: 'Vụ Pháp chế' }],
  ['Viện Chiến lược Chính sách Tài chính', 'ministry-unit', { body: 'Viện Chiến lược Chính sách Tài chính' }],
  ['Viện Quy hoạch tỉnh Lai Châu', 'public-service-unit', { body: 'Viện Quy hoạch', locality: 'tinh:Lai Châu' }],
  // Ministries.
  ['Bộ Lao động - Thương Binh và Xã Hội', 'ministry', { body: 'Bộ Lao động - Thương Binh và Xã Hội' }],
  ['Bộ Chỉ huy Quân sự tỉnh Lai Châu', null, { body: 'Bộ Chỉ huy Quân sự', locality: 'tinh:Lai Châu' }],
  // Schools and public service units.
  ['Trường THPT chuyên Lê Quý Đôn tỉnh Lai Châu', 'school', { body: 'Trường THPT chuyên Lê Quý Đôn', locality: 'tinh:Lai Châu' }],
  ['Trường THPT chuyên Lai Châu', 'school', { body: 'Trường THPT chuyên Lai Châu' }],
  ['Trường Tiểu học Kim Đồng', 'school', { body: 'Trường Tiểu học Kim Đồng' }],
  ['Trường Mầm non Hoa Ban', 'school', { body: 'Trường Mầm non Hoa Ban' }],
  ['Trường Đại học Tây Bắc', 'school', { body: 'Trường Đại học Tây Bắc' }],
  ['Đại học Quốc gia Hà Nội', 'school', { body: 'Đại học Quốc gia Hà Nội' }],
  ['Bệnh viện Đa khoa tỉnh Lai Châu', 'public-service-unit', { body: 'Bệnh viện Đa khoa', locality: 'tinh:Lai Châu' }],
  ['Trung tâm Y tế huyện Than Uyên', 'public-service-unit', { body: 'Trung tâm Y tế', locality: 'huyen:Than Uyên' }],
  ['Trung tâm Đào tạo từ xa', 'public-service-unit', { body: 'Trung tâm Đào tạo từ xa' }],
  ['Học viện Hành chính Quốc gia', 'public-service-unit', { body: 'Học viện Hành chính Quốc gia' }],
  ['Đài Phát thanh - Truyền hình tỉnh Lai Châu', 'public-service-unit', { body: 'Đài Phát thanh - Truyền hình', locality: 'tinh:Lai Châu' }],
  // Party bodies.
  ['Đảng ủy xã Tả Lèng', 'party-body', { body: 'Đảng ủy', locality: 'xa:Tả Lèng' }],
  ['Đảng uỷ phường Đoàn Kết', 'party-body', { body: 'Đảng uỷ', locality: 'phuong:Đoàn Kết' }],
  ['Đảng bộ tỉnh Lai Châu', 'party-body', { body: 'Đảng bộ', locality: 'tinh:Lai Châu' }],
  ['Tỉnh ủy Lai Châu', 'party-body', { body: 'Tỉnh ủy', locality: 'tinh:Lai Châu' }],
  ['Thành ủy Hà Nội', 'party-body', { body: 'Thành ủy', locality: 'thanh-pho:Hà Nội' }],
  ['Quận ủy Ba Đình', 'party-body', { body: 'Quận ủy', locality: 'quan:Ba Đình' }],
  ['Ban Tuyên giáo Tỉnh ủy', 'party-body', { body: 'Ban Tuyên giáo Tỉnh ủy' }],
  ['Ban Tuyên giáo Tỉnh ủy Lai Châu', 'party-body', { body: 'Ban Tuyên giáo Tỉnh ủy', locality: 'tinh:Lai Châu' }],
  ['Văn phòng Thành ủy TP.HCM', 'party-body', { body: 'Văn phòng Thành ủy', locality: 'thanh-pho:Hồ Chí Minh' }],
  // Text without diacritics: type words are then matched without them.
  ['UBND huyen Tan Uyen', 'district', { unit: 'huyen:Tan Uyen' }],
  ['So Y te tinh Lai Chau', 'province-agency', { body: 'So Y te', locality: 'tinh:Lai Chau' }],
];

describe('parseAgencyName: domains.csv', () => {
  it('lists every agency name of the fixture', () => {
    const listed = new Set(DOMAIN_ROWS.map((r) => r[0]));
    const missing = DOMAINS.map((r) => r.entity_name_vi!).filter((n) => !listed.has(n));
    expect(missing).toEqual([]);
    expect(DOMAIN_ROWS.length).toBe(new Set(DOMAINS.map((r) => r.entity_name_vi)).size);
  });

  it.each(DOMAIN_ROWS)('%s', (name, kind, expected) => {
    expectParsed(name, kind, expected);
  });

  it("agrees with the fixture's entity_type unless a reason is given", () => {
    const typeOf = new Map(DOMAINS.map((r) => [r.entity_name_vi!, r.entity_type!.replace(/_/g, '-')]));
    for (const [name, kind, { differs }] of DOMAIN_ROWS) {
      const fixture = typeOf.get(name);
      const agrees = fixture === (kind ?? 'other');
      expect(agrees, `${name}: parser ${kind}, fixture ${fixture}${differs ? ` (${differs})` : ''}`).toBe(!differs);
    }
  });
});

describe('parseAgencyName: the Lai Châu inspection of 2020', () => {
  it('lists every agency of the fixture', () => {
    expect(INSPECTION_ROWS.map((r) => r[0])).toEqual(INSPECTION.map((r) => r.agency));
  });

  it.each(INSPECTION_ROWS)('%s', (name, kind, expected) => {
    expectParsed(name, kind, expected);
  });
});

describe('parseAgencyName: more forms', () => {
  it.each(MORE_ROWS)('%s', (name, kind, expected) => {
    expectParsed(name, kind, expected);
  });
});

describe('parseAgencyName: cleaning', () => {
  it('keeps the input and cleans the text', () => {
    const p = parseAgencyName('  Hội đồng nhân dân\u00a0 tỉnh   Lai Châu (Trang TTĐT) ');
    expect(p.input).toBe('  Hội đồng nhân dân\u00a0 tỉnh   Lai Châu (Trang TTĐT) ');
    expect(p.text).toBe('Hội đồng nhân dân tỉnh Lai Châu');
  });

  it('removes parentheses wherever they are, nested or unclosed', () => {
    expect(parseAgencyName('Sở Y tế (cũ) tỉnh Lai Châu').text).toBe('Sở Y tế tỉnh Lai Châu');
    expect(parseAgencyName('Sở Y tế (a (b) c) tỉnh Lai Châu').text).toBe('Sở Y tế tỉnh Lai Châu');
    expect(parseAgencyName('Sở Y tế tỉnh Lai Châu (cũ').text).toBe('Sở Y tế tỉnh Lai Châu');
    expect(parseAgencyName('Sở Y tế) tỉnh Lai Châu').text).toBe('Sở Y tế tỉnh Lai Châu');
  });

  it('keeps decorations in the text but not in the body', () => {
    const p = parseAgencyName('Cổng TTĐT Sở Y tế tỉnh Lai Châu');
    expect(p.text).toBe('Cổng TTĐT Sở Y tế tỉnh Lai Châu');
    expect(p.body).toBe('Sở Y tế');
    expect(p.kind).toBe('province-agency');
  });

  it('gives NFC text for NFD input', () => {
    const p = parseAgencyName('Ủy ban nhân dân huyện Mường Tè'.normalize('NFD'));
    expect(p.text).toBe('Ủy ban nhân dân huyện Mường Tè'.normalize('NFC'));
  });

  it('reads nothing from an empty name', () => {
    expect(parseAgencyName('  ')).toEqual({ input: '  ', text: '', kind: null, hints: [], localityImplicit: false });
  });
});

describe('parseAgencyName: NFD input', () => {
  const all = [...DOMAIN_ROWS, ...INSPECTION_ROWS, ...MORE_ROWS].map((r) => r[0]);
  it.each(all)('%s reads the same in NFD', (name) => {
    const nfd = name.normalize('NFD');
    const fromNfd = parseAgencyName(nfd, isPlace);
    const fromNfc = parseAgencyName(name.normalize('NFC'), isPlace);
    expect({ ...fromNfd, input: '' }).toEqual({ ...fromNfc, input: '' });
  });
});

describe('parseAgencyName: without a gazetteer', () => {
  it('finds typed localities only', () => {
    expectParsed('Sở Nội vụ Bắc Giang', 'province-agency', { body: 'Sở Nội vụ Bắc Giang' }, null);
    expectParsed('Cục Thuế tỉnh Lai Châu', 'ministry-unit', { body: 'Cục Thuế', locality: 'tinh:Lai Châu' }, null);
  });

  it('takes a title-case name in parentheses as a place, and notes as notes', () => {
    expectParsed(
      'UBND huyện Tam Đường (Lai Châu)',
      'district',
      { unit: 'huyen:Tam Đường', locality: 'Lai Châu', hints: ['Lai Châu'] },
      null,
    );
    for (const note of ['(IOC)', '(Trang TTĐT)', '(Sở Du lịch)', '(Bộ Y tế, cũ)', '(nay Cục Thuế)', '(alias)', '(Cổng TTĐT)']) {
      const p = parseAgencyName(`Sở Y tế ${note}`);
      expect(p.hints, note).toEqual([]);
      expect(p.locality, note).toBeUndefined();
    }
  });

  it('asks the callback only about capitalised tails after the head', () => {
    const asked: string[] = [];
    parseAgencyName('Sở Nội vụ Bắc Giang', (n) => {
      asked.push(n);
      return false;
    });
    expect(asked).toEqual(['Nội vụ Bắc Giang', 'Bắc Giang', 'Giang']);
  });
});

describe('parseAgencyName: cost', () => {
  // Time is measured by the benchmark, not here; these show long input is parsed whole.
  it('parses long, repetitive input to a result', () => {
    // Each type word starts a locality that fails only at the final word.
    const a = parseAgencyName('Sở ' + 'tỉnh Lai Châu '.repeat(1000) + 'x', isPlace);
    expect(a.kind).toBe('province-agency');
    expect(a.text.startsWith('Sở tỉnh Lai Châu')).toBe(true);
    const b = parseAgencyName('Sở ' + 'Lai Châu tỉnh Xã Hội TP. - '.repeat(400) + 'x', isPlace);
    expect(b.kind).toBe('province-agency');
    const c = parseAgencyName('('.repeat(5000) + 'Lai Châu');
    expect(c.input.length).toBe(5008);
  });
});
