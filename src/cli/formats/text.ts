import type { Lang, Result } from '../../result.js';

const VERDICT: Record<Lang, Record<Result['verdict'], string>> = {
  vi: { compliant: 'đúng quy định', 'non-compliant': 'chưa đúng quy định', 'not-applicable': 'không thuộc phạm vi', invalid: 'không hợp lệ' },
  en: { compliant: 'compliant', 'non-compliant': 'non-compliant', 'not-applicable': 'not applicable', invalid: 'invalid' },
};

const LABELS: Record<Lang, { suggest: string; noHost: string }> = {
  vi: { suggest: 'đề xuất', noHost: '(không có tên máy chủ)' },
  en: { suggest: 'suggest', noHost: '(no host)' },
};

/** A readable block per name: the verdict, each finding with its citation, the suggestions. */
export function formatText(result: Result, lang: Lang): string {
  const l = LABELS[lang];
  const who = result.entity ? ` [${result.entity.kind}${result.entity.province ? `, ${result.entity.province.name}` : ''}]` : '';
  let out = `${result.hostname ?? l.noHost}: ${VERDICT[lang][result.verdict]}${who}\n`;
  for (const i of result.issues) {
    const cite = i.citation ? ` (${i.citation.instrument}, ${i.citation.article})` : '';
    out += `  ${i.severity.padEnd(7)} ${i.ruleId}: ${i.message}${cite}\n`;
  }
  if (result.suggestions.length > 0) out += `  ${l.suggest}: ${result.suggestions.join(', ')}\n`;
  return out;
}
