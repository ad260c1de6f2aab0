import { defineRule, finding } from '../rule.js';

/**
 * Under .vn a label may not hold two hyphens side by side anywhere
 * (Circular 24/2015 Art. 6(2)(đ)); an A-label's `xn--` is the IDNA prefix, not
 * two hyphens of the name. The DNS standards forbid them only at positions 3-4
 * (hostname-syntax), so `syt--lc` passes those and not this.
 */
export const vnLabelHyphens = defineRule({
  meta: {
    id: 'vn-label-hyphens',
    title: {
      vi: 'Nhãn tên miền .vn không có hai dấu gạch ngang liền nhau',
      en: 'A .vn label has no two hyphens side by side',
    },
    appliesTo: 'any',
    basis: { instrument: 'circular-24-2015', ref: { article: 6, clause: 2, point: 'đ' } },
    needsHost: true,
    docs: 'docs/rules/vn-label-hyphens.md',
    messages: {
      'double-hyphen': {
        severity: 'error',
        vi: 'Nhãn "{label}" có hai dấu gạch ngang liền nhau, điều mà tên miền .vn không cho phép.',
        en: 'The label "{label}" has two hyphens side by side, which no .vn name may have.',
      },
    },
    from: '2015-10-10',
  },
  check({ host }) {
    if (!host || host.zone === 'foreign') return [];
    const out = [];
    for (const label of host.labels) {
      const body = label.startsWith('xn--') ? label.slice(4) : label;
      if (body.includes('--')) out.push(finding('double-hyphen', { label }));
    }
    return out;
  },
});
