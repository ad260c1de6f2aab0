import type { Lang } from '../result.js';
import { closest } from './did-you-mean.js';

/** The command line's own mistakes, by id, in both languages; the checks only name the id and its data. */
type Data = Record<string, string>;

const dym: Record<Lang, (near: string) => string> = {
  en: (near) => `; did you mean "${near}"?`,
  vi: (near) => `; bạn có ý muốn nói "${near}"?`,
};

/** `near` is the closest known word, or '' when none is close. */
const hint = (lang: Lang, near: string | undefined) => (near ? dym[lang](near) : '');

/** What a value of govvn.config.json must be, by the mistake's id. */
export const CONFIG_WANTS = {
  object: { en: 'must be a JSON object (see docs/ci.md for an example)', vi: 'phải là một đối tượng JSON (xem ví dụ trong docs/ci.md)' },
  string: { en: 'must be a string', vi: 'phải là một chuỗi' },
  'not-empty': { en: 'must not be empty', vi: 'không được để trống' },
  date: { en: 'must be a date written YYYY-MM-DD', vi: 'phải là một ngày viết theo dạng YYYY-MM-DD' },
  'real-date': { en: 'must be a real date written YYYY-MM-DD', vi: 'phải là một ngày có thật, viết theo dạng YYYY-MM-DD' },
  rules: { en: 'must be an object of rule id → "off" | "warning" | "error"', vi: 'phải là một đối tượng mã quy tắc → "off" | "warning" | "error"' },
  severity: { en: 'must be "off", "warning" or "error"', vi: 'phải là "off", "warning" hoặc "error"' },
  lang: { en: 'must be "vi" or "en"', vi: 'phải là "vi" hoặc "en"' },
  'fail-on': { en: 'must be "error", "warning" or "never"', vi: 'phải là "error", "warning" hoặc "never"' },
  waivers: { en: 'must be an array of { domain, rule, reason, until }', vi: 'phải là một mảng các { domain, rule, reason, until }' },
  waiver: { en: 'must be an object { domain, rule, reason, until }', vi: 'phải là một đối tượng { domain, rule, reason, until }' },
  'waiver-domain': { en: 'must be a string (the hostname the waiver covers)', vi: 'phải là một chuỗi (tên miền được miễn)' },
  'rule-id': { en: 'must be a rule id', vi: 'phải là một mã quy tắc' },
  reason: { en: 'must be a string saying why', vi: 'phải là một chuỗi nêu lý do' },
  'say-why': { en: 'must say why', vi: 'phải nêu lý do' },
} satisfies Record<string, Record<Lang, string>>;

export type ConfigWant = keyof typeof CONFIG_WANTS;

export const ERRORS = {
  'unknown-option': {
    en: (d: Data) => `unknown option ${d.name}${hint('en', d.near)}`,
    vi: (d: Data) => `không có tùy chọn ${d.name}${hint('vi', d.near)}`,
  },
  'option-no-value': {
    en: (d: Data) => `option ${d.name} takes no value`,
    vi: (d: Data) => `tùy chọn ${d.name} không nhận giá trị`,
  },
  'option-needs-value': {
    en: (d: Data) => `option ${d.name} needs a value`,
    vi: (d: Data) => `tùy chọn ${d.name} cần một giá trị`,
  },
  'option-choice': {
    en: (d: Data) => `option ${d.name} must be one of ${d.choices}; got "${d.value}"${hint('en', d.near)}`,
    vi: (d: Data) => `tùy chọn ${d.name} phải là một trong ${d.choices}; đã nhận "${d.value}"${hint('vi', d.near)}`,
  },
  'no-command': {
    en: () => 'no command given (try "govvn check NAME" or "govvn help")',
    vi: () => 'chưa có lệnh nào (hãy thử "govvn check TÊN" hoặc "govvn help")',
  },
  'no-names': {
    en: () => 'no names given (give names, --file PATH, or - for standard input)',
    vi: () => 'không có tên miền nào để kiểm tra (hãy ghi tên miền, dùng --file TỆP, hoặc - để đọc từ đầu vào chuẩn)',
  },
  'config-unknown-key': {
    en: (d: Data) => `${d.file}: ${d.at}: unknown key${hint('en', d.near)}`,
    vi: (d: Data) => `${d.file}: ${d.at}: khóa không hợp lệ${hint('vi', d.near)}`,
  },
  'binary-to-terminal': {
    en: (d: Data) => `--format ${d.format} writes a binary file: give -o FILE, or redirect standard output to a file`,
    vi: (d: Data) => `--format ${d.format} ghi ra một tệp nhị phân: hãy dùng -o TỆP, hoặc chuyển đầu ra chuẩn vào một tệp`,
  },
  'input-no-rows': {
    en: (d: Data) => `no names given (${d.file === '-' ? 'standard input' : d.file} has no rows)`,
    vi: (d: Data) => `không có tên miền nào để kiểm tra (${d.file === '-' ? 'đầu vào chuẩn' : d.file} không có dòng nào)`,
  },
  'cannot-read': {
    en: (d: Data) => `cannot read ${d.name}: ${d.why}`,
    vi: (d: Data) => `không đọc được ${d.name}: ${d.why}`,
  },
  'config-bad-value': {
    en: (d: Data) => `${d.file}: ${d.at}: ${CONFIG_WANTS[d.want as ConfigWant].en}`,
    vi: (d: Data) => `${d.file}: ${d.at}: ${CONFIG_WANTS[d.want as ConfigWant].vi}`,
  },
  'config-unknown-rule': {
    en: (d: Data) => `${d.file}: ${d.at}: unknown rule id "${d.rule}"${d.near ? hint('en', d.near) : ' (see govvn rules)'}`,
    vi: (d: Data) => `${d.file}: ${d.at}: không có quy tắc mang mã "${d.rule}"${d.near ? hint('vi', d.near) : ' (xem govvn rules)'}`,
  },
  'cannot-read-config': {
    en: (d: Data) => `cannot read config ${d.file}: ${d.why}`,
    vi: (d: Data) => `không đọc được tệp cấu hình ${d.file}: ${d.why}`,
  },
  'config-not-json': {
    en: (d: Data) => `${d.file}: not valid JSON: ${d.why}`,
    vi: (d: Data) => `${d.file}: không phải JSON hợp lệ: ${d.why}`,
  },
  'utf32': {
    en: (d: Data) => `cannot read ${d.name}: it is UTF-32 text; save it as UTF-8 (or UTF-16)`,
    vi: (d: Data) => `không đọc được ${d.name}: đây là văn bản UTF-32; hãy lưu lại dưới dạng UTF-8 (hoặc UTF-16)`,
  },
  'utf16-no-bom': {
    en: (d: Data) => `cannot read ${d.name}: it looks like UTF-16 text without a byte-order mark; save it as UTF-8, or as UTF-16 with its mark`,
    vi: (d: Data) => `không đọc được ${d.name}: có vẻ là văn bản UTF-16 không có dấu thứ tự byte (BOM); hãy lưu lại dưới dạng UTF-8, hoặc UTF-16 có BOM`,
  },
  'bad-encoding': {
    en: (d: Data) => `cannot read ${d.name}: not valid ${d.encoding} text (a broken character within the first ${d.seen} bytes)`,
    vi: (d: Data) => `không đọc được ${d.name}: không phải văn bản ${d.encoding} hợp lệ (có ký tự hỏng trong ${d.seen} byte đầu)`,
  },
  'bad-workbook': {
    en: (d: Data) => `cannot read ${d.name}: not a readable .xlsx workbook (${d.why})`,
    vi: (d: Data) => `không đọc được ${d.name}: không phải tệp bảng tính .xlsx đọc được (${d.why})`,
  },
  'no-sheet': {
    en: (d: Data) => `${d.name} has no sheet named "${d.sheet}" (its sheets: ${d.names})`,
    vi: (d: Data) => `${d.name} không có trang tính nào tên "${d.sheet}" (các trang tính: ${d.names})`,
  },
  'sheet-on-text': {
    en: (d: Data) => `--sheet applies to a workbook (.xlsx); ${d.name} is text`,
    vi: (d: Data) => `--sheet chỉ dùng cho tệp bảng tính (.xlsx); ${d.name} là văn bản`,
  },
  'workbook-not-here': {
    en: (d: Data) => `${d.name} is a workbook (.xlsx): read it with the command line, or save it as CSV`,
    vi: (d: Data) => `${d.name} là tệp bảng tính (.xlsx): hãy đọc bằng dòng lệnh govvn, hoặc lưu lại dưới dạng CSV`,
  },
  'workbook-too-many-rows': {
    en: (d: Data) => `a workbook holds at most ${d.max} rows; use --format csv for more`,
    vi: (d: Data) => `một bảng tính chứa tối đa ${d.max} dòng; khi nhiều hơn, hãy dùng --format csv`,
  },
  'cannot-write': {
    en: (d: Data) => `cannot write ${d.file}: ${d.why}`,
    vi: (d: Data) => `không ghi được ${d.file}: ${d.why}`,
  },
  'several-inputs': {
    en: () => 'give names, --file PATH or -, not several of them',
    vi: () => 'chỉ dùng một trong các cách: ghi tên miền, --file TỆP, hoặc -',
  },
  'input-needs-file': {
    en: () => '--input applies to --file PATH or -',
    vi: () => '--input chỉ dùng với --file TỆP hoặc -',
  },
  'max-warnings-number': {
    en: (d: Data) => `option --max-warnings needs a whole number; got "${d.value}"`,
    vi: (d: Data) => `tùy chọn --max-warnings cần một số nguyên; đã nhận "${d.value}"`,
  },
  'colour-both': {
    en: () => 'give --color or --no-color, not both',
    vi: () => 'chỉ dùng --color hoặc --no-color, không dùng cả hai',
  },
  'stdin-filename-needs-stdin': {
    en: () => '--stdin-filename applies to - (standard input)',
    vi: () => '--stdin-filename chỉ dùng với - (đầu vào chuẩn)',
  },
  'explain-one-id': {
    en: () => 'explain takes one rule id (see govvn rules)',
    vi: () => 'explain nhận đúng một mã quy tắc (xem govvn rules)',
  },
  'unknown-rule': {
    en: (d: Data) => `unknown rule id "${d.id}"${d.near ? hint('en', d.near) : ' (see govvn rules)'}`,
    vi: (d: Data) => `không có quy tắc mã "${d.id}"${d.near ? hint('vi', d.near) : ' (xem govvn rules)'}`,
  },
  'unknown-command': {
    en: (d: Data) => `unknown command "${d.name}"${d.near ? hint('en', d.near) : ` (commands: ${d.commands})`}`,
    vi: (d: Data) => `không có lệnh "${d.name}"${d.near ? hint('vi', d.near) : ` (các lệnh: ${d.commands})`}`,
  },
  'suggest-needs-agency': {
    en: () => 'suggest needs an agency name, e.g. govvn suggest "UBND xã Tân Uyên"',
    vi: () => 'suggest cần tên cơ quan, ví dụ govvn suggest "UBND xã Tân Uyên"',
  },
  'needs-file': {
    en: (d: Data) => `${d.option} applies to --file PATH or -`,
    vi: (d: Data) => `${d.option} chỉ dùng với --file TỆP hoặc -`,
  },
  'delimiter-on-txt': {
    en: () => '--delimiter applies to CSV input, not to --input txt',
    vi: () => '--delimiter chỉ dùng cho đầu vào CSV, không dùng với --input txt',
  },
  'output-both': {
    en: () => 'give -o or --output-file, not both',
    vi: () => 'chỉ dùng -o hoặc --output-file, không dùng cả hai',
  },
  'output-needs-name': {
    en: () => '-o needs a file name (standard output is the default)',
    vi: () => '-o cần một tên tệp (mặc định là đầu ra chuẩn)',
  },
  'live-option-needs-live': {
    en: (d: Data) => `${d.option} applies to --live`,
    vi: (d: Data) => `${d.option} chỉ dùng với --live`,
  },
  'concurrency-number': {
    en: (d: Data) => `option --concurrency needs a whole number from 1 to ${d.max}; got "${d.value}"`,
    vi: (d: Data) => `tùy chọn --concurrency cần một số nguyên từ 1 đến ${d.max}; đã nhận "${d.value}"`,
  },
  'timeout-number': {
    en: (d: Data) => `option --timeout needs milliseconds, a whole number from 1 to ${d.max}; got "${d.value}"`,
    vi: (d: Data) => `tùy chọn --timeout cần số mili giây, một số nguyên từ 1 đến ${d.max}; đã nhận "${d.value}"`,
  },
  'dns-server-address': {
    en: (d: Data) => `option --dns-server needs an IP address, with a port if need be (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353); got "${d.value}"`,
    vi: (d: Data) => `tùy chọn --dns-server cần một địa chỉ IP, kèm cổng nếu cần (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353); đã nhận "${d.value}"`,
  },
  'port-number': {
    en: (d: Data) => `option ${d.option} needs a port number from 1 to 65535; got "${d.value}"`,
    vi: (d: Data) => `tùy chọn ${d.option} cần một số cổng từ 1 đến 65535; đã nhận "${d.value}"`,
  },
  'ca-not-pem': {
    en: (d: Data) => `${d.file} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`,
    vi: (d: Data) => `${d.file} không chứa chứng thư PEM nào (-----BEGIN CERTIFICATE-----)`,
  },
} satisfies Record<string, Record<Lang, (d: Data) => string>>;

export type ErrorId = keyof typeof ERRORS;

export interface ErrorText {
  id: ErrorId;
  data?: Data;
}

export function renderError(e: ErrorText, lang: Lang): string {
  return ERRORS[e.id][lang](e.data ?? {});
}

/** The closest known word, or '' (the data of a did-you-mean hint). */
export function nearest(word: string, known: Iterable<string>): string {
  return closest(word, known) ?? '';
}

/** The language before the arguments are parsed: `--lang en` / `--lang=en` anywhere in argv, else vi. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en')) return 'en';
    if (a === '--lang=vi' || (a === '--lang' && argv[i + 1] === 'vi')) return 'vi';
  }
  return 'vi';
}
