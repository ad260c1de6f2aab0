/**
 * Every sentence the command line writes itself, in Vietnamese and English:
 * the row-level input issues (rule `input-row`) and the words of the formats.
 * The findings of the law come rendered from the core.
 */
import type { EntityKind, IssueData, Lang, Severity, Verdict } from '../result.js';

type Table = Readonly<Record<string, string>>;

const vi: Table = {
  'input-row/empty-domain': 'Dòng {line}: ô tên miền (cột {column}, "{name}") để trống; dòng này không được xét.',
  'input-row/ragged-row': 'Dòng {line}: có {got} cột trong khi tiêu đề có {expected} cột; dòng này không được xét.',
  'input-row/invalid-utf8': 'Dòng {line}, cột {column} ("{name}"): có byte không phải UTF-8; dòng này không được xét.',
  'input-row/cell-too-long': 'Dòng {line}, cột {column} ("{name}"): ô dài {length} byte, vượt giới hạn {limit} byte; dòng này không được xét.',
  'input-row/unclosed-quote': 'Dòng {line}: dấu ngoặc kép mở ra nhưng không đóng lại trước khi hết tệp; dòng này không được xét.',
  'input-row/unknown-kind':
    'Dòng {line}, cột {column} ("{name}"): loại cơ quan "{value}" không có trong danh sách ({kinds}); dòng này không được xét.',
};

const en: Table = {
  'input-row/empty-domain': 'Line {line}: the domain cell (column {column}, "{name}") is empty; the row was not judged.',
  'input-row/ragged-row': 'Line {line}: the header has {expected} fields and this row {got}; the row was not judged.',
  'input-row/invalid-utf8': 'Line {line}, column {column} ("{name}"): bytes that are not UTF-8; the row was not judged.',
  'input-row/cell-too-long': 'Line {line}, column {column} ("{name}"): the cell is {length} bytes, over the limit of {limit}; the row was not judged.',
  'input-row/unclosed-quote': 'Line {line}: a quote opens a cell and the file ends before it closes; the row was not judged.',
  'input-row/unknown-kind': 'Line {line}, column {column} ("{name}"): "{value}" is not a kind of holder ({kinds}); the row was not judged.',
};

export function inputMessage(lang: Lang, messageId: string, data: IssueData): string {
  const t = (lang === 'vi' ? vi : en)[`input-row/${messageId}`] ?? `input-row/${messageId}`;
  return t.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = data[key];
    return v === undefined ? `{${key}}` : String(v);
  });
}

export interface Words {
  verdict: Record<Verdict, string>;
  /** A holder's kind as a reader of this language says it (the ids stay in JSON, CSV and --kind). */
  kind: Record<EntityKind, string>;
  severity: Record<Severity, string>;
  columns: { line: string; verdict: string; hostname: string; kind: string; suggestion: string };
  noHost: string;
  suggest: string;
  waived: (until: string, reason: string) => string;
  rulesColumns: { id: string; citation: string; title: string };
  noCitation: string;
  report: {
    title: string;
    asOf: string;
    tool: (version: string, law: string, data: string) => string;
    source: string;
    sourceArgs: string;
    sourceStdin: string;
    table: [string, string, string, string, string, string];
    result: Record<Verdict, string>;
    summaryCompliant: string;
    summaryOther: Record<Exclude<Verdict, 'compliant'>, string>;
    countingNote: string;
    failing: string;
    noneFailing: string;
    line: string;
    reasons: string;
    basis: string;
    suggestions: string;
    waivedNote: string;
  };
  progress: (rows: string) => string;
  explain: { basis: string; inForce: string; always: string; appliesTo: string; anyHolder: string; provenance: string; messages: string; page: string };
}

export const WORDS: Record<Lang, Words> = {
  vi: {
    verdict: { compliant: 'đúng quy định', 'non-compliant': 'chưa đúng quy định', 'not-applicable': 'không thuộc phạm vi', invalid: 'không hợp lệ' },
    kind: {
      ministry: 'bộ, ngành',
      'ministry-unit': 'đơn vị thuộc bộ',
      province: 'UBND cấp tỉnh',
      'province-agency': 'cơ quan cấp tỉnh',
      district: 'UBND cấp huyện',
      commune: 'UBND cấp xã',
      school: 'trường học',
      'education-authority': 'cơ quan giáo dục',
      'public-service-unit': 'đơn vị sự nghiệp',
      'party-body': 'tổ chức Đảng',
      other: 'cơ quan khác',
    },
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý' },
    columns: { line: 'DÒNG', verdict: 'KẾT QUẢ', hostname: 'TÊN MIỀN', kind: 'LOẠI', suggestion: 'ĐỀ XUẤT' },
    noHost: '(không có tên miền)',
    suggest: 'đề xuất',
    waived: (until, reason) => `[được miễn trừ đến ngày ${until}: ${reason}]`,
    rulesColumns: { id: 'QUY TẮC', citation: 'CĂN CỨ', title: 'YÊU CẦU' },
    noCitation: '(ghi chú về cách nhập dữ liệu, không có căn cứ pháp lý)',
    report: {
      title: 'Kết quả kiểm tra tên miền của các cơ quan, đơn vị',
      asOf: 'Áp dụng quy định pháp luật có hiệu lực vào ngày',
      tool: (version, law, data) => `Kiểm tra bằng govvn ${version} (dữ liệu quy định pháp luật cập nhật đến ngày ${law}; dữ liệu đơn vị hành chính ${data})`,
      source: 'Dữ liệu đầu vào',
      sourceArgs: 'các tên miền nhập trên dòng lệnh',
      sourceStdin: 'đầu vào chuẩn (stdin)',
      table: ['Stt', 'Tên cơ quan', 'Tên miền', 'Kết quả', 'Lý do và căn cứ', 'Đề xuất'],
      result: { compliant: 'Đúng quy định', 'non-compliant': 'Chưa đúng quy định', 'not-applicable': 'Không thuộc phạm vi', invalid: 'Không hợp lệ' },
      summaryCompliant: '{n}/{total} cơ quan, đơn vị sử dụng tên miền đúng quy định',
      summaryOther: {
        'non-compliant': '{n}/{total} cơ quan, đơn vị sử dụng tên miền chưa đúng quy định',
        'not-applicable': '{n}/{total} tên miền không thuộc phạm vi áp dụng (ngoài gov.vn, không rõ là của cơ quan nhà nước)',
        invalid: '{n}/{total} dòng không hợp lệ (không phải tên miền hợp lệ, hoặc dòng dữ liệu lỗi)',
      },
      countingNote: 'Chỉ tính các tên miền có kết quả "Đúng quy định"; các tên miền không thuộc phạm vi được đếm riêng.',
      failing: 'Các trường hợp chưa đúng quy định',
      noneFailing: 'Không có trường hợp nào chưa đúng quy định.',
      line: 'dòng',
      reasons: 'Lý do',
      basis: 'căn cứ',
      suggestions: 'Đề xuất',
      waivedNote: 'đã được miễn trừ',
    },
    progress: (rows) => `govvn: đã xét ${rows} dòng`,
    explain: {
      basis: 'Căn cứ',
      inForce: 'Hiệu lực',
      always: 'mọi ngày từ 01/10/2011',
      appliesTo: 'Áp dụng cho',
      anyHolder: 'mọi tên miền',
      provenance: 'Mức độ xác minh văn bản',
      messages: 'Các thông báo',
      page: 'Trang tài liệu (chưa có trong bản cài đặt này)',
    },
  },
  en: {
    verdict: { compliant: 'compliant', 'non-compliant': 'non-compliant', 'not-applicable': 'not applicable', invalid: 'invalid' },
    kind: {
      ministry: 'ministry',
      'ministry-unit': 'ministry unit',
      province: 'province',
      'province-agency': 'provincial agency',
      district: 'district',
      commune: 'commune',
      school: 'school',
      'education-authority': 'education authority',
      'public-service-unit': 'public service unit',
      'party-body': 'party body',
      other: 'other',
    },
    severity: { error: 'error', warning: 'warning', info: 'info' },
    columns: { line: 'LINE', verdict: 'VERDICT', hostname: 'HOSTNAME', kind: 'KIND', suggestion: 'SUGGESTION' },
    noHost: '(no host)',
    suggest: 'suggest',
    waived: (until, reason) => `[waived until ${until}: ${reason}]`,
    rulesColumns: { id: 'RULE', citation: 'BASIS', title: 'WHAT IT REQUIRES' },
    noCitation: '(a note on how the input is written, no legal basis)',
    report: {
      title: "Audit of agencies' and units' domain names",
      asOf: 'Judged by the law in force on',
      tool: (version, law, data) => `Checked with govvn ${version} (law tables as of ${law}; administrative-unit data ${data})`,
      source: 'Input',
      sourceArgs: 'names given on the command line',
      sourceStdin: 'standard input',
      table: ['No.', 'Agency', 'Domain name', 'Result', 'Reasons and legal basis', 'Suggestion'],
      result: { compliant: 'Compliant', 'non-compliant': 'Non-compliant', 'not-applicable': 'Not applicable', invalid: 'Invalid' },
      summaryCompliant: '{n}/{total} agencies and units use a domain name that complies with the rules',
      summaryOther: {
        'non-compliant': '{n}/{total} agencies and units use a domain name that does not comply',
        'not-applicable': '{n}/{total} names are outside the rules (not under gov.vn, not known to be a state body’s)',
        invalid: '{n}/{total} rows are invalid (not a valid domain name, or a broken input row)',
      },
      countingNote: 'Only names judged "Compliant" are counted as complying; names outside the rules are counted separately.',
      failing: 'Names that do not comply',
      noneFailing: 'Every name judged complies.',
      line: 'line',
      reasons: 'Reason',
      basis: 'basis',
      suggestions: 'Suggestion',
      waivedNote: 'waived',
    },
    progress: (rows) => `govvn: ${rows} rows checked`,
    explain: {
      basis: 'Legal basis',
      inForce: 'In force',
      always: 'every day from 2011-10-01',
      appliesTo: 'Applies to',
      anyHolder: 'any name',
      provenance: 'Provenance of the text',
      messages: 'Messages',
      page: 'Docs page (not in this installation)',
    },
  },
};

/** `{n}/{total}` zero-padded as the 2020 inspection wrote it ("08/09"): at least two digits, as wide as the total. */
export function countLine(template: string, n: number, total: number): string {
  const width = Math.max(2, String(total).length);
  return template.replace('{n}', String(n).padStart(width, '0')).replace('{total}', String(total).padStart(width, '0'));
}

/** A YYYY-MM-DD day as the language writes it: dd/mm/yyyy in Vietnamese, unchanged in English. */
export function dayText(date: string, lang: Lang): string {
  return lang === 'vi' && date.length === 10 ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
}
