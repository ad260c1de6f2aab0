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
