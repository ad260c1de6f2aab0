import { defineRule, finding } from '../rule.js';

/** Notes on how the input was written; they cite nothing and never change a verdict. */
export const inputForm = defineRule({
  id: 'input-form',
  title: {
    vi: 'Cách viết tên miền đầu vào',
    en: 'How the input was written',
  },
  appliesTo: 'any',
  basis: null,
  messages: { url: 'info', userinfo: 'info', 'not-canonical': 'info' },
  check({ parsed }) {
    return parsed.notes.map((n) => finding(n.code, n.data));
  },
});
