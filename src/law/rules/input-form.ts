import { defineRule, finding } from '../rule.js';

/** Notes on how the input was written; they cite nothing and never change a verdict. */
export const inputForm = defineRule({
  meta: {
    id: 'input-form',
    title: {
      vi: 'Cách viết tên miền đầu vào',
      en: 'How the input was written',
    },
    appliesTo: 'any',
    basis: null,
    needsHost: false,
    docs: 'docs/rules/input-form.md',
    messages: {
      url: {
        severity: 'info',
        vi: 'Đầu vào là một URL: chỉ xét tên máy chủ {host}.',
        en: 'The input is a URL: only its host, {host}, is judged.',
      },
      userinfo: {
        severity: 'info',
        vi: 'URL có "{userinfo}@" trước tên máy chủ: phần đó không phải tên của trang.',
        en: 'The URL carries "{userinfo}@" before its host: that part is not the site\u2019s name.',
      },
      'not-canonical': {
        severity: 'info',
        vi: 'Tên máy chủ được viết là "{written}"; trình duyệt truy cập {hostname}, và tên này được xét.',
        en: 'The host was written as "{written}"; a browser visits it as {hostname}, which is judged.',
      },
    },
  },
  check({ parsed }) {
    // The host layer's data is loosely typed; each note carries its message's placeholders.
    return parsed.notes.map((n) => finding(n.code, n.data as never));
  },
});
