/**
 * `govvn help [command]`, `--help` and `-h`: per command, what it does, every
 * option with its default, the exit codes and two examples, in the run's language.
 * The options listed are the ones the command accepts (its specs), so an option
 * added without a help line still shows, and a test asks for the line.
 */
import type { Lang } from '../result.js';
import type { OptionSpec } from './args.js';
import { wrap } from './wrap.js';

type Said = Readonly<Record<Lang, string>>;

interface OptionHelp {
  /** What the value looks like, when the option takes one and has no closed set. */
  value?: string;
  what: Said;
  default?: Said;
}

interface CommandHelp {
  usage: Said;
  what: Said;
  exits: ReadonlyArray<readonly [number, Said]>;
  examples: ReadonlyArray<readonly [string, Said]>;
}

const USAGE_ERROR: readonly [number, Said] = [2, { vi: 'lỗi dòng lệnh hoặc tệp cấu hình (một dòng trên stderr)', en: 'a usage or config mistake (one line on stderr)' }];
const INTERNAL: readonly [number, Said] = [3, { vi: 'lỗi nội bộ của govvn (vui lòng báo lỗi)', en: 'an internal error in govvn (please report it)' }];
const DONE: readonly [number, Said] = [0, { vi: 'xong', en: 'done' }];

export const OPTION_HELP: Readonly<Record<string, OptionHelp>> = {
  '--as-of': {
    value: 'YYYY-MM-DD',
    what: { vi: 'xét theo quy định pháp luật có hiệu lực vào ngày này', en: 'judge by the law in force on this day' },
    default: { vi: 'asOf của tệp cấu hình, nếu không thì hôm nay (giờ Việt Nam)', en: "the config's asOf, else today in Vietnam" },
  },
  '--province': {
    value: 'NAME',
    what: { vi: 'tỉnh, thành phố của cơ quan khi tên không tự cho biết', en: "the holder's province when the name does not say it" },
    default: { vi: 'province của tệp cấu hình, nếu không thì không có', en: "the config's province, else none" },
  },
  '--agency': {
    value: 'NAME',
    what: { vi: 'tên cơ quan sở hữu các tên miền nhập trên dòng lệnh', en: 'the agency that holds the names given as arguments' },
    default: { vi: 'không có (đoán từ tên miền)', en: 'none (read from the name)' },
  },
  '--kind': {
    what: { vi: 'loại cơ quan sở hữu tên miền', en: 'the kind of holder' },
    default: { vi: 'đoán từ tên cơ quan hoặc tên miền', en: 'read from the agency or the name' },
  },
  '--lang': {
    what: { vi: 'ngôn ngữ của kết quả', en: 'the language of the output' },
    default: { vi: 'lang của tệp cấu hình, nếu không thì vi', en: "the config's lang, else vi" },
  },
  '--format': {
    what: { vi: 'định dạng kết quả', en: 'the output format' },
    default: { vi: 'text', en: 'text' },
  },
  '--fail-on': {
    what: { vi: 'mức phát hiện làm lệnh thoát với mã 1', en: 'the findings that make the exit code 1' },
    default: { vi: 'failOn của tệp cấu hình, nếu không thì error', en: "the config's failOn, else error" },
  },
  '--file': {
    value: 'PATH',
    what: { vi: 'đọc các tên miền từ tệp (CSV có dòng tiêu đề, hoặc mỗi dòng một tên); - là đầu vào chuẩn', en: 'read the names from a file (CSV with a header, or one name a line); - is standard input' },
    default: { vi: 'không có (các tên trên dòng lệnh)', en: 'none (the names given as arguments)' },
  },
  '--input': {
    what: { vi: 'cách đọc tệp', en: 'how to read the file' },
    default: { vi: 'csv nếu tệp có đuôi .csv hoặc dòng tiêu đề, nếu không thì txt', en: 'csv for a .csv file or one with a header row, else txt' },
  },
  '--config': {
    value: 'PATH',
    what: { vi: 'tệp cấu hình (phải tồn tại)', en: 'the config file (must exist)' },
    default: {
      vi: 'govvn.config.json tìm từ thư mục hiện tại lên đến gốc kho mã (thư mục có .git)',
      en: 'govvn.config.json, looked up from the working directory to the repository root (the folder with .git)',
    },
  },
  '--print-config': {
    what: { vi: 'in cấu hình đã dùng và tệp chứa nó, rồi thoát', en: 'print the resolved config and the file it came from, then exit' },
  },
  '--delimiter': {
    what: { vi: 'dấu phân cách của tệp CSV', en: "the CSV file's delimiter" },
    default: { vi: 'đoán từ dòng tiêu đề', en: 'sniffed from the header row' },
  },
  '--sheet': {
    value: 'NAME',
    what: { vi: 'trang tính cần đọc trong tệp .xlsx', en: 'the sheet of an .xlsx workbook to read' },
    default: { vi: 'trang tính đầu tiên', en: 'the first sheet' },
  },
  '-o': {
    value: 'FILE',
    what: { vi: 'ghi báo cáo vào tệp thay vì ra màn hình (xlsx cần tùy chọn này khi in ra màn hình)', en: 'write the report to FILE instead of standard output (xlsx needs it on a terminal)' },
    default: { vi: 'đầu ra chuẩn', en: 'standard output' },
  },
  '--output-file': {
    value: 'FILE',
    what: { vi: 'như -o', en: 'same as -o' },
  },
  '--quiet': {
    what: { vi: 'chỉ in lỗi và cảnh báo, bỏ các lưu ý', en: 'write only errors and warnings, not the notes' },
  },
  '--max-warnings': {
    value: 'N',
    what: { vi: 'thoát với mã 1 khi có hơn N cảnh báo', en: 'exit with code 1 when there are more than N warnings' },
    default: { vi: 'không giới hạn', en: 'no limit' },
  },
  '--color': {
    what: { vi: 'tô màu kết quả dạng text cả khi không in ra màn hình', en: 'colour the text output even when it is not a terminal' },
    default: { vi: 'tô màu khi in ra màn hình (theo FORCE_COLOR, NO_COLOR)', en: 'colour on a terminal (FORCE_COLOR and NO_COLOR are read)' },
  },
  '--no-color': { what: { vi: 'không tô màu', en: 'never colour' } },
  '--stdin-filename': {
    value: 'PATH',
    what: { vi: 'tệp mà đầu vào chuẩn được đọc từ đó, để SARIF và chú thích CI trỏ vào', en: 'the file standard input came from, for SARIF and CI annotations to point at' },
    default: { vi: 'govvn-input.txt', en: 'govvn-input.txt' },
  },
  '--live': {
    what: {
      vi: 'kiểm tra cả những gì tên miền phục vụ: phân giải DNS, IPv6, HTTPS, chuyển hướng (có kết nối mạng)',
      en: 'also check what each name serves: DNS, IPv6, HTTPS, redirects (uses the network)',
    },
    default: { vi: 'không kết nối mạng', en: 'no network access' },
  },
  '--concurrency': {
    value: 'N',
    what: { vi: 'số tên miền kiểm tra trực tuyến cùng lúc (với --live)', en: 'names checked live at once (with --live)' },
    default: { vi: '8', en: '8' },
  },
  '--timeout': {
    value: 'MS',
    what: { vi: 'thời gian tối đa cho mỗi tên miền, tính bằng mili giây (với --live)', en: 'time allowed per name, in milliseconds (with --live)' },
    default: { vi: '10000', en: '10000' },
  },
  '--dns-server': {
    value: 'HOST[:PORT]',
    what: { vi: 'máy chủ DNS để hỏi; dùng nhiều lần hoặc cách nhau bằng dấu phẩy (với --live)', en: 'name server to ask; repeat it or give a comma list (with --live)' },
    default: { vi: 'máy chủ DNS của hệ thống', en: 'the system\u2019s name servers' },
  },
  '--https-port': {
    value: 'N',
    what: { vi: 'cổng HTTPS để thử (với --live; để kiểm thử với máy chủ cục bộ)', en: 'HTTPS port to try (with --live; for tests against local servers)' },
    default: { vi: '443', en: '443' },
  },
  '--http-port': {
    value: 'N',
    what: { vi: 'cổng HTTP để thử (với --live)', en: 'HTTP port to try (with --live)' },
    default: { vi: '80', en: '80' },
  },
  '--ca': {
    value: 'FILE',
    what: { vi: 'tin cậy thêm các tổ chức cấp chứng thư trong tệp PEM này, ngoài các tổ chức của hệ thống (với --live)', en: 'also trust the certificate authorities in this PEM file, besides the system\u2019s (with --live)' },
  },
  '--help': { what: { vi: 'in hướng dẫn này', en: 'print this help' } },
  '-h': { what: { vi: 'như --help', en: 'same as --help' } },
  '--version': { what: { vi: 'in phiên bản và ngày của các bảng dữ liệu', en: 'print the version and the dates of its tables' } },
  '-v': { what: { vi: 'như --version', en: 'same as --version' } },
};

export const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = {
  check: {
    usage: { vi: 'govvn check [TÙY_CHỌN] (TÊN_MIỀN_HOẶC_URL... | --file TỆP | -)', en: 'govvn check [OPTIONS] (NAME_OR_URL... | --file PATH | -)' },
    what: {
      vi: 'Kiểm tra từng tên miền theo quy định pháp luật tại một ngày: kết quả, lý do, căn cứ và tên miền đúng quy định đề xuất.',
      en: 'Judges each name against the law in force on a day: the verdict, the reasons, the legal basis and a compliant name to use.',
    },
    exits: [
      [0, { vi: 'không tên miền nào vi phạm (theo --fail-on)', en: 'nothing fails (per --fail-on)' }],
      [1, { vi: 'có tên miền vi phạm (theo --fail-on), hoặc nhiều cảnh báo hơn --max-warnings', en: 'at least one name fails (per --fail-on), or more warnings than --max-warnings' }],
      USAGE_ERROR,
      INTERNAL,
    ],
    examples: [
      ['govvn check --as-of 2020-06-25 --province "Lai Châu" huyentanuyen.gov.vn', { vi: 'một tên miền, theo luật năm 2020', en: 'one name, by the law of 2020' }],
      [
        'govvn check --file danh-sach.csv --format markdown > bao-cao.md',
        { vi: 'cả bảng của đoàn thanh tra, ra báo cáo markdown', en: "an inspection's whole table, as a markdown report" },
      ],
    ],
  },
  rules: {
    usage: { vi: 'govvn rules [TÙY_CHỌN]', en: 'govvn rules [OPTIONS]' },
    what: { vi: 'Liệt kê các quy tắc có hiệu lực vào một ngày và căn cứ pháp lý của chúng.', en: 'Lists the rules in force on a day with their legal basis.' },
    exits: [DONE, USAGE_ERROR],
    examples: [
      ['govvn rules', { vi: 'các quy tắc hôm nay', en: "today's rules" }],
      ['govvn rules --as-of 2020-06-25 --format json', { vi: 'các quy tắc năm 2020, dạng JSON', en: 'the rules of 2020, as JSON' }],
    ],
  },
  explain: {
    usage: { vi: 'govvn explain MÃ_QUY_TẮC [TÙY_CHỌN]', en: 'govvn explain RULE_ID [OPTIONS]' },
    what: {
      vi: 'Giải thích một quy tắc: yêu cầu gì, căn cứ, một ví dụ đúng và một ví dụ sai, trang tài liệu.',
      en: 'Explains a rule: what it requires, its basis, a compliant and a non-compliant example, its docs page.',
    },
    exits: [DONE, USAGE_ERROR],
    examples: [
      ['govvn explain district-domain', { vi: 'quy tắc tên miền của UBND cấp huyện', en: "the rule for districts' names" }],
      ['govvn explain commune-domain --as-of 2026-11-28 --lang en', { vi: 'quy tắc cấp xã, bằng tiếng Anh', en: "the communes' rule, in English" }],
    ],
  },
  suggest: {
    usage: { vi: 'govvn suggest [TÙY_CHỌN] TÊN_CƠ_QUAN', en: 'govvn suggest [OPTIONS] AGENCY' },
    what: { vi: 'Đề xuất tên miền đúng quy định cho một cơ quan, tên phù hợp nhất xếp trước.', en: 'Suggests compliant names for an agency, best first.' },
    exits: [
      [0, { vi: 'có tên miền đề xuất', en: 'names were suggested' }],
      [1, { vi: 'không đề xuất được (lý do và điều cần bổ sung in trên stderr)', en: 'nothing to suggest (why, and what to add, on stderr)' }],
      USAGE_ERROR,
    ],
    examples: [
      ['govvn suggest --province "Lai Châu" "UBND xã Tân Uyên"', { vi: 'tên miền của một xã', en: "a commune's name" }],
      ['govvn suggest --kind province-agency "Sở Y tế tỉnh Lai Châu"', { vi: 'tên miền của một sở', en: "a provincial department's name" }],
    ],
  },
  help: {
    usage: { vi: 'govvn help [LỆNH]', en: 'govvn help [COMMAND]' },
    what: { vi: 'In hướng dẫn của govvn hoặc của một lệnh.', en: 'Prints the help of govvn or of one command.' },
    exits: [DONE, USAGE_ERROR],
    examples: [
      ['govvn help', { vi: 'các lệnh', en: 'the commands' }],
      ['govvn help check', { vi: 'lệnh check, mọi tùy chọn', en: 'the check command, every option' }],
    ],
  },
};

const HEAD: Record<Lang, { usage: string; options: string; exits: string; examples: string; dflt: string; commands: string; more: string; oneOf: string; generalUsage: string }> = {
  vi: {
    usage: 'Cách dùng',
    options: 'Tùy chọn',
    exits: 'Mã thoát',
    examples: 'Ví dụ',
    dflt: 'mặc định',
    commands: 'Các lệnh',
    more: 'Xem "govvn help LỆNH" cho từng lệnh, và docs/cli.md.',
    oneOf: 'một trong',
    generalUsage: 'govvn LỆNH [TÙY_CHỌN]',
  },
  en: {
    usage: 'Usage',
    options: 'Options',
    exits: 'Exit codes',
    examples: 'Examples',
    dflt: 'default',
    commands: 'Commands',
    more: 'See "govvn help COMMAND" for each command, and docs/cli.md.',
    oneOf: 'one of',
    generalUsage: 'govvn COMMAND [OPTIONS]',
  },
};

const OPTION_COLUMN = 28;

function optionLines(name: string, spec: OptionSpec, lang: Lang, width: number): string[] {
  const h = OPTION_HELP[name];
  const value = spec.value ? ` ${h?.value ?? (spec.choices && spec.choices.length <= 8 ? spec.choices.join('|') : name.slice(2).toUpperCase())}` : '';
  const flag = `  ${name === '--help' ? '-h, --help' : name}${value}`;
  let text = h?.what[lang] ?? '';
  if (spec.choices && spec.choices.length > 8) text += ` (${HEAD[lang].oneOf} ${spec.choices.join(', ')})`;
  if (h?.default) text += `; ${HEAD[lang].dflt}: ${h.default[lang]}`;
  const indent = ' '.repeat(OPTION_COLUMN);
  if ([...flag].length < OPTION_COLUMN - 1) return wrap(text, width, flag.padEnd(OPTION_COLUMN), indent);
  return [flag, ...wrap(text, width, indent)];
}

/** The help of one command, given the options it accepts. */
export function commandHelp(command: string, specs: Readonly<Record<string, OptionSpec>>, lang: Lang, width: number): string {
  const c = COMMAND_HELP[command]!;
  const w = HEAD[lang];
  const lines = [`${w.usage}: ${c.usage[lang]}`, '', ...wrap(c.what[lang], width), '', `${w.options}:`];
  for (const [name, spec] of Object.entries(specs)) {
    if (name === '--version' || name === '-v' || name === '-h') continue;
    lines.push(...optionLines(name, spec, lang, width));
  }
  lines.push('', `${w.exits}:`);
  for (const [code, said] of c.exits) lines.push(...wrap(said[lang], width, `  ${code}  `, '     '));
  lines.push('', `${w.examples}:`);
  for (const [cmd, said] of c.examples) lines.push(`  # ${said[lang]}`, `  ${cmd}`);
  return `${lines.join('\n')}\n`;
}

/** `govvn --help`: the commands, one line each, and how to learn more. */
export function generalHelp(lang: Lang, width: number): string {
  const w = HEAD[lang];
  const lines = [`${w.usage}: ${w.generalUsage}`, '', `${w.commands}:`];
  for (const [name, c] of Object.entries(COMMAND_HELP)) lines.push(...wrap(c.what[lang], width, `  ${name.padEnd(9)}`, ' '.repeat(11)));
  lines.push('', `${w.options}:`);
  for (const name of ['--help', '--version']) lines.push(...optionLines(name, { value: false }, lang, width));
  lines.push('', `${w.exits}:`);
  for (const [code, said] of COMMAND_HELP['check']!.exits) lines.push(...wrap(said[lang], width, `  ${code}  `, '     '));
  lines.push('', `${w.examples}:`);
  for (const [cmd, said] of [COMMAND_HELP['check']!.examples[0]!, COMMAND_HELP['explain']!.examples[0]!]) lines.push(`  # ${said[lang]}`, `  ${cmd}`);
  lines.push('', w.more);
  return `${lines.join('\n')}\n`;
}
