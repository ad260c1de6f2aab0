import { isLookalikeRisk } from '../../host/lookalike.js';
import { defineRule, finding } from '../rule.js';

/**
 * A label in another script, or mixing scripts, can pass for a Latin one
 * (a Cyrillic "а" in "lаichau"): UTS #46 accepts it, a reader cannot tell.
 */
export const lookalikeScript = defineRule({
  meta: {
    id: 'lookalike-script',
    title: {
      vi: 'Nhãn không được dùng chữ ngoài bảng chữ Latinh (dễ giả mạo)',
      en: 'Labels must not use non-Latin or mixed scripts (look-alikes)',
    },
    appliesTo: 'any',
    basis: { instrument: 'uts-39', ref: { section: '5.1' } },
    needsHost: true,
    docs: 'docs/rules/lookalike-script.md',
    messages: {
      'mixed-script': {
        severity: 'error',
        vi: 'Nhãn "{label}" ({ascii}) trộn nhiều hệ chữ ({scripts}), dễ bị nhầm với tên khác.',
        en: 'The label "{label}" ({ascii}) mixes scripts ({scripts}) and can pass for another name.',
      },
      'non-latin-script': {
        severity: 'error',
        vi: 'Nhãn "{label}" ({ascii}) viết bằng chữ {scripts}, dễ bị nhầm với tên chữ Latinh.',
        en: 'The label "{label}" ({ascii}) is written in {scripts} letters and can pass for a Latin name.',
      },
    },
  },
  check({ host }) {
    if (!host) return [];
    const out = [];
    for (let i = 0; i < host.labels.length; i++) {
      const label = host.labels[i]!;
      if (!label.startsWith('xn--')) continue;
      const unicode = host.unicodeLabels[i]!;
      const risk = isLookalikeRisk(unicode);
      if (risk.mixed) out.push(finding('mixed-script', { label: unicode, ascii: label, scripts: risk.scripts.join(', ') }));
      else if (risk.nonLatin) out.push(finding('non-latin-script', { label: unicode, ascii: label, scripts: risk.scripts.join(', ') }));
    }
    return out;
  },
});
