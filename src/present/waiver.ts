import type { MessageSpec } from '../law/rule.js';

/** What a run says of a waiver past its last day: no rule's finding, the pipeline's own. */
export const WAIVER_EXPIRED = {
  severity: 'warning',
  vi: 'Miễn trừ quy tắc {rule} cho tên miền này đã hết hạn ngày {until} ("{reason}"): phát hiện được tính lại.',
  en: 'A waiver of {rule} for this name ran out on {until} ("{reason}"): the finding counts again.',
} as const satisfies MessageSpec;
