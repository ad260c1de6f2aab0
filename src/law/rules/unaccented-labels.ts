import { hasDiacritics, unaccent } from '../../vi/unaccent.js';
import { isLookalikeRisk } from '../../host/lookalike.js';
import { defineRule, finding } from '../rule.js';
import { decreeBasis } from '../bases.js';

/** Labels are unaccented Vietnamese or English: an IDN label with Vietnamese letters breaks that. */
export const unaccentedLabels = defineRule({
  meta: {
    id: 'unaccented-labels',
    title: {
      vi: 'Nhãn tên miền viết bằng tiếng Việt không dấu hoặc tiếng Anh',
      en: 'Labels are in unaccented Vietnamese or English',
    },
    appliesTo: 'any',
    basis: decreeBasis(),
    needsHost: true,
    docs: 'docs/rules/unaccented-labels.md',
    messages: {
      accented: {
        severity: 'error',
        vi: 'Nhãn "{label}" có dấu; nhãn phải là tiếng Việt không dấu hoặc tiếng Anh ("{plain}").',
        en: 'The label "{label}" carries diacritics; labels must be unaccented Vietnamese or English ("{plain}").',
      },
      'not-vietnamese-or-english': {
        severity: 'error',
        vi: 'Nhãn "{label}" ({ascii}) không phải tiếng Việt không dấu hay tiếng Anh.',
        en: 'The label "{label}" ({ascii}) is neither unaccented Vietnamese nor English.',
      },
    },
  },
  check({ host, holderGiven, entity }) {
    if (!host) return [];
    // The rules bind state bodies: names in gov.vn, or any name judged for an agency.
    if (host.zone !== 'gov.vn' && !holderGiven && !entity) return [];
    const out = [];
    for (let i = 0; i < host.labels.length; i++) {
      const unicode = host.unicodeLabels[i]!;
      if (!host.labels[i]!.startsWith('xn--')) continue;
      const risk = isLookalikeRisk(unicode);
      if (risk.nonLatin || risk.mixed) continue; // the look-alike rule speaks for it
      if (hasDiacritics(unicode)) out.push(finding('accented', { label: unicode, plain: unaccent(unicode).toLowerCase() }));
      // Symbols, emoji: neither Vietnamese nor English.
      else out.push(finding('not-vietnamese-or-english', { label: unicode, ascii: host.labels[i]! }));
    }
    return out;
  },
});
